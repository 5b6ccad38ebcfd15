package org.motcua.nationalportal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the daily reconciliation found: the portal does not know the dossier (MISSING), holds another status
 * (STATUS_DIFFERS), or motcua still has updates for it that the portal has not taken (NOT_YET_SENT).
 */
public record Difference(
        LocalDate runOn,
        UUID dossierId,
        String dossierCode,
        String kind,
        Integer ours,
        Integer theirs,
        Instant foundAt) {}
