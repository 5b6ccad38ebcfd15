package org.motcua.payments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One day's comparison of the ledger with one agency's gateway. */
public record ReconciliationRun(
        long id, LocalDate day, UUID agencyId, String agencyName, int checked, int mismatches, LocalDateTime ranAt) {}
