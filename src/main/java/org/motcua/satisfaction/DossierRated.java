package org.motcua.satisfaction;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A dossier was rated, or its rating changed ({@code revision} > 1; the last revision counts). Carries the
 * dossier's dimensions as returned, so the statistics count it without asking back. Idempotent key:
 * ({@code dossierId}, {@code revision}).
 *
 * @param ratedAt when this revision was given (Vietnam time)
 * @param firstRatedAt when the rating was first given: the day it counts on
 */
public record DossierRated(
        UUID dossierId,
        String code,
        UUID procedureId,
        String fieldCode,
        UUID competentAgencyId,
        UUID receivingCenterId,
        UUID officerId,
        Grade grade,
        Grade previousGrade,
        int revision,
        RatingSource source,
        LocalDateTime firstRatedAt,
        LocalDateTime ratedAt) {}
