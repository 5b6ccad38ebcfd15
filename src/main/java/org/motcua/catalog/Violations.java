package org.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Collects field errors of one request and throws them together, so the client sees all at once. */
final class Violations {

    private final MessageSource messages;
    private final List<FieldError> errors = new ArrayList<>();

    Violations(MessageSource messages) {
        this.messages = messages;
    }

    void add(String field, String code, Object... args) {
        String message = messages.getMessage("field." + code, args, code, LocaleContextHolder.getLocale());
        errors.add(new FieldError(field, code, message));
    }

    void require(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, value == null ? "NotNull" : "NotBlank");
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** 400 with every field error found so far. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
    }

    /** A business rule broken by the fields found so far, e.g. 422 {@code catalog.unknown_reference}. */
    void throwIfAny(String code, Object... args) {
        if (!errors.isEmpty()) {
            throw new DomainException(
                    code, org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, List.copyOf(errors), args);
        }
    }
}
