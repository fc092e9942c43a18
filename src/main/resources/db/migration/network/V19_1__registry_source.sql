-- What the last start-up import of the registry read (issue 18): the SHA-256 of the shipped
-- source files and of the import's format. A start that finds the same checksum skips the import.
create table registry_source (
    id          integer primary key,
    checksum    varchar(64) not null,
    imported_at timestamp with time zone not null,
    constraint registry_source_one check (id = 1)
);
