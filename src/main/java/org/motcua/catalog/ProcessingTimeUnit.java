package org.motcua.catalog;

/** Unit of a legal processing time. */
public enum ProcessingTimeUnit {
    WORKING_DAYS,
    /** "ngày" as published, without a working-day qualifier. */
    CALENDAR_DAYS,
    WORKING_HOURS,
    MONTHS,
    /** Answered the day of receipt; after the cut-off time, the next working day. */
    SAME_DAY
}
