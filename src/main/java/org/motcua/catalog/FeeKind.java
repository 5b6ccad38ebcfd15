package org.motcua.catalog;

public enum FeeKind {
    /** One amount per dossier. */
    FIXED,
    /** An amount per unit (page, copy, case …) named in the fee's unit text. */
    PER_UNIT,
    /** Different amounts per tier (page range, device class …). */
    TIERED
}
