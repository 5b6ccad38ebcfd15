package org.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.motcua.shared.WebConfiguration.TextTooLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions thrown by REST controllers become problem documents. Framework
 * exceptions keep their HTTP status but get a stable motcua code and localised text; anything unexpected
 * is logged with its trace id and answered with a bare 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final Problems problems;

    ProblemDetailsHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        return ResponseEntity.status(e.status()).body(problems.of(e, request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.of(HttpStatus.CONFLICT, "conflict.concurrent_update", request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String code = v.getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName();
                    String path = v.getPropertyPath().toString();
                    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
                    return new FieldError(field, code, problems.fieldMessage(code, null, v.getMessage(), request));
                })
                .toList();
        return ResponseEntity.badRequest()
                .body(problems.build(HttpStatus.BAD_REQUEST, "validation.failed", null, errors, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
        // Method security inside a controller: anonymous callers must log in, others lack the right.
        HttpStatus status = request.getUserPrincipal() == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        return ResponseEntity.status(status).body(problems.of(status, StatusCodes.of(status.value()), request));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> authentication(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problems.of(HttpStatus.UNAUTHORIZED, "auth.required", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        // A problem raised while the body was read (a command record refusing its fields, a body over the
        // limit) is answered as itself, not as "malformed".
        for (Throwable t = ex.getCause();
                ex instanceof HttpMessageNotReadableException && t != null;
                t = t.getCause()) {
            if (t instanceof DomainException d) {
                return ResponseEntity.status(d.status()).headers(headers).body(problems.of(d, servletRequest));
            }
        }
        ProblemDetail problem =
                problems.build(status, code(ex, status), null, fieldErrors(ex, servletRequest), servletRequest);
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String code(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case MethodArgumentNotValidException e -> "validation.failed";
            case HandlerMethodValidationException e -> "validation.failed";
            case HttpMessageNotReadableException e ->
                e.getCause() instanceof TextTooLong ? "validation.failed" : "request.malformed";
            case MethodArgumentTypeMismatchException e -> "request.invalid_parameter";
            case MissingServletRequestParameterException e -> "request.missing_parameter";
            case MissingServletRequestPartException e -> "request.missing_parameter";
            case HttpRequestMethodNotSupportedException e -> "request.method_not_allowed";
            case HttpMediaTypeNotSupportedException e -> "request.unsupported_media_type";
            case HttpMediaTypeNotAcceptableException e -> "request.not_acceptable";
            case MaxUploadSizeExceededException e -> "request.too_large";
            case NoResourceFoundException e -> "request.not_found";
            default -> StatusCodes.of(status.value());
        };
    }

    private List<FieldError> fieldErrors(Exception ex, HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        BindingResult binding = ex instanceof MethodArgumentNotValidException m ? m.getBindingResult() : null;
        if (binding != null) {
            binding.getFieldErrors()
                    .forEach(f -> errors.add(new FieldError(
                            f.getField(),
                            f.getCode(),
                            problems.fieldMessage(f.getCode(), null, f.getDefaultMessage(), request))));
            binding.getGlobalErrors()
                    .forEach(g -> errors.add(new FieldError(
                            g.getObjectName(),
                            g.getCode(),
                            problems.fieldMessage(g.getCode(), null, g.getDefaultMessage(), request))));
        }
        if (ex instanceof HandlerMethodValidationException h) {
            h.getParameterValidationResults()
                    .forEach(r -> r.getResolvableErrors().forEach(err -> {
                        String code = err.getCodes() == null || err.getCodes().length == 0
                                ? "Invalid"
                                : last(err.getCodes()[err.getCodes().length - 1]);
                        errors.add(new FieldError(
                                r.getMethodParameter().getParameterName(),
                                code,
                                problems.fieldMessage(code, null, err.getDefaultMessage(), request)));
                    }));
        }
        if (ex instanceof MethodArgumentTypeMismatchException m) {
            errors.add(new FieldError(
                    m.getName(), "TypeMismatch", problems.fieldMessage("TypeMismatch", null, null, request)));
        }
        if (ex instanceof MissingServletRequestParameterException m) {
            errors.add(new FieldError(
                    m.getParameterName(), "NotNull", problems.fieldMessage("NotNull", null, null, request)));
        }
        if (ex instanceof HttpMessageNotReadableException m && m.getCause() instanceof TextTooLong tooLong) {
            String field = JsonPaths.fieldOf(tooLong);
            errors.add(new FieldError(
                    field == null ? "body" : field, "Size", problems.fieldMessage("Size", null, null, request)));
        } else if (ex instanceof HttpMessageNotReadableException m && m.getCause() != null) {
            String field = JsonPaths.fieldOf(m.getCause());
            if (field != null) {
                errors.add(new FieldError(
                        field, "TypeMismatch", problems.fieldMessage("TypeMismatch", null, null, request)));
            }
        }
        return errors;
    }

    private static String last(String code) {
        return code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
    }
}
