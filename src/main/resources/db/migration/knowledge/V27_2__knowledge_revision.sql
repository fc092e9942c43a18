-- knowledge (issue 13): an edit of a published entry by its municipality waits here for the
-- secretariat's review while the published text stays visible (KNOWLEDGE.md, States; ADR 0023,
-- addendum). One pending revision per entry: the whole proposed entry as JSON.
create table knowledge_revision (
    entry_id      varchar(36)     primary key references knowledge_entry (id),
    content       varchar(200000) not null,
    based_on      integer         not null,
    submitted_at  timestamp       not null
);
