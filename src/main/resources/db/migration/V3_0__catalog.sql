create schema if not exists catalog;

-- Agencies: a tree of any depth. The code is the official identifier (mã định danh) in force;
-- earlier codes stay in agency_code so that history recorded under them still resolves.
create table catalog.agency (
    id            uuid primary key,
    code          varchar(40)  not null,
    parent_id     uuid references catalog.agency (id),
    name          varchar(300) not null,
    short_name    varchar(100),
    level         varchar(20)  not null,
    type          varchar(30)  not null,
    address       varchar(300),
    phone         varchar(40),
    email         varchar(200),
    -- working sessions when they differ from the province's, e.g. "07:00-11:30; 13:30-17:00"
    working_hours varchar(100),
    active_from   date,
    active_to     date,
    version       bigint       not null default 0,
    constraint agency_not_own_parent check (parent_id <> id)
);
create unique index agency_code_uq on catalog.agency (code);
create index agency_parent_idx on catalog.agency (parent_id);

-- Every code an agency has had, including the codes of the units merged into it.
create table catalog.agency_code (
    code       varchar(40) primary key,
    agency_id  uuid        not null references catalog.agency (id),
    current    boolean     not null
);
create index agency_code_agency_idx on catalog.agency_code (agency_id);

-- Counters (quầy) of a service center and what each serves.
create table catalog.counter (
    id         uuid primary key,
    center_id  uuid         not null references catalog.agency (id),
    number     integer      not null,
    name       varchar(200) not null,
    constraint counter_number_positive check (number > 0)
);
create unique index counter_center_number_uq on catalog.counter (center_id, number);
create table catalog.counter_agency (
    counter_id uuid not null references catalog.counter (id) on delete cascade,
    agency_id  uuid not null references catalog.agency (id),
    primary key (counter_id, agency_id)
);
create table catalog.counter_field (
    counter_id uuid not null references catalog.counter (id) on delete cascade,
    field_code varchar(60) not null,
    primary key (counter_id, field_code)
);
-- Officers sitting at a counter (user ids of the identity module; no cross-module foreign key).
create table catalog.counter_officer (
    counter_id uuid not null references catalog.counter (id) on delete cascade,
    user_id    uuid not null,
    primary key (counter_id, user_id)
);

create table catalog.field (
    id   uuid primary key,
    code varchar(60)  not null,
    name varchar(300) not null
);
create unique index field_code_uq on catalog.field (code);

-- A procedure as carried out by one competent agency. What it says lives in its versions.
create table catalog.procedure (
    id                  uuid primary key,
    code                varchar(80) not null,
    national_code       varchar(8),
    competent_agency_id uuid        not null references catalog.agency (id),
    retired_from        date,
    version             bigint      not null default 0
);
create unique index procedure_code_uq on catalog.procedure (code);
create unique index procedure_national_agency_uq on catalog.procedure (national_code, competent_agency_id);

-- One version of a procedure. Published versions are never changed: dossiers keep the version they
-- were received under. At most one DRAFT per procedure is being edited.
create table catalog.procedure_version (
    id                  uuid primary key,
    procedure_id        uuid         not null references catalog.procedure (id),
    number              integer      not null,
    status              varchar(10)  not null,
    effective_from      date,
    published_at        timestamptz,
    name                varchar(1000) not null,
    field_id            uuid         not null references catalog.field (id),
    level               varchar(20)  not null,
    all_centers         boolean      not null,
    channels            varchar(10)[] not null,
    online_level        varchar(12),
    time_amount         numeric(8, 3),
    time_unit           varchar(16),
    same_day_cut_off    time,
    applicant_types     varchar(14)[] not null,
    result_name         varchar(500),
    result_kind         varchar(12),
    legal_basis         text,
    conditions          text,
    implementation_steps text,
    four_on_site        boolean      not null,
    decision_number     varchar(100),
    decision_date       date,
    -- diacritics-free, lower-case text the search matches against
    search_text         text generated always as
        (lower(public.f_unaccent(name))) stored,
    constraint procedure_version_status check (status in ('DRAFT', 'PUBLISHED')),
    constraint procedure_version_published check (status = 'DRAFT' or effective_from is not null)
);
create unique index procedure_version_number_uq on catalog.procedure_version (procedure_id, number);
create unique index procedure_version_one_draft_uq on catalog.procedure_version (procedure_id) where status = 'DRAFT';
create index procedure_version_effective_idx on catalog.procedure_version (procedure_id, effective_from desc, number desc)
    where status = 'PUBLISHED';
create index procedure_version_search_idx on catalog.procedure_version using gin (search_text gin_trgm_ops)
    where status = 'PUBLISHED';

create table catalog.procedure_center (
    version_id uuid not null references catalog.procedure_version (id) on delete cascade,
    center_id  uuid not null references catalog.agency (id),
    primary key (version_id, center_id)
);
create table catalog.procedure_partner (
    version_id uuid    not null references catalog.procedure_version (id) on delete cascade,
    position   integer not null,
    agency_id  uuid    not null references catalog.agency (id),
    primary key (version_id, position)
);
create table catalog.required_document (
    version_id        uuid         not null references catalog.procedure_version (id) on delete cascade,
    position          integer      not null,
    name              varchar(1000) not null,
    form              varchar(20)  not null,
    quantity          integer      not null check (quantity >= 1),
    mandatory         boolean      not null,
    template_file     varchar(300),
    from_e_data_store boolean      not null,
    primary key (version_id, position)
);
create table catalog.fee (
    version_id     uuid         not null references catalog.procedure_version (id) on delete cascade,
    position       integer      not null,
    name           varchar(500) not null,
    kind           varchar(10)  not null,
    amount_vnd     bigint check (amount_vnd >= 0),
    unit           varchar(100),
    exemption_note text,
    primary key (version_id, position)
);
create table catalog.fee_tier (
    version_id   uuid         not null,
    fee_position integer      not null,
    position     integer      not null,
    label        varchar(300) not null,
    amount_vnd   bigint       not null check (amount_vnd >= 0),
    primary key (version_id, fee_position, position),
    foreign key (version_id, fee_position) references catalog.fee (version_id, position) on delete cascade
);
create table catalog.workflow_step (
    version_id  uuid          not null references catalog.procedure_version (id) on delete cascade,
    position    integer       not null,
    name        varchar(300)  not null,
    agency_id   uuid          not null references catalog.agency (id),
    role        varchar(20)   not null,
    budget_days numeric(6, 3) check (budget_days >= 0),
    next_steps  integer[]     not null,
    back_steps  integer[]     not null,
    primary key (version_id, position)
);
