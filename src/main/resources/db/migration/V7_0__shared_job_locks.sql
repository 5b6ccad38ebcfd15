create schema if not exists shared;

-- One row per scheduled job that must run on one node at a time (ShedLock's table, see docs/scaling.md):
-- a node runs the job only after moving lock_until into the future; times are the database server's.
create table shared.job_lock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
