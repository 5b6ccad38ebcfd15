package org.motcua.satisfaction;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A dossier whose result was returned, as the rating pages show it: no personal data of the applicant,
 * only the code, the procedure and the officer who served.
 *
 * @param rating the rating given so far, or null
 * @param changeable whether a rating may still be given or changed now
 */
public record RateableDossier(
        UUID dossierId,
        String code,
        UUID procedureId,
        String procedureCode,
        UUID officerId,
        String officerName,
        LocalDateTime returnedAt,
        Rating rating,
        boolean changeable) {}
