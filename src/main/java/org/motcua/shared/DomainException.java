package org.motcua.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business rule or request that cannot be honoured. The {@link #code()} is stable (clients and tests
 * rely on it) and names the message keys {@code problem.<code>.title} and {@code problem.<code>.detail}
 * in the message bundles; {@link #args()} fill the detail's placeholders.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    public DomainException(String code, HttpStatus status, Object... args) {
        this(code, status, List.of(), args);
    }

    public DomainException(String code, HttpStatus status, List<FieldError> fieldErrors, Object... args) {
        super(code);
        this.code = code;
        this.status = status;
        this.args = args.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(code, HttpStatus.NOT_FOUND, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(code, HttpStatus.CONFLICT, args);
    }

    public static DomainException unprocessable(String code, Object... args) {
        return new DomainException(code, HttpStatus.UNPROCESSABLE_ENTITY, args);
    }

    public static DomainException invalid(String code, List<FieldError> fieldErrors, Object... args) {
        return new DomainException(code, HttpStatus.BAD_REQUEST, fieldErrors, args);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
