-- surveys: the answers a municipality replaced, kept with the number of the change that replaced them.
create table survey_answer_history (
    survey_id       varchar(36)   not null,
    municipality_id varchar(64)   not null,
    change_no       integer       not null,
    ordinal         integer       not null,
    answer          varchar(5000) not null,
    replaced_at     timestamp with time zone not null,
    primary key (survey_id, municipality_id, change_no, ordinal)
);
