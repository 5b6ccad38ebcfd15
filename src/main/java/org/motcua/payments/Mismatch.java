package org.motcua.payments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A payment on which the ledger and the gateway disagree, for an accountant to settle (a refund, a manual
 * confirmation, a call to the gateway).
 *
 * @param kind PAID_HERE_NOT_AT_GATEWAY, PAID_AT_GATEWAY_NOT_HERE, AMOUNT_DIFFERS, REFUND_DIFFERS or
 *     GATEWAY_UNREACHABLE
 */
public record Mismatch(
        LocalDate day,
        UUID agencyId,
        UUID paymentId,
        String reference,
        String dossierCode,
        String kind,
        long ledgerVnd,
        Long gatewayVnd,
        String gatewayStatus,
        LocalDateTime foundAt) {}
