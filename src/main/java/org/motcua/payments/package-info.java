/**
 * Fees and payments: the assessment of a dossier's fees from its procedure's published fee items, payment
 * at the counter (numbered receipts) and online (VNPay 2.1.0, one merchant account per agency), the
 * append-only ledger every balance is computed from, and the daily reconciliation with the gateway. A paid
 * obligation is confirmed through the dossier module's door as the system ({@code SystemModule.PAYMENTS}).
 * See {@code docs/payments.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package org.motcua.payments;
