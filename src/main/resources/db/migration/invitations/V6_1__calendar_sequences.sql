-- The SEQUENCE of each calendar entry sent (RFC 5545): raised when the time, place or status
-- of the entry changes, so calendars take the update. One row per UID.
create table calendar_sequence (
    uid varchar(120) primary key,
    fingerprint varchar(64) not null,
    sequence_no integer not null
);
