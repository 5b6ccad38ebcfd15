package org.motcua.payments;

/**
 * What a ledger entry records, and how it moves the dossier's balance (what is still owed): {@code
 * ASSESSED} adds, {@code ASSESSMENT_VOIDED} takes a superseded assessment back, {@code PAID} takes off,
 * {@code REFUNDED} adds back; {@code REQUESTED} and {@code CANCELLED} (an attempt started, an attempt
 * withdrawn or failed) move nothing.
 */
public enum LedgerKind {
    ASSESSED(1),
    ASSESSMENT_VOIDED(-1),
    REQUESTED(0),
    PAID(-1),
    REFUNDED(1),
    CANCELLED(0);

    private final int sign;

    LedgerKind(int sign) {
        this.sign = sign;
    }

    /** +1, -1 or 0: the entry's effect on what is owed. */
    public int sign() {
        return sign;
    }
}
