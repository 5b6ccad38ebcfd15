package org.motcua.calendar;

import org.springframework.http.HttpStatus;

/**
 * Stable machine codes of the calendar module's errors (one enum per module), with the HTTP status they
 * answer: 400 for malformed input (unknown unit, absurd amount, date out of range), 422 for a rule the
 * input breaks (overlapping sessions, a period ending before it starts). The codes are part of the API:
 * never rename one.
 */
public enum CalendarError {
    SESSION_END_NOT_AFTER_START("calendar.session_end_not_after_start", HttpStatus.UNPROCESSABLE_ENTITY),
    SESSION_OVERLAP("calendar.session_overlap", HttpStatus.UNPROCESSABLE_ENTITY),
    SESSION_NOT_WHOLE_MINUTES("calendar.session_not_whole_minutes", HttpStatus.BAD_REQUEST),
    PERIOD_INVALID("calendar.period_invalid", HttpStatus.UNPROCESSABLE_ENTITY),
    PERIOD_OVERLAP("calendar.period_overlap", HttpStatus.UNPROCESSABLE_ENTITY),
    MINUTES_PER_DAY_OUT_OF_RANGE("calendar.minutes_per_day_out_of_range", HttpStatus.UNPROCESSABLE_ENTITY),
    UNKNOWN_UNIT("calendar.unknown_unit", HttpStatus.BAD_REQUEST),
    AMOUNT_OUT_OF_RANGE("calendar.amount_out_of_range", HttpStatus.BAD_REQUEST),
    AMOUNT_PRECISION("calendar.amount_precision", HttpStatus.BAD_REQUEST),
    START_OUT_OF_RANGE("calendar.start_out_of_range", HttpStatus.BAD_REQUEST),
    DATE_OUT_OF_RANGE("calendar.date_out_of_range", HttpStatus.BAD_REQUEST),
    TET_DAYS_OUT_OF_RANGE("calendar.tet_days_out_of_range", HttpStatus.BAD_REQUEST),
    DUE_OUT_OF_RANGE("calendar.due_out_of_range", HttpStatus.UNPROCESSABLE_ENTITY),
    PAUSE_INVALID("calendar.pause_invalid", HttpStatus.BAD_REQUEST),
    ENTRY_CONFLICT("calendar.entry_conflict", HttpStatus.UNPROCESSABLE_ENTITY),
    ENTRY_INVALID("calendar.entry_invalid", HttpStatus.BAD_REQUEST),
    ENTRY_KIND_NOT_FOR_DAY("calendar.entry_kind_not_for_day", HttpStatus.UNPROCESSABLE_ENTITY),
    ENTRY_NOT_FOUND("calendar.entry_not_found", HttpStatus.NOT_FOUND),
    PERIOD_NOT_FOUND("calendar.period_not_found", HttpStatus.NOT_FOUND),
    STANDARD_WEEK_REQUIRED("calendar.standard_week_required", HttpStatus.UNPROCESSABLE_ENTITY),
    YEAR_ALREADY_CONFIRMED("calendar.year_already_confirmed", HttpStatus.CONFLICT),
    CSV_INVALID("calendar.csv_invalid", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    CalendarError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
