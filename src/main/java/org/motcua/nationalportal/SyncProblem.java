package org.motcua.nationalportal;

import java.time.Instant;
import java.util.UUID;

/** An update the portal has not taken: failed for good, or being retried after an error. */
public record SyncProblem(
        long id,
        UUID dossierId,
        String dossierCode,
        String eventType,
        int portalStatus,
        String status,
        int attempts,
        Instant recordedAt,
        Instant nextAttemptAt,
        String lastError) {}
