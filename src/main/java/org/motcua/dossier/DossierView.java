package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A dossier as an officer or its applicant sees it, with the actions this person may take now.
 *
 * @param deadline ON_TIME, DUE_SOON, OVERDUE or PAUSED (ux.md colours, always shown with words)
 */
public record DossierView(
        UUID id,
        String code,
        DossierStatus status,
        int portalStatus,
        UUID procedureId,
        String procedureName,
        Dossier.Channel channel,
        UUID receivingCenterId,
        UUID competentAgencyId,
        Applicant applicant,
        String summary,
        Dossier.DeliveryMethod deliveryMethod,
        String deliveryAddress,
        Integer currentStep,
        String currentStepName,
        UUID currentStepAgencyId,
        UUID assigneeId,
        LocalDateTime stepDueAt,
        LocalDateTime submittedAt,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime originalDueAt,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt,
        String deadline,
        StepVerdict verdict,
        Dossier.Outcome outcome,
        int extensions,
        boolean fourOnSite,
        boolean lienThong,
        Long paymentDueVnd,
        List<String> appointmentExplanation,
        List<SubmittedDocument> documents,
        List<PauseInterval> pauses,
        List<Consultation> consultations,
        Set<String> allowedActions,
        long version) {}
