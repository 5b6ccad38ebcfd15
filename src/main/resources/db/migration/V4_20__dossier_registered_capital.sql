-- What the result of an enterprise or investment procedure registers, recorded at resolve (events v4):
-- the capital in whole đồng and whether the investor is foreign. Null for every other dossier.
alter table dossier.dossier
    add column result_capital_vnd bigint check (result_capital_vnd > 0),
    add column result_foreign_investor boolean;
