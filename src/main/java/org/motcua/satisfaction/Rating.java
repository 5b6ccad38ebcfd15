package org.motcua.satisfaction;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A dossier's rating as recorded.
 *
 * @param officerId the officer who returned the result (null when it went back by post)
 * @param firstRatedAt when it was first given: it may be changed until {@code changeableUntil}
 * @param revision 1 when given, one more per change
 */
public record Rating(
        UUID dossierId,
        Grade grade,
        String reason,
        Grade attitude,
        Grade timeliness,
        Grade guidance,
        Grade procedure,
        RatingSource source,
        UUID officerId,
        LocalDateTime firstRatedAt,
        LocalDateTime ratedAt,
        int revision,
        LocalDateTime changeableUntil) {

    public RatingForm form() {
        return new RatingForm(grade, reason, attitude, timeliness, guidance, procedure);
    }
}
