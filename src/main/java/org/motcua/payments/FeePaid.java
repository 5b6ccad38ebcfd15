package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Money for a dossier's fees was received (counter or gateway) and its receipt numbered. Published through
 * the event publication registry; docs/events.md (payments events, version 1).
 */
public record FeePaid(
        UUID dossierId,
        String dossierCode,
        UUID agencyId,
        UUID paymentId,
        PaymentMethod method,
        long amountVnd,
        String receiptSeries,
        long receiptNumber,
        LocalDateTime at) {}
