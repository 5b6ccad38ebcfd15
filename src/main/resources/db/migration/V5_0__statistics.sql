create schema if not exists statistics;

-- One row per dossier as the statistics see it, kept from the dossier events (and the history import).
-- Each milestone column is set once, when null: an event delivered twice changes nothing the second time,
-- and the daily rollup is incremented only by the update that set it.
create table statistics.dossier_fact (
    dossier_id              uuid primary key,
    code                    varchar(64),
    procedure_id            uuid,
    procedure_code          varchar(64),
    field_code              varchar(64),
    competent_agency_id     uuid,
    receiving_center_id     uuid,
    channel                 varchar(16) not null,
    applicant_type          varchar(16),
    delivery_method         varchar(16),
    status                  varchar(40) not null,
    last_version            bigint      not null,
    received_at             timestamp,
    received_by             uuid,
    due_at                  timestamp,
    original_due_at         timestamp,
    -- processing ended: resolved (granted or rejected), or stopped (withdrawn or not)
    finished_at             timestamp,
    finish                  varchar(16),
    resolved_by             uuid,
    verdict                 varchar(8),
    working_minutes_margin  integer,
    processing_minutes      integer,
    four_on_site            boolean     not null default false,
    refused_at              timestamp,
    returned_at             timestamp,
    returned_by_post        boolean     not null default false,
    extended_at             timestamp,
    extension_reason        text,
    late_apology            boolean,
    supplement_requested_at timestamp,
    supplement_submitted_at timestamp,
    fees_vnd                bigint      not null default 0,
    fees_version            bigint      not null default -1,
    imported                boolean     not null default false
);
-- Open dossiers (received, not finished): the live counts and the carry-over.
create index dossier_fact_open_idx on statistics.dossier_fact (receiving_center_id, competent_agency_id)
    include (original_due_at, procedure_id, field_code, channel)
    where received_at is not null and finished_at is null;
create index dossier_fact_finished_idx on statistics.dossier_fact (finished_at) where finished_at is not null;
create index dossier_fact_received_idx on statistics.dossier_fact (received_at) where received_at is not null;
create index dossier_fact_code_idx on statistics.dossier_fact (code) where code is not null;

-- Flows per day (Vietnam time) and dimension. Nullable dimensions are distinct values of their own.
create table statistics.daily_figures (
    day                  date        not null,
    receiving_center_id  uuid,
    competent_agency_id  uuid,
    procedure_id         uuid,
    field_code           varchar(64),
    channel              varchar(16) not null,
    received             integer     not null default 0,
    postal_delivery      integer     not null default 0,
    resolved_early       integer     not null default 0,
    resolved_on_time     integer     not null default 0,
    resolved_late        integer     not null default 0,
    processing_minutes   bigint      not null default 0,
    four_on_site         integer     not null default 0,
    refused              integer     not null default 0,
    withdrawn            integer     not null default 0,
    stopped              integer     not null default 0,
    returned             integer     not null default 0,
    returned_by_post     integer     not null default 0,
    extended             integer     not null default 0,
    supplement_requested integer     not null default 0,
    fees_vnd             bigint      not null default 0,
    constraint daily_figures_key unique nulls not distinct
        (day, receiving_center_id, competent_agency_id, procedure_id, field_code, channel)
);

-- Payments counted in the fees (a dossier may pay more than once; each confirmation once).
create table statistics.fee_payment (
    dossier_id uuid      not null,
    version    bigint    not null,
    amount_vnd bigint    not null,
    paid_at    timestamp not null,
    primary key (dossier_id, version)
);
