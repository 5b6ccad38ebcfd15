create schema if not exists calendar;

-- Working sessions in force for the province (agency_id null) or for one agency that overrides it
-- (agency ids belong to the catalog module: no foreign key). A week without dates is the standard week;
-- a dated week replaces it from valid_from to valid_to inclusive (e.g. summer hours).
create table calendar.working_week (
    id         uuid primary key,
    agency_id  uuid,
    valid_from date,
    valid_to   date,
    constraint working_week_dates_ck check ((valid_from is null) = (valid_to is null) and valid_to >= valid_from)
);
create unique index working_week_standard_uq
    on calendar.working_week (coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid))
    where valid_from is null;
create index working_week_agency_idx on calendar.working_week (agency_id);

create table calendar.working_session (
    week_id     uuid     not null references calendar.working_week (id) on delete cascade,
    day_of_week smallint not null check (day_of_week between 1 and 7), -- ISO: 1 = Monday
    starts_at   time     not null,
    ends_at     time     not null,
    primary key (week_id, day_of_week, starts_at),
    constraint working_session_order_ck check (ends_at > starts_at)
);

-- Announced or administrator-entered days: holidays, compensatory days off, swapped days off and
-- swapped working days. Province-wide (the law is national; agencies differ only in their hours).
create table calendar.calendar_entry (
    day        date          primary key,
    kind       varchar(30)   not null
        check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'SWAPPED_DAY_OFF', 'SWAPPED_WORKDAY')),
    name       varchar(200)  not null,
    legal_note varchar(1000) not null
);

-- Years whose Lunar New Year block is confirmed: their stored entries are the whole schedule. Other years
-- use the statutory proposal with their stored entries laid over it.
create table calendar.confirmed_year (
    year                 smallint     primary key,
    tet_days_before      smallint     check (tet_days_before between 0 and 5), -- null: loaded as announced
    confirmed_at         timestamptz  not null,
    confirmed_by         varchar(100) not null
);

-- Every change an administrator makes (append-only): who, when, what, and the values before and after.
create table calendar.audit (
    id      bigint generated always as identity primary key,
    at      timestamptz  not null,
    actor   varchar(100) not null,
    action  varchar(40)  not null,
    subject varchar(200) not null,
    before  jsonb,
    after   jsonb
);
create index audit_at_idx on calendar.audit (at desc);
