create schema if not exists satisfaction;

-- The dossiers whose result went back to the applicant, from the dossier's DossierReturned event: only
-- these may be rated. The officer who returned the result is the one the rating is about.
create table satisfaction.rateable (
    dossier_id          uuid primary key,
    code                varchar(64) not null,
    procedure_id        uuid,
    procedure_code      varchar(64),
    field_code          varchar(64),
    competent_agency_id uuid,
    receiving_center_id uuid,
    officer_id          uuid,
    officer_name        text,
    returned_at         timestamp   not null
);
-- The counter tablet: the result an officer of the counter returned last.
create index rateable_officer_returned_idx on satisfaction.rateable (officer_id, returned_at desc);

-- One rating per dossier, changeable for a short time after it was first given (revision counts changes).
create table satisfaction.rating (
    dossier_id     uuid primary key references satisfaction.rateable (dossier_id),
    grade          varchar(16) not null check (grade in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    reason         text,
    attitude       varchar(16) check (attitude in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    timeliness     varchar(16) check (timeliness in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    guidance       varchar(16) check (guidance in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    procedure      varchar(16) check (procedure in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    source         varchar(16) not null check (source in ('COUNTER', 'PORTAL', 'LINK')),
    officer_id     uuid,
    first_rated_at timestamp   not null,
    rated_at       timestamp   not null,
    revision       integer     not null,
    constraint rating_reason_when_not_satisfied check (grade <> 'NOT_SATISFIED' or reason is not null)
);
