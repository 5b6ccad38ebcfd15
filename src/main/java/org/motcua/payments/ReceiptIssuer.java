package org.motcua.payments;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An electronic receipt or invoice provider (the national payment platform's receipt, Viettel SInvoice,
 * VNPT, MISA …): called while a receipt is numbered, in the same transaction, so a provider that refuses
 * leaves no number used. Without a provider bean the printed receipt is the only one (the default).
 */
public interface ReceiptIssuer {

    /** What the provider is told: the receipt's series and number, who paid, for what. */
    record Draft(
            String centerCode,
            String series,
            long number,
            String dossierCode,
            String payerName,
            long amountVnd,
            PaymentMethod method,
            List<AssessedLine> lines,
            LocalDateTime issuedAt) {}

    /** The provider's name and its code for the e-receipt (lookup or reservation code). */
    record Issued(String provider, String code) {}

    Issued issue(Draft draft);
}
