package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A numbered fee receipt (biên lai thu phí, lệ phí): {@code series} and {@code number} per center and year.
 */
public record ReceiptView(
        UUID id,
        UUID paymentId,
        String series,
        long number,
        int year,
        long amountVnd,
        PaymentMethod method,
        String payerName,
        LocalDateTime issuedAt,
        String issuedBy,
        String eReceiptProvider,
        String eReceiptCode) {

    /** The number as printed: seven digits. */
    public String numberText() {
        return String.format("%07d", number);
    }
}
