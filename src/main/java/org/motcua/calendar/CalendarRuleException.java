package org.motcua.calendar;

import java.util.List;
import java.util.Objects;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;

/**
 * Calendar input that cannot be honoured: a stable {@link CalendarError} code and the name of the
 * offending field. The exception message is for logs only; clients get the localised problem document
 * built by {@code CalendarProblems} (field message {@code field.<code>} of the calendar bundle).
 */
public final class CalendarRuleException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final CalendarError error;
    private final String field;
    private final String detail;

    public CalendarRuleException(CalendarError error, String field, String message) {
        super(error.code(), error.status(), List.of(new FieldError(field, error.code(), null)));
        this.error = Objects.requireNonNull(error, "error");
        this.field = Objects.requireNonNull(field, "field");
        this.detail = error.code() + " [" + field + "]: " + message;
    }

    /** Names the code, the field and the offending value, for logs only. */
    @Override
    public String getMessage() {
        return detail;
    }

    public CalendarError error() {
        return error;
    }

    /** The input field the rule is about, e.g. {@code amount} or {@code sessions.MONDAY}. */
    public String field() {
        return field;
    }
}
