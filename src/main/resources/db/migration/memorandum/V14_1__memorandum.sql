-- memorandum: the numbered versions of the memorandum of cooperation. Each version's clauses,
-- amendments and hash are a text of the drafting module (text_id).
create table memorandum_version (
    number              integer       primary key,
    label_el            varchar(200)  not null,
    label_en            varchar(200)  not null,
    state               varchar(20)   not null,
    based_on            integer,
    text_id             varchar(36)   not null,
    in_force_from       date,
    changelog_el        varchar(5000) not null,
    changelog_en        varchar(5000) not null,
    readoption_deadline date,
    text_hash           varchar(64),
    version             integer       not null
);
