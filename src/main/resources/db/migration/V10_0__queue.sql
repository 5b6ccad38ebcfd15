-- The counter floor (issue 21): counter groups, numbered tickets, the display boards' call log, bookings.
-- Times are Vietnam local time without a zone, as in the other modules.
create schema if not exists queue;

-- A counter group (nhóm quầy): the line a visitor joins at the kiosk. It is served by one or more counters
-- of the catalog (ids, no cross-module foreign key) and covers the agencies whose procedures it receives.
create table queue.counter_group (
    id                  uuid primary key,
    center_id           uuid        not null,
    code                varchar(8)  not null,
    name                text        not null,
    name_en             text        not null,
    agency_ids          uuid[]      not null default '{}',
    counter_ids         uuid[]      not null default '{}',
    open                boolean     not null default true,
    slot_minutes        int         not null default 30,
    slot_capacity       int         not null default 4,
    target_wait_minutes int         not null default 15,
    constraint counter_group_code_uq unique (center_id, code),
    constraint counter_group_slot_minutes check (slot_minutes between 5 and 240),
    constraint counter_group_slot_capacity check (slot_capacity between 0 and 1000)
);

-- The last ticket number given at a center on a day: one row per center and day, bumped with
-- "insert … on conflict do update … returning", which serialises concurrent kiosks on the row.
create table queue.day_number (
    center_id   uuid not null,
    day         date not null,
    last_number int  not null,
    primary key (center_id, day)
);

create table queue.ticket (
    id                uuid primary key,
    center_id         uuid        not null,
    day               date        not null,
    number            int         not null,
    group_id          uuid        not null references queue.counter_group (id),
    token             varchar(16) not null unique,
    source            varchar(10) not null,
    booking_id        uuid,
    status            varchar(10) not null,
    issued_at         timestamp   not null,
    -- the place in line: the issue time, or the time of a transfer to another group
    queued_at         timestamp   not null,
    called_at         timestamp,
    serving_at        timestamp,
    finished_at       timestamp,
    call_count        int         not null default 0,
    counter_id        uuid,
    counter_number    int,
    officer_id        uuid,
    transferred_from  uuid,
    constraint ticket_number_uq unique (center_id, day, number),
    constraint ticket_status check (status in ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    constraint ticket_source check (source in ('KIOSK', 'DESK', 'BOOKING'))
);
create index ticket_waiting_idx on queue.ticket (group_id, queued_at) where status = 'WAITING';
create index ticket_day_idx on queue.ticket (center_id, day);
create index ticket_officer_idx on queue.ticket (officer_id, called_at) where officer_id is not null;

-- The dossiers received or returned while a ticket was served (one visitor may bring several).
create table queue.ticket_dossier (
    ticket_id    uuid        not null references queue.ticket (id),
    dossier_id   uuid        not null,
    dossier_code varchar(80),
    action       varchar(10) not null,
    at           timestamp   not null,
    primary key (ticket_id, dossier_id, action)
);
create index ticket_dossier_dossier_idx on queue.ticket_dossier (dossier_id);

-- What the display boards show and say: one row per call, numbered per center by board_head. The head's
-- row stays locked until the calling transaction commits, so a center's calls commit in the order of their
-- numbers and a reader that has seen number n has seen everything before it. A board that reconnects with
-- Last-Event-ID = n is sent the rows after n. No personal data.
create table queue.board_head (
    center_id uuid primary key,
    last_seq  bigint not null
);
create table queue.board_call (
    center_id      uuid        not null,
    seq            bigint      not null,
    at             timestamp   not null,
    kind           varchar(10) not null,
    ticket_id      uuid        not null,
    number         int         not null,
    counter_number int         not null,
    group_code     varchar(8)  not null,
    primary key (center_id, seq)
);

create table queue.booking (
    id           uuid primary key,
    code         varchar(10) not null unique,
    group_id     uuid        not null references queue.counter_group (id),
    day          date        not null,
    slot_start   time        not null,
    account_id   uuid,
    name         text        not null,
    phone        varchar(20),
    procedure_id uuid,
    status       varchar(10) not null,
    created_at   timestamp   not null,
    cancelled_at timestamp,
    ticket_id    uuid,
    constraint booking_status check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN'))
);
create index booking_slot_idx on queue.booking (group_id, day, slot_start) where status <> 'CANCELLED';
create index booking_account_idx on queue.booking (account_id, day);
