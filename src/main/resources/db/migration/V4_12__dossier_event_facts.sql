-- What every dossier event carries without asking the catalog again: the procedure's code, its code in
-- the national database and its field, as they were when the dossier was submitted (like procedure_name).
alter table dossier.dossier
    add column reference                    varchar(20),
    add column procedure_code               varchar(80),
    add column procedure_national_code      varchar(8),
    add column field_code                   varchar(60),
    -- The hand-over as recorded at return (returned_to keeps it as one sentence for the tracking book).
    add column returned_recipient_name      text,
    add column returned_recipient_id_number varchar(20),
    add column returned_relationship        text,
    add column returned_tracking_number     varchar(60);

update dossier.dossier d
   set procedure_code = p.code, procedure_national_code = p.national_code, field_code = f.code
  from catalog.procedure_version v
  join catalog.procedure p on p.id = v.procedure_id
  join catalog.field f on f.id = v.field_id
 where v.id = d.procedure_version_id;

-- Dossiers submitted before references existed get one derived from their id (never shown twice).
update dossier.dossier set reference = 'HS' || upper(substr(replace(id::text, '-', ''), 1, 10)) where reference is null;

alter table dossier.dossier alter column reference set not null;
create unique index dossier_reference_uq on dossier.dossier (reference);

-- A module acting as the system (payments, postal, national portal, scheduler) is named in the history.
alter table dossier.history add column actor_system varchar(20);
