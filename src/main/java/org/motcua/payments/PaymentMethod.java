package org.motcua.payments;

/** How a fee was paid. */
public enum PaymentMethod {
    /** Cash at the counter. */
    CASH,
    /** A bank card on the counter's terminal. */
    CARD,
    /** Online through the VNPay gateway (version 2.1.0). */
    VNPAY,
    /** Online through the national payment platform. */
    PAYGOV;

    public boolean isOnline() {
        return this == VNPAY || this == PAYGOV;
    }
}
