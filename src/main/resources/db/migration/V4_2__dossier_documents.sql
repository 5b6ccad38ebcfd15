-- Documents issued for a dossier: the printed forms its actions produced (receipt, supplement request,
-- refusal, apology, stop notice), control slips printed on demand, and the result file. Each row points
-- at an immutable stored file by its SHA-256; a reprint serves those bytes. Never updated or deleted.
create table dossier.issued_document (
    id               bigint generated always as identity primary key,
    dossier_id       uuid        not null references dossier.dossier (id),
    kind             varchar(30) not null,
    form_number      varchar(5),
    history_id       bigint references dossier.history (id),
    sha256           char(64)    not null,
    size             bigint      not null,
    file_name        text        not null,
    content_type     varchar(100) not null,
    signature_status varchar(10),
    signer           text,
    signed_at        timestamp,
    created_at       timestamp   not null,
    created_by       text
);
create index issued_document_dossier_idx on dossier.issued_document (dossier_id, id);
create index issued_document_sha256_idx on dossier.issued_document (sha256);
-- One form per action: issuing it again (a reprint) finds this row instead of adding one.
create unique index issued_document_action_idx on dossier.issued_document (history_id, kind)
    where history_id is not null;

create function dossier.issued_document_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'dossier.issued_document is append-only';
end $$;
create trigger issued_document_immutable before update or delete on dossier.issued_document
    for each row execute function dossier.issued_document_is_immutable();

-- The orphan clean-up asks whether any dossier document refers to a stored file.
create index submitted_document_sha256_idx on dossier.submitted_document (file_sha256);
