-- invitations: campaigns for a meeting, one invitation per municipality with personal links
-- (stored as SHA-256 hashes), answers per part with seats and a waitlist, delegates,
-- check-in, and the jobs (sending, reminders, agenda notices) that must run exactly once.
create table invitation_campaign (
    id                 varchar(36)   primary key,
    meeting_id         varchar(36)   not null references meeting (id),
    audience           varchar(20)   not null,
    region_id          varchar(20),
    quota              integer       not null,
    rsvp_deadline      timestamp with time zone not null,
    letter_el          varchar(20000) not null,
    letter_en          varchar(20000) not null,
    reminder_days      varchar(40)   not null,
    status             varchar(12)   not null,
    agenda_announced   integer       not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(254)  not null,
    send_started_at    timestamp with time zone,
    version            integer       not null
);
create index invitation_campaign_meeting on invitation_campaign (meeting_id);

create table campaign_part (
    campaign_id varchar(36) not null references invitation_campaign (id),
    part_id     varchar(36) not null references meeting_part (id),
    primary key (campaign_id, part_id)
);

create table campaign_document (
    campaign_id varchar(36) not null references invitation_campaign (id),
    document_id varchar(36) not null references meeting_document (id),
    primary key (campaign_id, document_id)
);

create table campaign_pick (
    campaign_id     varchar(36) not null references invitation_campaign (id),
    municipality_id varchar(80) not null references municipality (id),
    primary key (campaign_id, municipality_id)
);

create table invitation (
    id              varchar(36)  primary key,
    campaign_id     varchar(36)  not null references invitation_campaign (id),
    municipality_id varchar(80)  not null references municipality (id),
    status          varchar(12)  not null,
    to_email        varchar(254),
    cc_email        varchar(254),
    language        varchar(2)   not null,
    valid_until     timestamp with time zone not null,
    sent_at         timestamp with time zone,
    answered_at     timestamp with time zone,
    answered_via    varchar(10),
    answered_by     varchar(254),
    late_request    varchar(4000),
    late_request_at timestamp with time zone,
    constraint invitation_once unique (campaign_id, municipality_id)
);
create index invitation_campaign_status on invitation (campaign_id, status);

-- Personal links: several may be valid at once (the invitation's and a reminder's); revoking
-- revokes them all. Only the hash of a token is kept.
create table invitation_link (
    token_hash    varchar(64)  primary key,
    invitation_id varchar(36)  not null references invitation (id),
    issued_at     timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
create index invitation_link_invitation on invitation_link (invitation_id);

-- The answer of an invitation for one part: attend or not, how many delegates want a seat,
-- how many have one; the rest wait, in the order of waitlist_seq.
create table invitation_part (
    invitation_id varchar(36) not null references invitation (id),
    part_id       varchar(36) not null references meeting_part (id),
    attending     boolean     not null,
    wanted        integer     not null,
    seated        integer     not null,
    waitlist_seq  bigint,
    waitlisted_at timestamp with time zone,
    primary key (invitation_id, part_id)
);
create index invitation_part_waitlist on invitation_part (part_id, waitlist_seq);

-- Seats of a capacity-limited part, in stripes: a reply takes seats from one stripe with one
-- conditional update, so that replies to one part do not all queue behind one row.
create table part_seats (
    part_id  varchar(36) not null references meeting_part (id),
    stripe   integer     not null,
    capacity integer     not null,
    taken    integer     not null,
    primary key (part_id, stripe),
    constraint part_seats_within check (taken >= 0 and taken <= capacity)
);

create table delegate (
    id            varchar(36)  primary key,
    invitation_id varchar(36)  not null references invitation (id),
    position      integer      not null,
    full_name     varchar(200) not null,
    role_title    varchar(200),
    email         varchar(254),
    phone         varchar(40),
    needs         varchar(1000),
    check_in_code varchar(43)  not null unique,
    checked_in_at timestamp with time zone,
    checked_in_by varchar(254),
    constraint delegate_position unique (invitation_id, position)
);

create table invitation_job (
    id          varchar(120) primary key,
    kind        varchar(20)  not null,
    campaign_id varchar(36)  not null references invitation_campaign (id),
    due_at      timestamp with time zone not null,
    done_at     timestamp with time zone,
    outcome     varchar(200)
);
create index invitation_job_due on invitation_job (done_at, due_at);
