package org.motcua.payments;

/** Where one attempt to pay stands. */
public enum PaymentStatus {
    /** Sent to the gateway; its answer (IPN, or querydr) has not come yet. */
    PENDING,
    /** The money was received. */
    PAID,
    /** The gateway reported the payment failed or the payer gave up. */
    FAILED,
    /** Withdrawn by motcua before the gateway answered (a newer attempt, or paid at the counter). */
    CANCELLED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
