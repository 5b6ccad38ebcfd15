-- Reads that stay flat as history grows (issue 15). Officers and managers read open dossiers (a few per cent
-- of the table) and the days they received or returned; the closed ones only grow. The worklists, the
-- desk queues and the overview therefore read partial indexes on OPEN dossiers, whose predicate is written
-- exactly as the queries write it (DossierWorklists.OPEN), so PostgreSQL proves that the index covers the
-- query; closed dossiers leave these indexes and no longer cost their reads (nor their writes).
-- They replace the three full (agency, status, time) indexes of V4_1, which every closed dossier stayed in.
drop index dossier.dossier_agency_status_due_idx;
drop index dossier.dossier_competent_status_due_idx;
drop index dossier.dossier_center_status_idx;

-- view=unit: at a step of my agencies
create index dossier_open_step_agency_idx on dossier.dossier (current_step_agency_id)
    where status not in ('RETURNED', 'REFUSED', 'STOPPED');
-- view=agency (one branch of its OR)
create index dossier_open_competent_idx on dossier.dossier (competent_agency_id)
    where status not in ('RETURNED', 'REFUSED', 'STOPPED');
-- view=center, view=agency (the other branch), the desk queues (NEW, RESOLVED) and the overview's counts
create index dossier_open_center_idx on dossier.dossier (receiving_center_id, status)
    where status not in ('RETURNED', 'REFUSED', 'STOPPED');
-- view=mine
create index dossier_open_assignee_idx on dossier.dossier (assignee_id)
    where status not in ('RETURNED', 'REFUSED', 'STOPPED');
-- The tracking book (a center's receipts by day) and the overview's "received today".
create index dossier_center_received_idx on dossier.dossier (receiving_center_id, received_at)
    where received_at is not null;
-- The overview's "returned today" and its list.
create index dossier_center_returned_idx on dossier.dossier (receiving_center_id, returned_at)
    where returned_at is not null;
