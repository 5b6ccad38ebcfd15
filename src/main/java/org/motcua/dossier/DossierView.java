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
        long version) {

    /** Where the dossier stands with its financial obligation (taxes, fees to pay before the result). */
    public enum Fees {
        /** No obligation was notified. */
        NONE,
        /** Notified and not yet paid: the result may not be handed over. */
        UNPAID,
        /** Notified and paid. */
        PAID
    }

    public Fees fees() {
        return fees(paymentDueVnd, pauses);
    }

    /** The fee state of a dossier with this notified amount and these pauses. */
    static Fees fees(Long paymentDueVnd, List<PauseInterval> pauses) {
        if (paymentDueVnd == null) {
            return Fees.NONE;
        }
        // Confirming the payment closes the financial-obligation pause: that pause is the proof of payment.
        boolean paid = pauses.stream().anyMatch(p -> p.kind() == PauseInterval.Kind.FINANCIAL_OBLIGATION);
        return paid ? Fees.PAID : Fees.UNPAID;
    }
}
