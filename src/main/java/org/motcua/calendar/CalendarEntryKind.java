package org.motcua.calendar;

/** What a calendar entry does to its day; the same vocabulary as the official holidays CSV. */
public enum CalendarEntryKind {
    /** A statutory holiday (ngày lễ, Tết), including one that falls on a weekly rest day. */
    HOLIDAY,
    /** Nghỉ bù: a working day off because a holiday fell on a weekly rest day (Labour Code 2019 art. 111.3). */
    COMPENSATORY_DAY_OFF,
    /** Nghỉ hoán đổi: a working day turned into a day off in exchange for a swapped workday. */
    SWAPPED_DAY_OFF,
    /** Làm bù: a weekly rest day (usually a Saturday) worked in exchange for a swapped day off. */
    SWAPPED_WORKDAY;

    /** True for the kinds that take a working day away. */
    public boolean isDayOff() {
        return this != SWAPPED_WORKDAY;
    }
}
