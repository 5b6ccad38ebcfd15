package org.motcua.calendar;

import java.time.Instant;

/**
 * One audited change to the calendar: who, when, what, and the values before and after (JSON, null
 * when there was nothing before or nothing is left).
 */
public record CalendarChange(Instant at, String actor, String action, String subject, String before, String after) {}
