-- documents: files kept by the platform under generated names.
create table stored_file (
    id            varchar(36)  primary key,
    original_name varchar(200) not null,
    media_type    varchar(120) not null,
    size          bigint       not null,
    sha256        varchar(64)  not null,
    stored_at     timestamp with time zone not null
);
