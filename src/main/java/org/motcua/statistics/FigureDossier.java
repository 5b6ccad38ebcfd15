package org.motcua.statistics;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One dossier behind a count of the figures table (the drill-down).
 *
 * @param verdict EARLY, ON_TIME or LATE once resolved; null otherwise
 */
public record FigureDossier(
        UUID dossierId,
        String code,
        String procedureName,
        String agencyName,
        String channel,
        LocalDateTime receivedAt,
        LocalDateTime originalDueAt,
        LocalDateTime finishedAt,
        String verdict) {

    /** The dossiers behind a count: the first {@code dossiers} of {@code total}. */
    public record Page(String figure, long total, java.util.List<FigureDossier> dossiers) {}
}
