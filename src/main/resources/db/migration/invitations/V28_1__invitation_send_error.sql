-- Why a pending invitation could not be written or queued at its last try (the sender tries
-- again at each run and clears it when the invitation goes out): shown to the secretariat as
-- "not yet sent" instead of "being written" for ever.
alter table invitation add column send_error varchar(300);
