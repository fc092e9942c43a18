-- memorandum: each municipality's adoption of a version by its council's decision, with the
-- signed copy and the secretariat's verification. One row per version and municipality.
create table memorandum_adoption (
    version_number        integer       not null,
    municipality_id       varchar(36)   not null,
    state                 varchar(20)   not null,
    decision_number       varchar(20),
    decision_date         date,
    ada                   varchar(20),
    signatory_name        varchar(200),
    signatory_capacity    varchar(30),
    authorisation_ref     varchar(200),
    signed_on             date,
    signed_copy_id        varchar(36),
    method                varchar(20),
    official_name_el      varchar(300),
    text_hash_at_signing  varchar(64),
    refusal_reason        varchar(2000),
    requested_at          timestamp,
    recorded_at           timestamp,
    verified_at           timestamp,
    verified_by           varchar(200),
    version               integer       not null,
    primary key (version_number, municipality_id)
);
create index memorandum_adoption_state on memorandum_adoption (version_number, state);
