-- Why a pending invitation could not be written or queued at its last try (the sender tries
-- again later and clears it when the invitation goes out): shown to the secretariat as
-- "not sent yet" instead of "being written" for ever.
alter table invitation add column send_error varchar(300);
