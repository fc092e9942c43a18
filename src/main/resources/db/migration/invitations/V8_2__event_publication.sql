-- Spring Modulith's event publication registry (its v2 schema, portable to H2 and PostgreSQL):
-- an event a module listens to is recorded in the transaction that publishes it and marked
-- complete when the listener has run, so a crash in between does not lose it (ADR 0008).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id, event_type);
