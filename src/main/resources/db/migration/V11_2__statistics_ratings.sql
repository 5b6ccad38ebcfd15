-- Satisfaction figures (issue 20): one row per rated dossier, kept from the satisfaction module's
-- DossierRated events (a changed rating replaces the row: the last revision counts). The day it counts on
-- is the day the rating was first given.
create table statistics.rating_fact (
    dossier_id          uuid primary key,
    rated_on            date        not null,
    receiving_center_id uuid,
    competent_agency_id uuid,
    procedure_id        uuid,
    field_code          varchar(64),
    officer_id          uuid,
    grade               varchar(16) not null check (grade in ('VERY_SATISFIED', 'SATISFIED', 'NOT_SATISFIED')),
    revision            integer     not null
);
create index rating_fact_rated_on_idx on statistics.rating_fact (rated_on);

-- Who refused a dossier at reception and who asked for a supplement: the officer evaluation counts them.
alter table statistics.dossier_fact
    add column refused_by uuid,
    add column supplement_requested_by uuid;
