package org.motcua.satisfaction;

/** Where a rating was given: the tablet at the counter, the citizen portal, or the message's signed link. */
public enum RatingSource {
    COUNTER,
    PORTAL,
    LINK
}
