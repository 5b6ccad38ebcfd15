package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;
import org.motcua.catalog.Channel;
import org.motcua.shared.Vnd;

/**
 * What happened to dossiers, for the modules that react to it (statistics, notifications, payments, postal
 * and national-portal integration, satisfaction). Every state change publishes exactly one event, in the
 * transaction that made it, through Spring Modulith's event publication registry: a listener that fails,
 * or a crash after the commit, loses nothing (listen with {@code @ApplicationModuleListener}, and be
 * idempotent: an event may come twice after a crash). Each event carries the {@link DossierFacts} every
 * listener needs, so no listener has to call back to learn what happened. The contract, with its version,
 * is documented in {@code docs/events.md}: fields are added, never changed in meaning.
 */
public final class DossierEvents {

    /** The version of the contract described in docs/events.md. */
    public static final int VERSION = 4;

    private DossierEvents() {}

    /** What every dossier event carries. */
    public sealed interface DossierEvent
            permits DossierSubmitted,
                    DossierReceived,
                    SupplementRequested,
                    SupplementSubmitted,
                    DossierRefused,
                    DossierAssigned,
                    DossierForwarded,
                    DossierSentBack,
                    ConsultationOpened,
                    ConsultationAnswered,
                    PaymentRequested,
                    PaymentConfirmed,
                    DossierExtended,
                    DossierApproved,
                    DossierResolved,
                    DossierReturned,
                    WithdrawalRequested,
                    DossierStopped,
                    StepDueSoon,
                    StepOverdue {
        DossierFacts facts();

        default UUID dossierId() {
            return facts().dossierId();
        }

        default String code() {
            return facts().code();
        }

        default LocalDateTime at() {
            return facts().at();
        }
    }

    /**
     * The dossier as it stands after the change, and the change itself. Times are Vietnam local time.
     *
     * @param version the dossier's version after the change: one more per saved change, so it orders the
     *     events of a dossier (the events of one transaction share it and are published in order)
     * @param code the dossier code (null before receipt); {@code reference} is the readable reference the
     *     applicant was given at submission
     * @param fromStatus the status before the change (equal to {@code toStatus} for changes within a state)
     * @param fromPortalStatus national-portal status code (1–10) before the change
     * @param fromStep the workflow step before the change; {@code step} the one after it (null before receipt)
     * @param stepAgencyId the agency or unit responsible for {@code step}
     * @param actor who acted: a person, or a module acting as the system
     * @param appointment the appointment in force (null before receipt); {@code originalAppointment} the
     *     statistical due time (an extension moves only the appointment)
     * @param receivedAt when it was received (null before receipt; added in version 3)
     * @param fourOnSite received, appraised, approved and returned at the center in one sitting ("4 tại
     *     chỗ"); true on every event of that sitting (added in version 3)
     * @param sequence the order of this event among the events of the same {@code version} (one save can
     *     make several: a dossier registered and received at the desk, "4 tại chỗ"): 0 for the submission,
     *     then 1, 2 … (added in version 3)
     */
    public record DossierFacts(
            UUID dossierId,
            long version,
            String code,
            String reference,
            UUID procedureId,
            String procedureCode,
            String procedureNationalCode,
            String fieldCode,
            UUID competentAgencyId,
            UUID receivingCenterId,
            Channel channel,
            Applicant.ApplicantType applicantType,
            DeliveryMethod deliveryMethod,
            DossierStatus fromStatus,
            DossierStatus toStatus,
            int fromPortalStatus,
            int toPortalStatus,
            Integer fromStep,
            Integer step,
            UUID stepAgencyId,
            ActedBy actor,
            LocalDateTime at,
            LocalDateTime appointment,
            LocalDateTime originalAppointment,
            LocalDateTime receivedAt,
            boolean fourOnSite,
            int sequence) {}

    /** Submitted online (or registered at the desk, received next in the same transaction). */
    public record DossierSubmitted(DossierFacts facts) implements DossierEvent {}

