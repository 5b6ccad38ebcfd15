package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.UUID;

/** One attempt to pay a dossier's fees, with its receipt once paid. */
public record PaymentView(
        UUID id,
        String reference,
        String dossierCode,
        PaymentMethod method,
        long amountVnd,
        PaymentStatus status,
        long refundedVnd,
        String payerName,
        LocalDateTime createdAt,
        LocalDateTime settledAt,
        String gatewayTransactionNo,
        ReceiptView receipt) {}
