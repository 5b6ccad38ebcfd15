-- Forms an action produced, captured in the action's transaction as the data they print, and rendered to
-- PDF after the commit (rendering and storing a file is slow; it must not hold the dossier's row lock).
-- A row leaves this table in the same transaction that adds its dossier.issued_document row; rows left by a
-- crash are rendered by the next sweep or by the first request for the dossier's documents.
create table dossier.pending_form (
    history_id bigint      not null references dossier.history (id),
    kind       varchar(30) not null,
    dossier_id uuid        not null references dossier.dossier (id),
    form       jsonb       not null,
    file_name  text        not null,
    created_at timestamp   not null,
    created_by text,
    primary key (history_id, kind)
);
create index pending_form_dossier_idx on dossier.pending_form (dossier_id);
