package org.motcua.payments;

import java.util.List;
import java.util.UUID;

/**
 * Where a dossier stands with its fees: the assessment in force (null before one), what is still owed and
 * what was collected (both from the ledger), the attempts to pay and the ledger itself.
 *
 * @param awaitingPayment the dossier waits for its financial obligation (the dossier events say so)
 * @param onlinePayment the dossier's agency has an online gateway
 */
public record DossierFees(
        UUID dossierId,
        String dossierCode,
        Assessment assessment,
        long owedVnd,
        long collectedVnd,
        boolean awaitingPayment,
        boolean onlinePayment,
        List<PaymentView> payments,
        List<LedgerEntry> ledger) {

    public DossierFees {
        payments = List.copyOf(payments);
        ledger = List.copyOf(ledger);
    }

    /** Assessed, something collected and nothing owed any more. */
    @com.fasterxml.jackson.annotation.JsonProperty("paid")
    public boolean paid() {
        return assessment != null && owedVnd <= 0 && collectedVnd > 0;
    }
}
