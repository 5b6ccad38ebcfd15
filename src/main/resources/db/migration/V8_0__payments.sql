-- The payments module: fee assessments, payments (counter and online), the append-only ledger, numbered
-- receipts, gateway settings per agency, the gateway call log and reconciliation. docs/payments.md.
create schema if not exists payments;

-- When a procedure's fees fall due (the catalog publishes the amounts, not the moment).
create table payments.fee_due (
    procedure_id uuid primary key,
    due_stage    varchar(20) not null check (due_stage in ('AT_RECEIPT', 'BEFORE_RESULT')),
    updated_at   timestamp   not null,
    updated_by   varchar(200) not null
);

-- One assessment per dossier in force; a reassessment supersedes the previous one (both stay).
create table payments.assessment (
    id                   uuid primary key,
    dossier_id           uuid         not null,
    dossier_code         varchar(60)  not null,
    procedure_version_id uuid         not null,
    agency_id            uuid         not null,
    center_id            uuid         not null,
    due_stage            varchar(20)  not null check (due_stage in ('AT_RECEIPT', 'BEFORE_RESULT')),
    computed_vnd         bigint       not null check (computed_vnd >= 0),
    due_vnd              bigint       not null check (due_vnd >= 0),
    override_reason      text,
    lines                jsonb        not null,
    assessed_by          varchar(200) not null,
    assessed_at          timestamp    not null,
    superseded_at        timestamp,
    -- an amount other than the computed one is kept only with its reason
    check (due_vnd = computed_vnd or override_reason is not null)
);
create unique index assessment_in_force on payments.assessment (dossier_id) where superseded_at is null;

-- One attempt to pay: at the counter (paid at once) or online (pending until the gateway answers).
create table payments.payment (
    id                     uuid primary key,
    reference              varchar(40)  not null unique,
    dossier_id             uuid         not null,
    dossier_code           varchar(60)  not null,
    agency_id              uuid         not null,
    center_id              uuid         not null,
    method                 varchar(10)  not null check (method in ('CASH', 'CARD', 'VNPAY', 'PAYGOV')),
    amount_vnd             bigint       not null check (amount_vnd > 0),
    status                 varchar(10)  not null check (status in ('PENDING', 'PAID', 'FAILED', 'CANCELLED')),
    refunded_vnd           bigint       not null default 0 check (refunded_vnd >= 0 and refunded_vnd <= amount_vnd),
    payer_name             varchar(200),
    created_at             timestamp    not null,
    created_by             varchar(200) not null,
    gateway_create_date    varchar(14),
    gateway_transaction_no varchar(40),
    gateway_response_code  varchar(4),
    settled_at             timestamp
);
create index payment_dossier on payments.payment (dossier_id);
create index payment_pending on payments.payment (created_at) where status = 'PENDING';
create index payment_created on payments.payment (agency_id, created_at);

-- Every money fact, never changed: the balance of a dossier is computed from it (docs/payments.md).
create table payments.ledger_entry (
    seq           bigserial primary key,
    dossier_id    uuid         not null,
    dossier_code  varchar(60)  not null,
    agency_id     uuid         not null,
    kind          varchar(20)  not null
        check (kind in ('ASSESSED', 'ASSESSMENT_VOIDED', 'REQUESTED', 'PAID', 'REFUNDED', 'CANCELLED')),
    amount_vnd    bigint       not null check (amount_vnd >= 0),
    assessment_id uuid,
    payment_id    uuid references payments.payment (id),
    at            timestamp    not null,
    actor         varchar(200) not null,
    note          text
);
create index ledger_dossier on payments.ledger_entry (dossier_id, seq);
create index ledger_agency_at on payments.ledger_entry (agency_id, at);
-- A payment is requested, paid and cancelled at most once: a repeated callback cannot count twice.
create unique index ledger_once on payments.ledger_entry (payment_id, kind)
    where kind in ('REQUESTED', 'PAID', 'CANCELLED');

create function payments.append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger ledger_append_only before update or delete on payments.ledger_entry
    for each row execute function payments.append_only();

-- Receipt numbers: one counter per center and year, taken under the row's lock in the transaction that
-- issues the receipt, so a number is never skipped (a rollback gives it back) nor given twice.
create table payments.receipt_counter (
    center_id   uuid    not null,
    year        integer not null,
    last_number bigint  not null check (last_number >= 0),
    primary key (center_id, year)
);

create table payments.receipt (
    id                uuid primary key,
    center_id         uuid         not null,
    year              integer      not null,
    series            varchar(20)  not null,
    number            bigint       not null check (number > 0),
    payment_id        uuid         not null unique references payments.payment (id),
    dossier_id        uuid         not null,
    dossier_code      varchar(60)  not null,
    agency_id         uuid         not null,
    payer_name        varchar(200),
    amount_vnd        bigint       not null check (amount_vnd > 0),
    method            varchar(10)  not null,
    lines             jsonb        not null,
    issued_at         timestamp    not null,
    issued_by         varchar(200) not null,
    e_receipt_provider varchar(40),
    e_receipt_code    varchar(100),
    unique (center_id, year, number)
);
create index receipt_agency_issued on payments.receipt (agency_id, issued_at);
create trigger receipt_append_only before update or delete on payments.receipt
    for each row execute function payments.append_only();

-- Each agency is its own merchant at the gateway.
create table payments.gateway_settings (
    agency_id   uuid primary key,
    provider    varchar(10)  not null check (provider in ('VNPAY', 'PAYGOV')),
    tmn_code    varchar(40)  not null,
    hash_secret varchar(200) not null,
    pay_url     varchar(500) not null,
    api_url     varchar(500) not null,
    enabled     boolean      not null,
    updated_at  timestamp    not null,
    updated_by  varchar(200) not null
);
create unique index gateway_tmn_code on payments.gateway_settings (provider, tmn_code);

-- Every callback and gateway call, accepted or refused, with what was answered.
create table payments.gateway_log (
    id         bigserial primary key,
    at         timestamp    not null,
    provider   varchar(10)  not null,
    direction  varchar(10)  not null check (direction in ('IPN', 'QUERYDR', 'REFUND', 'RETURN')),
    reference  varchar(40),
    answer     varchar(10),
    accepted   boolean      not null,
    note       text,
    params     text
);
create index gateway_log_at on payments.gateway_log (at);

-- What the daily reconciliation found that the ledger and the gateway disagree on.
create table payments.reconciliation_run (
    id         bigserial primary key,
    day        date      not null,
    agency_id  uuid      not null,
    checked    integer   not null,
    mismatches integer   not null,
    ran_at     timestamp not null
);
create table payments.mismatch (
    id             bigserial primary key,
    run_id         bigint       not null references payments.reconciliation_run (id),
    day            date         not null,
    agency_id      uuid         not null,
    payment_id     uuid         not null references payments.payment (id),
    reference      varchar(40)  not null,
    kind           varchar(30)  not null,
    ledger_vnd     bigint       not null,
    gateway_vnd    bigint,
    gateway_status varchar(10),
    found_at       timestamp    not null
);
create index mismatch_day on payments.mismatch (agency_id, day);

-- Where each dossier stands with its financial obligation, as the dossier events told it (the payments
-- module reads no dossier table): a full payment confirms the obligation only while one is awaited.
create table payments.dossier_obligation (
    dossier_id       uuid primary key,
    awaiting_payment boolean not null,
    requested_vnd    bigint,
    dossier_version  bigint  not null
);
