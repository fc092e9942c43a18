-- documents: what the check of a stored PDF's electronic signatures (PAdES, EU DSS) found.
-- One row per file, replaced when checked again; offline, so the qualification is UNKNOWN.
create table signature_check (
    file_id       varchar(36)  primary key,
    integrity     varchar(24)  not null,
    signer        varchar(300),
    signed_at     timestamp with time zone,
    issuer        varchar(300),
    qualification varchar(30)  not null,
    signatures    integer      not null,
    checked_at    timestamp with time zone not null
);
