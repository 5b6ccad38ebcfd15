create schema if not exists postal;

-- One postal order per row: a result posted to the applicant (RETURN) or papers collected from them
-- (PICKUP). The reference (dossier code or reference + attempt) is the carrier's idempotency key and is
-- written before the carrier is called, so an order the carrier created but we never heard back about is
-- found again by retrying with the same reference.
create table postal.shipment (
    id                uuid         primary key,
    dossier_id        uuid         not null,
    dossier_code      varchar(80)  not null,
    direction         varchar(10)  not null check (direction in ('RETURN', 'PICKUP')),
    attempt           int          not null,
    reference         varchar(100) not null unique,
    center_id         uuid         not null,
    account           varchar(60)  not null,
    carrier           varchar(20)  not null,
    person_name       varchar(200) not null,
    phone             varchar(20),
    province_code     varchar(10)  not null,
    commune_code      varchar(10)  not null,
    street            varchar(300) not null,
    address_text      varchar(600) not null,
    weight_grams      int          not null,
    postage_vnd       bigint,
    tracking_number   varchar(60),
    state             varchar(20)  not null,
    state_code        varchar(20),
    state_note        text,
    state_at          timestamp,
    handed_over       boolean      not null default false,
    last_error        text,
    -- one call to the carrier at a time per order (two clicks, or a click and the poll)
    claimed_until     timestamp,
    -- a failed delivery dealt with at the counter (collected there, or posted again as a new attempt)
    closed_at         timestamp,
    closed_note       text,
    created_at        timestamp    not null,
    created_by        uuid,
    version           bigint       not null default 0,
    unique (dossier_id, direction, attempt)
);
create unique index shipment_tracking on postal.shipment (carrier, tracking_number) where tracking_number is not null;
create index shipment_open on postal.shipment (state) where state not in ('DELIVERED', 'RETURNED_TO_SENDER', 'CANCELLED');
create index shipment_dossier on postal.shipment (dossier_id);

-- What the carrier reported, append-only: one row per distinct report. A duplicate callback or a poll
-- that reads the same status again inserts nothing (the unique key).
create table postal.shipment_event (
    id            bigserial    primary key,
    shipment_id   uuid         not null references postal.shipment (id),
    carrier_code  varchar(20)  not null,
    state         varchar(20),
    note          text,
    at            timestamp    not null,
    received_at   timestamp    not null,
    source        varchar(12)  not null,
    unique (shipment_id, carrier_code, at)
);

create function postal.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'postal.shipment_event is append-only';
end $$;
create trigger shipment_event_append_only before update or delete on postal.shipment_event
    for each row execute function postal.refuse_change();

-- Callbacks refused (bad token, unknown order, unreadable body), kept for the administrator to see.
create table postal.refused_callback (
    id           bigserial    primary key,
    carrier      varchar(20)  not null,
    account      varchar(60),
    reason       varchar(40)  not null,
    body         text,
    received_at  timestamp    not null
);

-- The demo carrier's own books (demo mode only): the parcels it accepted, by our reference.
create table postal.demo_parcel (
    tracking_number  varchar(60)  primary key,
    reference        varchar(100) not null unique,
    status_code      int          not null,
    status_name      varchar(100) not null,
    status_at        timestamp    not null,
    receiver         varchar(600) not null,
    postage_vnd      bigint       not null
);
create sequence postal.demo_parcel_serial;
