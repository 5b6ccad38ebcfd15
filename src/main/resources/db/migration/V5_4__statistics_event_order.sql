-- The order of the latest event applied among the events of its version (one save can make several),
-- so that an earlier event of the same save, delivered later, does not overwrite the description.
alter table statistics.dossier_fact add column last_sequence integer not null default 0;
