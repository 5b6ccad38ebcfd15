-- An online application being filled in: one per account and procedure, saved at every step of the
-- wizard so that nothing typed (and no file uploaded) is lost when the session expires. Once submitted it
-- remembers the dossier, so going back to the wizard shows the confirmation instead of a second dossier.
create table dossier.draft (
    account_id     uuid         not null,
    procedure_id   uuid         not null,
    submission_key varchar(200) not null,
    fields         jsonb        not null default '{}',
    files          jsonb        not null default '{}',
    dossier_id     uuid references dossier.dossier (id),
    updated_at     timestamp    not null,
    primary key (account_id, procedure_id)
);
