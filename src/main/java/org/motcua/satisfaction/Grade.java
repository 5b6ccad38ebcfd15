package org.motcua.satisfaction;

/** The three levels of the official satisfaction survey, for the whole service and for each criterion. */
public enum Grade {
    VERY_SATISFIED,
    SATISFIED,
    NOT_SATISFIED;

    /** Satisfied at all (the satisfaction rate counts these). */
    public boolean satisfied() {
        return this != NOT_SATISFIED;
    }
}