    /** Received: the dossier has its code and its appointment. */
    public record DossierReceived(DossierFacts facts) implements DossierEvent {}

    /** A supplement asked for; {@code beforeReceipt}: the desk's answer to an incomplete online dossier. */
    public record SupplementRequested(DossierFacts facts, boolean beforeReceipt, String issues)
            implements DossierEvent {}

    /** The applicant's supplement arrived; after receipt the appointment in {@code facts} is recounted. */
    public record SupplementSubmitted(DossierFacts facts, int documentsAdded) implements DossierEvent {}

    /** Refused at reception, with the reasons. */
    public record DossierRefused(DossierFacts facts, String reasons) implements DossierEvent {}

    /** The current step was given to an officer. */
    public record DossierAssigned(DossierFacts facts, UUID assigneeId) implements DossierEvent {}

    /** Handed to the next step; {@code stepVerdict} judges the step just finished. */
    public record DossierForwarded(DossierFacts facts, StepVerdict stepVerdict, String note) implements DossierEvent {}

    /** Sent back to an earlier step, with the reason. */
    public record DossierSentBack(DossierFacts facts, StepVerdict stepVerdict, String reason) implements DossierEvent {}

    /** Another agency was asked (liên thông) and has until {@code due} to answer. */
    public record ConsultationOpened(DossierFacts facts, UUID consultedAgencyId, String question, LocalDateTime due)
            implements DossierEvent {}

    /** A consulted agency answered; {@code allAnswered}: no consultation is open any more. */
    public record ConsultationAnswered(
            DossierFacts facts, UUID agencyId, StepVerdict answerVerdict, boolean allAnswered)
            implements DossierEvent {}

    /** A financial obligation was notified; the clock stops until it is paid. */
    public record PaymentRequested(DossierFacts facts, Vnd amount) implements DossierEvent {}

    /** The obligation was paid; the appointment in {@code facts} moved by the wait. */
    public record PaymentConfirmed(DossierFacts facts, Vnd amount) implements DossierEvent {}

    /** An apology and a new appointment ({@code facts().appointment()}); the statistical due time stays. */
    public record DossierExtended(
            DossierFacts facts, LocalDateTime previousAppointment, String reason, boolean lateApology)
            implements DossierEvent {}

    /** The leader approved; {@code stepVerdict} judges the approval step so far. */
    public record DossierApproved(DossierFacts facts, StepVerdict stepVerdict) implements DossierEvent {}

    /**
     * Processing ended: the result (or the written refusal of a rejected dossier) is ready. {@code
     * timeliness} is the final verdict against the statistical due time. {@code capital}: what the result of
     * an enterprise or investment procedure registers, when the officer recorded it (version 4).
     */
    public record DossierResolved(
            DossierFacts facts, Outcome outcome, Timeliness timeliness, String reasons, RegisteredCapital capital)
            implements DossierEvent {

        public DossierResolved(DossierFacts facts, Outcome outcome, Timeliness timeliness, String reasons) {
            this(facts, outcome, timeliness, reasons, null);
        }
    }

    /** The result reached the applicant. */
    public record DossierReturned(DossierFacts facts, HandOver handOver) implements DossierEvent {}

    /** The applicant asked to withdraw a received dossier; the agency must stop it. */
    public record WithdrawalRequested(DossierFacts facts, String reason) implements DossierEvent {}

    /** Processing stopped; {@code withdrawn}: at the applicant's request. */
    public record DossierStopped(DossierFacts facts, boolean withdrawn, String reason) implements DossierEvent {}

    /** The current step comes due within the warning window (not a state change). */
    public record StepDueSoon(DossierFacts facts, LocalDateTime stepDue) implements DossierEvent {}

    /** The current step has passed its due time (not a state change). */
    public record StepOverdue(DossierFacts facts, LocalDateTime stepDue) implements DossierEvent {}
}
