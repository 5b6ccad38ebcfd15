create schema if not exists dossier;

-- The last dossier sequence given by a receiving unit on a day (dossier code = unit-YYMMDD-NNNN).
create table dossier.code_counter (
    unit_code     varchar(64) not null,
    receipt_date  date        not null,
    last_sequence integer     not null,
    primary key (unit_code, receipt_date)
);
