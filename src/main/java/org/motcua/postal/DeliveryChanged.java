package org.motcua.postal;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A postal order changed state (published through the event registry, after the change is stored). For
 * reports that need delivered / failed figures and for notifications; the dossier's own
 * {@code DossierReturned} already counts the return itself.
 *
 * @param carrierCode the carrier's own status code behind the change
 * @param note the carrier's words (a failure's reason)
 */
public record DeliveryChanged(
        UUID shipmentId,
        UUID dossierId,
        String dossierCode,
        UUID centerId,
        Direction direction,
        int attempt,
        Carrier carrier,
        String trackingNumber,
        DeliveryState from,
        DeliveryState to,
        String carrierCode,
        String note,
        LocalDateTime at) {}
