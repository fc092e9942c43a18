-- followups: the follow-up actions of any subject (a meeting, an answer to a joint position),
-- named by its kind and id; the meetings' follow_up rows move here unchanged (kind MEETING).
create table follow_up_action (
    id           varchar(36)   primary key,
    subject_kind varchar(30)   not null,
    subject_id   varchar(64)   not null,
    action       varchar(1000) not null,
    owner        varchar(200)  not null,
    due_on       date,
    done         boolean       not null
);
create index follow_up_action_subject on follow_up_action (subject_kind, subject_id);

insert into follow_up_action (id, subject_kind, subject_id, action, owner, due_on, done)
    select id, 'MEETING', meeting_id, action, owner, due_on, done from follow_up;
drop table follow_up;
