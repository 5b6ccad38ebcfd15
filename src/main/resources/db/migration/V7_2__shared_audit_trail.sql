-- The audit trail (docs/operations.md, "Audit trail"): who read or changed whose personal data, when,
-- from which address. An event is first staged (a change in its own transaction, a read by a background
-- writer); the sealer (one node at a time) moves staged events into audit_entry in order, each with
-- hash = sha256(previous entry's hash || the entry's canonical form), and writes each past day's anchor.
-- subject: a dossier's code (its reference until it has one) or an account's user name; subject_alias: a
-- dossier's reference beside its code; person: whose data (the applicant's ID number or tax code, the
-- account's user name).

create table shared.audit_staged (
    id           bigserial   primary key,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject      text        not null,
    subject_alias text,
    person       text,
    address      text,
    trace_id     text,
    detail       text
);

-- Append-only: sealed entries in chain order. chain_day is the day (Vietnam time, database clock) the
-- entry was sealed: a day's chain starts from the previous day's last hash and ends in the day's anchor.
create table shared.audit_entry (
    seq          bigint      primary key,
    chain_day    date        not null,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject      text        not null,
    subject_alias text,
    person       text,
    address      text,
    trace_id     text,
    detail       text,
    hash         bytea       not null
);
create index audit_entry_day_idx on shared.audit_entry (chain_day);
create index audit_entry_at_idx on shared.audit_entry (at);
create index audit_entry_subject_idx on shared.audit_entry (subject, at);
create index audit_entry_alias_idx on shared.audit_entry (subject_alias, at) where subject_alias is not null;
create index audit_entry_person_idx on shared.audit_entry (person, at) where person is not null;
create index audit_entry_actor_idx on shared.audit_entry (actor, at);

-- Append-only: one row per past day that has entries; anchor = the hash of the day's last entry.
create table shared.audit_anchor (
    day       date        primary key,
    first_seq bigint      not null,
    last_seq  bigint      not null,
    entries   bigint      not null,
    anchor    bytea       not null,
    sealed_at timestamptz not null
);

create function shared.audit_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on %.% refused', tg_op, tg_table_schema, tg_table_name
        using errcode = '42501';
end
$$;

create trigger audit_entry_append_only before update or delete on shared.audit_entry
    for each row execute function shared.audit_append_only();
create trigger audit_entry_no_truncate before truncate on shared.audit_entry
    for each statement execute function shared.audit_append_only();
create trigger audit_anchor_append_only before update or delete on shared.audit_anchor
    for each row execute function shared.audit_append_only();
create trigger audit_anchor_no_truncate before truncate on shared.audit_anchor
    for each statement execute function shared.audit_append_only();
