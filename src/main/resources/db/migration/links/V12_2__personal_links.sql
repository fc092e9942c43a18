-- links: personal links of every module, stored as the SHA-256 of their token, for a purpose
-- (invitation, …) and a subject (the invitation's id, …). The invitations' own links move here.
create table personal_link (
    token_hash varchar(64) primary key,
    purpose    varchar(40) not null,
    subject_id varchar(64) not null,
    issued_at  timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index personal_link_subject on personal_link (purpose, subject_id);

insert into personal_link (token_hash, purpose, subject_id, issued_at, revoked_at)
    select token_hash, 'invitation', invitation_id, issued_at, revoked_at from invitation_link;
drop table invitation_link;
