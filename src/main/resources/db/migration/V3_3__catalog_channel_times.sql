-- A legal processing time that differs by submission channel (e.g. 3 working days online, 5 at the
-- counter). The version's time_amount/time_unit stay the default; a row here overrides it for one
-- channel the version offers. Written with its version and, like the version, never changed once published.
create table catalog.procedure_channel_time (
    version_id uuid          not null references catalog.procedure_version (id) on delete cascade,
    channel    varchar(10)   not null check (channel in ('COUNTER', 'ONLINE', 'POSTAL')),
    amount     numeric(8, 3) not null check (amount >= 0),
    unit       varchar(16)   not null,
    primary key (version_id, channel)
);
