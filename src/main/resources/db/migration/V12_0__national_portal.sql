create schema if not exists national_portal;

-- What is to be pushed to the national public-service portal, one row per dossier event (the event's
-- facts, so a push needs no call back into the dossier module). Written by the module's event listener
-- (idempotent on the event's natural key) and sent in (version, sequence) order per dossier by the pusher;
-- a row that keeps failing blocks the later rows of its dossier, never those of other dossiers. ADR 0008.
create table national_portal.sync_update (
    id              bigserial    primary key,
    dossier_id      uuid         not null,
    version         bigint       not null,
    sequence        int          not null,
    event_type      varchar(40)  not null,
    dossier_code    varchar(40)  not null,
    portal_status   int          not null,
    facts           jsonb        not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    recorded_at     timestamptz  not null,
    sent_at         timestamptz,
    last_error      text,
    constraint sync_update_once unique (dossier_id, version, sequence),
    constraint sync_update_status check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index sync_update_open on national_portal.sync_update (dossier_id, version, sequence)
    where status <> 'SENT';
create index sync_update_sent_at on national_portal.sync_update (sent_at) where status = 'SENT';

-- Local procedure code <-> the portal's procedure code (MaTTHC), and where a dossier submitted there for
-- it is received here.
create table national_portal.procedure_mapping (
    national_code       varchar(60)  primary key,
    procedure_code      varchar(60)  not null,
    receiving_center_id uuid,
    updated_at          timestamptz  not null
);
create index procedure_mapping_local on national_portal.procedure_mapping (procedure_code);

-- Dossiers submitted on the portal and received here: the portal's dossier code (MaHoSo) is the key, so a
-- dossier fetched twice or called in twice becomes one local dossier.
create table national_portal.inbound_dossier (
    national_code  varchar(60)  primary key,
    dossier_id     uuid         not null unique,
    reference      varchar(20)  not null,
    procedure_code varchar(60)  not null,
    received_at    timestamptz  not null,
    via            varchar(10)  not null
);

-- The daily comparison of what the portal holds with what motcua holds: one row per difference.
create table national_portal.reconciliation_difference (
    id            bigserial    primary key,
    run_on        date         not null,
    dossier_id    uuid         not null,
    dossier_code  varchar(40)  not null,
    kind          varchar(20)  not null,
    ours          int,
    theirs        int,
    found_at      timestamptz  not null
);
create index reconciliation_run on national_portal.reconciliation_difference (run_on);

-- The fake portal of demo mode: what it received, and the dossiers it offers to fetch.
create table national_portal.demo_portal_call (
    id          bigserial    primary key,
    service     varchar(40)  not null,
    dossier_code varchar(60),
    status      int,
    body        jsonb        not null,
    received_at timestamptz  not null
);
create table national_portal.demo_portal_offer (
    national_code varchar(60) primary key,
    body          jsonb       not null,
    fetched       boolean     not null default false
);
