-- jobs: one table of work that must run once across instances, for every module
-- (docs/architecture.md, "Scheduled work"). The invitations' own job table moves here.
create table scheduled_job (
    id         varchar(200) primary key,
    kind       varchar(40)  not null,
    subject_id varchar(64)  not null,
    due_at     timestamp with time zone not null,
    done_at    timestamp with time zone,
    outcome    varchar(200)
);
create index scheduled_job_due on scheduled_job (done_at, due_at);
create index scheduled_job_subject on scheduled_job (subject_id);

insert into scheduled_job (id, kind, subject_id, due_at, done_at, outcome)
    select id, kind, campaign_id, due_at, done_at, outcome from invitation_job;
drop table invitation_job;
