-- Accession (issue 12): one case per municipality at a time, its timeline, and the public
-- "join the network" requests. At most one open case per municipality: open_key holds the
-- municipality's id while the case is open and null once it is closed, under a unique index
-- (both engines allow many nulls in a unique index), besides the check made with the
-- municipality's row locked.
create table accession_case (
    id              varchar(36)  primary key,
    municipality_id varchar(80)  not null references municipality (id),
    open_key        varchar(80),
    stage           varchar(24)  not null,
    held_stage      varchar(24),
    stage_since     date         not null,
    owner_email     varchar(254),
    source          varchar(30)  not null,
    next_action     varchar(500),
    next_action_on  date,
    opened_on       date         not null,
    closed_on       date,
    last_activity_on date        not null,
    version         integer      not null
);
create unique index accession_case_one_open on accession_case (open_key);
create index accession_case_municipality on accession_case (municipality_id);

create table accession_activity (
    id            varchar(36)   primary key,
    case_id       varchar(36)   not null references accession_case (id),
    kind          varchar(40)   not null,
    happened_on   date          not null,
    text          varchar(2000),
    detail        varchar(200),
    due_on        date,
    done_on       date,
    invitation_id varchar(36),
    meeting_id    varchar(36),
    internal      boolean       not null,
    source_ref    varchar(200),
    recorded_by   varchar(254)  not null,
    recorded_at   timestamp with time zone not null
);
create unique index accession_activity_source on accession_activity (source_ref);
create index accession_activity_case on accession_activity (case_id);

create table join_request (
    id              varchar(36)   primary key,
    municipality_id varchar(80)   not null references municipality (id),
    full_name       varchar(200)  not null,
    position        varchar(200)  not null,
    email           varchar(254)  not null,
    message         varchar(2000),
    state           varchar(24)   not null,
    pending_key     varchar(400),
    requested_at    timestamp with time zone not null,
    confirmed_at    timestamp with time zone
);
create unique index join_request_pending on join_request (pending_key);
