package org.motcua.postal;

import java.time.LocalDateTime;
import java.util.UUID;
import org.motcua.shared.Vnd;

/**
 * A postal order as the counter, the applicant and public tracking see it.
 *
 * @param reference our order number at the carrier: the dossier code and the attempt
 * @param stateNote the carrier's words for the last status (the reason of a failed delivery)
 * @param handedOver the dossier recorded the return with this tracking number
 * @param lastError why the last call to the carrier failed (the order is then parked, to retry)
 */
public record Shipment(
        UUID id,
        UUID dossierId,
        String dossierCode,
        UUID centerId,
        Direction direction,
        int attempt,
        String reference,
        Carrier carrier,
        String trackingNumber,
        DeliveryState state,
        String stateNote,
        LocalDateTime stateAt,
        Vnd postage,
        String personName,
        String phone,
        String address,
        boolean handedOver,
        String lastError,
        LocalDateTime createdAt,
        LocalDateTime closedAt,
        String closedNote) {

    public String carrierName() {
        return carrier.displayName();
    }

    /** A failed delivery the counter has still to deal with. */
    public boolean awaitsCounter() {
        return (state == DeliveryState.FAILED || state == DeliveryState.RETURNED_TO_SENDER) && closedAt == null;
    }
}
