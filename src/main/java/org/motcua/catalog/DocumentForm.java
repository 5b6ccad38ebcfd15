package org.motcua.catalog;

/** Form in which a required document is handed in; printed on the receipt. */
public enum DocumentForm {
    /** Bản chính. */
    ORIGINAL,
    /** Bản sao có chứng thực. */
    CERTIFIED_COPY,
    /** Bản sao, bản chụp. */
    COPY,
    /** Bản chính hoặc bản sao. */
    ORIGINAL_OR_COPY
}
