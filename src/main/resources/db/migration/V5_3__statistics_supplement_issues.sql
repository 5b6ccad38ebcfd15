-- What the applicant was asked to supply, for the procedure review's "papers most often missing".
alter table statistics.dossier_fact add column supplement_issues text;
