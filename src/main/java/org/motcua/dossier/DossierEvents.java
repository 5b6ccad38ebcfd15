package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Facts about dossiers that other modules (notification, reporting, integration) react to. Published
 * through Spring Modulith's event publication registry, so a listener that fails or a crash after the
 * commit does not lose them.
 */
public final class DossierEvents {

    private DossierEvents() {}

    /** Common shape: which dossier, its code (null before receipt) and the new portal status. */
    public sealed interface DossierEvent
            permits DossierSubmitted,
                    DossierReceived,
                    SupplementRequested,
                    SupplementSubmitted,
                    DossierForwarded,
                    DossierExtended,
                    DossierApproved,
                    DossierResolved,
                    DossierReturned,
                    DossierRefused,
                    DossierStopped,
                    PaymentRequested,
                    ConsultationOpened,
                    StepDueSoon,
                    StepOverdue {
        UUID dossierId();

        String code();

        LocalDateTime at();
    }

    public record DossierSubmitted(UUID dossierId, String code, UUID procedureId, LocalDateTime at)
            implements DossierEvent {}

    public record DossierReceived(
            UUID dossierId,
            String code,
            UUID procedureId,
            UUID receivingCenterId,
            UUID competentAgencyId,
            String channel,
            LocalDateTime at,
            LocalDateTime appointment)
            implements DossierEvent {}

    public record SupplementRequested(UUID dossierId, String code, boolean beforeReceipt, LocalDateTime at)
            implements DossierEvent {}

    public record SupplementSubmitted(UUID dossierId, String code, LocalDateTime at, LocalDateTime appointment)
            implements DossierEvent {}

    public record DossierForwarded(UUID dossierId, String code, int toStep, UUID toAgencyId, LocalDateTime at)
            implements DossierEvent {}

    public record DossierExtended(
            UUID dossierId,
            String code,
            LocalDateTime previousAppointment,
            LocalDateTime newAppointment,
            LocalDateTime at)
            implements DossierEvent {}

    public record DossierApproved(UUID dossierId, String code, LocalDateTime at) implements DossierEvent {}

    public record DossierResolved(UUID dossierId, String code, boolean rejected, StepVerdict verdict, LocalDateTime at)
            implements DossierEvent {}

    public record DossierReturned(UUID dossierId, String code, String deliveryMethod, LocalDateTime at)
            implements DossierEvent {}

    public record DossierRefused(UUID dossierId, String code, LocalDateTime at) implements DossierEvent {}

    public record DossierStopped(UUID dossierId, String code, boolean withdrawn, LocalDateTime at)
            implements DossierEvent {}

    public record PaymentRequested(UUID dossierId, String code, long amountVnd, LocalDateTime at)
            implements DossierEvent {}

    public record ConsultationOpened(
            UUID dossierId, String code, UUID consultedAgencyId, LocalDateTime due, LocalDateTime at)
            implements DossierEvent {}

    /** The current step comes due within the warning window (default one working day). */
    public record StepDueSoon(UUID dossierId, String code, Integer step, LocalDateTime due, LocalDateTime at)
            implements DossierEvent {}

    /** The current step has passed its due time. */
    public record StepOverdue(UUID dossierId, String code, Integer step, LocalDateTime due, LocalDateTime at)
            implements DossierEvent {}
}
