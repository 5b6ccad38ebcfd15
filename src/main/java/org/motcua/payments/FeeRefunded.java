package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/** Money was given back on a payment (docs/events.md, payments events, version 1). */
public record FeeRefunded(
        UUID dossierId,
        String dossierCode,
        UUID agencyId,
        UUID paymentId,
        PaymentMethod method,
        long amountVnd,
        String reason,
        LocalDateTime at) {}
