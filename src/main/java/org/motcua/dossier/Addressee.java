package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Whom a message about a dossier goes to and how to reach them, for modules that write to people
 * (notifications): the applicant's contact as entered on the dossier, their account if they applied
 * online, and the officer the current step is assigned to. A system read: never shown to a caller as is.
 */
public record Addressee(
        UUID dossierId,
        String code,
        String reference,
        String procedureName,
        DossierStatus status,
        LocalDateTime appointment,
        String applicantName,
        String phone,
        String email,
        UUID applicantAccountId,
        UUID assigneeId) {}
