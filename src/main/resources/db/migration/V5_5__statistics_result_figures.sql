-- Investment and enterprise figures: which procedures' results feed which figure (set by an administrator;
-- a tag applies to every dossier of the procedure, past ones included), and on the fact row the outcome and
-- the capital the result registered.
create table statistics.procedure_figure (
    procedure_id uuid primary key,
    figure       varchar(30) not null
        check (figure in ('ENTERPRISE_REGISTERED', 'ENTERPRISE_SUSPENDED', 'ENTERPRISE_DISSOLVED', 'INVESTMENT_APPROVED')),
    tagged_at    timestamptz not null,
    tagged_by    text
);

alter table statistics.dossier_fact
    add column outcome varchar(10),
    add column registered_capital_vnd bigint,
    add column foreign_investor boolean;

-- The figures read the granted results of a few procedures in a period.
create index dossier_fact_procedure_finished_idx on statistics.dossier_fact (procedure_id, finished_at)
    where finish = 'RESOLVED';
