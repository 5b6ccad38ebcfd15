-- Dossier times are Vietnam local time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): the legal
-- dates and the working calendar are local, so they are stored as such.
create table dossier.dossier (
    id                     uuid primary key,
    code                   varchar(80) unique,
    procedure_id           uuid         not null,
    procedure_version_id   uuid         not null,
    procedure_name         text         not null,
    rule_set               varchar(20)  not null,
    channel                varchar(10)  not null,
    receiving_center_id    uuid,
    competent_agency_id    uuid         not null,
    applicant_account_id   uuid,
    applicant_type         varchar(20),
    applicant_name         text,
    applicant_id_type      varchar(10),
    applicant_id_number    varchar(20),
    applicant_date_of_birth date,
    applicant_tax_code     varchar(20),
    applicant_phone        varchar(20),
    applicant_email        varchar(200),
    applicant_address      text,
    summary                text,
    delivery_method        varchar(12)  not null,
    delivery_address       text,
    status                 varchar(30)  not null,
    current_step           integer,
    current_step_agency_id uuid,
    assignee_id            uuid,
    step_started_at        timestamp,
    step_due_at            timestamp,
    submitted_at           timestamp    not null,
    received_at            timestamp,
    due_at                 timestamp,
    original_due_at        timestamp,
    paused_at              timestamp,
    finished_at            timestamp,
    returned_at            timestamp,
    returned_to            text,
    extensions             integer      not null default 0,
    supplement_requests    integer      not null default 0,
    four_on_site           boolean      not null default false,
    lien_thong             boolean      not null default false,
    outcome                varchar(10),
    payment_due_vnd        bigint,
    version                bigint       not null
);
-- Worklists: by agency and status, ordered by due time; the applicant's own list; search.
create index dossier_agency_status_due_idx on dossier.dossier (current_step_agency_id, status, step_due_at);
create index dossier_competent_status_due_idx on dossier.dossier (competent_agency_id, status, due_at);
create index dossier_center_status_idx on dossier.dossier (receiving_center_id, status, submitted_at);
create index dossier_applicant_idx on dossier.dossier (applicant_account_id, submitted_at desc);
create index dossier_id_number_idx on dossier.dossier (applicant_id_number);
create index dossier_name_trgm_idx on dossier.dossier using gin (public.f_unaccent(lower(applicant_name)) gin_trgm_ops);

create table dossier.submitted_document (
    dossier_id     uuid    not null references dossier.dossier (id) on delete cascade,
    position       integer not null,
    required_order integer,
    name           text    not null,
    form           varchar(30),
    quantity       integer not null,
    origin         varchar(20),
    file_sha256    char(64),
    file_name      text,
    content_type   varchar(100),
    file_size      bigint,
    primary key (dossier_id, position)
);

create table dossier.pause (
    dossier_id uuid        not null references dossier.dossier (id) on delete cascade,
    position   integer     not null,
    from_at    timestamp   not null,
    to_at      timestamp   not null,
    kind       varchar(30) not null,
    primary key (dossier_id, position)
);

create table dossier.consultation (
    dossier_id  uuid      not null references dossier.dossier (id) on delete cascade,
    position    integer   not null,
    agency_id   uuid      not null,
    question    text      not null,
    opened_at   timestamp not null,
    due_at      timestamp,
    answer      text,
    answered_at timestamp,
    primary key (dossier_id, position)
);

-- Append-only: one row per action. Never updated or deleted (enforced below).
create table dossier.history (
    id            bigint generated always as identity primary key,
    dossier_id    uuid        not null references dossier.dossier (id),
    at            timestamp   not null,
    action        varchar(30) not null,
    from_status   varchar(30) not null,
    to_status     varchar(30) not null,
    from_step     integer,
    to_step       integer,
    actor_id      uuid,
    actor_name    text,
    actor_role    varchar(30),
    actor_agency  uuid,
    due_in_force  timestamp,
    step_verdict  varchar(10),
    note          text
);
create index history_dossier_idx on dossier.history (dossier_id, id);

create function dossier.history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'dossier.history is append-only';
end $$;
create trigger history_append_only before update or delete on dossier.history
    for each row execute function dossier.history_is_append_only();

-- The appointment's explanation as computed at the time (the calendar may change later).
alter table dossier.dossier add column appointment_explanation_vi text;
alter table dossier.dossier add column appointment_explanation_en text;

-- A retried submission with the same Idempotency-Key returns the dossier it created.
create table dossier.idempotency_key (
    account_id uuid         not null,
    key        varchar(200) not null,
    dossier_id uuid         not null references dossier.dossier (id),
    created_at timestamp    not null,
    primary key (account_id, key)
);

-- The deadline watch warns once per step due time: when it comes within the warning window and when it
-- passes. It records the due time it warned about, so a new step or a restarted count re-arms it. These
-- columns are not part of the aggregate: saving a dossier never touches them.
alter table dossier.dossier add column due_soon_warned_for timestamp;
alter table dossier.dossier add column overdue_warned_for timestamp;
create index dossier_step_due_open_idx on dossier.dossier (step_due_at) where finished_at is null;
