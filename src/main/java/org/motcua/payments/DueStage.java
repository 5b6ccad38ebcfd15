package org.motcua.payments;

/** When a procedure's fees fall due. */
public enum DueStage {
    /** Paid at the counter when the dossier is received (an appraisal fee, for instance). */
    AT_RECEIPT,
    /** Notified as a financial obligation and paid before the result is handed over. */
    BEFORE_RESULT
}
