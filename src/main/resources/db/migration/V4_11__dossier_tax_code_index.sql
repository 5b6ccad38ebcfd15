-- The desk finds a returning applicant by ID number or, for a business, by tax code.
create index dossier_tax_code_idx on dossier.dossier (applicant_tax_code);
