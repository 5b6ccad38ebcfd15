package org.motcua.feedback;

/** The kind of problem reported: attitude, delay, fees, paperwork asked for, the rules themselves, other. */
public enum FeedbackCategory {
    ATTITUDE,
    DELAY,
    FEES,
    PAPERWORK,
    RULES,
    OTHER
}
