package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.motcua.catalog.Channel;
import org.motcua.shared.Languages;

/**
 * A dossier as an officer or its applicant sees it, with the actions this person may take now.
 *
 * @param reference the readable reference given at submission (quoted before the dossier has a code)
 * @param deadline ON_TIME, DUE_SOON, OVERDUE or PAUSED (docs/ux.md colours, always shown with words)
 */
public record DossierView(
        UUID id,
        String code,
        String reference,
        DossierStatus status,
        int portalStatus,
        UUID procedureId,
        String procedureName,
        Channel channel,
        UUID receivingCenterId,
        UUID competentAgencyId,
        Applicant applicant,
        String summary,
        DeliveryMethod deliveryMethod,
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
        HandOver handOver,
        String deadline,
        StepVerdict verdict,
        Outcome outcome,
        int extensions,
        boolean fourOnSite,
        boolean lienThong,
        Long paymentDueVnd,
        Explanation appointmentExplanation,
        List<SubmittedDocument> documents,
        List<PauseInterval> pauses,
        List<Consultation> consultations,
        Set<String> allowedActions,
        long version) {

    /** How the appointment in force was reached, one line per rule applied, in both languages. */
    public record Explanation(List<String> vi, List<String> en) {

        public Explanation {
            vi = List.copyOf(vi);
            en = List.copyOf(en);
        }

        /** The lines in the reader's language (English when asked for, Vietnamese otherwise). */
        public List<String> in(Locale locale) {
            return locale != null && Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : vi;
        }

        public boolean isEmpty() {
            return vi.isEmpty() && en.isEmpty();
        }
    }

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
    public static Fees fees(Long paymentDueVnd, List<PauseInterval> pauses) {
        if (paymentDueVnd == null) {
            return Fees.NONE;
        }
        // Confirming the payment closes the financial-obligation pause: that pause is the proof of payment.
        boolean paid = pauses.stream().anyMatch(p -> p.kind() == PauseInterval.Kind.FINANCIAL_OBLIGATION);
        return paid ? Fees.PAID : Fees.UNPAID;
    }
}
