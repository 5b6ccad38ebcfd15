package org.motcua.queue;

import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.http.HttpStatus;

/**
 * Stable machine codes of the queue module's refusals, with the HTTP status they answer. The message keys
 * {@code problem.<code>.title/detail} are in {@code i18n/queue_*.properties}. Never rename one.
 */
public enum QueueError {
    GROUP_NOT_FOUND("queue.group_not_found", HttpStatus.NOT_FOUND),
    GROUP_CLOSED("queue.group_closed", HttpStatus.UNPROCESSABLE_ENTITY),
    TICKET_NOT_FOUND("queue.ticket_not_found", HttpStatus.NOT_FOUND),
    /** Another console called it first, or it was already called, skipped or finished. */
    TICKET_TAKEN("queue.ticket_taken", HttpStatus.CONFLICT),
    TICKET_NOT_YOURS("queue.ticket_not_yours", HttpStatus.CONFLICT),
    TICKET_STATE("queue.ticket_state", HttpStatus.CONFLICT),
    /** The officer still has a visitor called or being served. */
    TICKET_IN_HAND("queue.ticket_in_hand", HttpStatus.CONFLICT),
    NOBODY_WAITING("queue.nobody_waiting", HttpStatus.CONFLICT),
    NO_COUNTER("queue.no_counter", HttpStatus.UNPROCESSABLE_ENTITY),
    SAME_GROUP("queue.same_group", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_NOT_FOUND("queue.booking_not_found", HttpStatus.NOT_FOUND),
    BOOKING_IN_PAST("queue.booking_in_past", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_NOT_WORKING_DAY("queue.booking_not_working_day", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_NO_SUCH_SLOT("queue.booking_no_such_slot", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_FULL("queue.booking_full", HttpStatus.CONFLICT),
    BOOKING_TOO_FAR("queue.booking_too_far", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_NOT_TODAY("queue.booking_not_today", HttpStatus.UNPROCESSABLE_ENTITY),
    BOOKING_STATE("queue.booking_state", HttpStatus.CONFLICT),
    FORBIDDEN("queue.forbidden", HttpStatus.FORBIDDEN),
    INVALID_INPUT("queue.invalid_input", HttpStatus.BAD_REQUEST),
    WHAT_IF_OUT_OF_RANGE("queue.what_if_out_of_range", HttpStatus.BAD_REQUEST);

    private final String code;
    private final HttpStatus status;

    QueueError(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public DomainException exception(Object... args) {
        return new DomainException(code, status, args);
    }

    public DomainException invalid(String field, String message) {
        return new DomainException(code, status, List.of(new FieldError(field, code, message)));
    }
}
