-- Spring Session's tables (its schema-postgresql.sql, in the shared schema): the pages' sessions live in
-- the database, so that a signed-in person may be served by any node (docs/scaling.md). An expired
-- session is deleted by every node's clean-up, every minute (harmless when two do it at once).
create table shared.http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on shared.http_session (session_id);
create index http_session_ix2 on shared.http_session (expiry_time);
create index http_session_ix3 on shared.http_session (principal_name);

create table shared.http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id)
        references shared.http_session (primary_id) on delete cascade
);
