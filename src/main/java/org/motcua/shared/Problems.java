package org.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Builds every RFC 9457 problem document the application sends, so that all error paths (controllers,
 * security, Boot's error page, filters) look the same: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, a stable {@code code}, {@code errors[]} and the {@code traceId}.
 * Titles and details come from the message bundles in the request's language (Vietnamese by default);
 * no exception text ever reaches the client.
 */
@Component
public class Problems {

    /** Base of the {@code type} URI; the stable code follows it. */
    static final String TYPE_PREFIX = "urn:motcua:problem:";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(DomainException e, HttpServletRequest request) {
        return build(e.status(), e.code(), e.args(), e.fieldErrors(), request);
    }

    public ProblemDetail of(HttpStatusCode status, String code, HttpServletRequest request, Object... args) {
        return build(status, code, args, List.of(), request);
    }

    public ProblemDetail build(
            HttpStatusCode status,
            String code,
            Object[] args,
            List<FieldError> fieldErrors,
            HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(message("problem." + code + ".title", args, locale, "problem.generic.title"));
        problem.setDetail(message("problem." + code + ".detail", args, locale, "problem.generic.detail"));
        URI instance = request == null ? null : instance(request);
        if (instance != null) {
            problem.setInstance(instance);
        }
        problem.setProperty("code", code);
        if (!fieldErrors.isEmpty()) {
            // Rules name the field and a code; the sentence is chosen here, in the caller's language.
            problem.setProperty(
                    "errors",
                    fieldErrors.stream()
                            .map(f -> f.message() != null
                                    ? f
                                    : new FieldError(
                                            f.field(),
                                            f.code(),
                                            messages.getMessage("field." + f.code(), null, f.code(), locale)))
                            .toList());
        }
        String traceId = MDC.get(RequestLogFilter.TRACE_ID);
        if (traceId == null && request != null) {
            traceId = (String) request.getAttribute(RequestLogFilter.TRACE_ID);
        }
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return problem;
    }

    /** A localised message for a field error code, e.g. {@code field.NotBlank}. */
    public String fieldMessage(String code, Object[] args, String fallback, HttpServletRequest request) {
        return messages.getMessage("field." + code, args, fallback, locale(request));
    }

    /** A localised text of the shared bundle, e.g. {@code error.home}, for pages built outside Thymeleaf. */
    String text(String key, HttpServletRequest request) {
        return messages.getMessage(key, null, key, locale(request));
    }

    private String message(String key, Object[] args, Locale locale, String fallbackKey) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage(fallbackKey, null, fallbackKey, locale);
        }
    }

    static Locale locale(HttpServletRequest request) {
        if (request == null) {
            return Languages.VIETNAMESE;
        }
        // Outside the DispatcherServlet (security filters) no resolver is bound: follow the header.
        return RequestContextUtils.getLocaleResolver(request) == null
                ? Languages.fromHeader(request)
                : RequestContextUtils.getLocale(request);
    }

    /**
     * The path the problem occurred at; none when the server refused the request before it had a usable
     * one (no request line, a path that is not a URI, or one too long to be worth echoing).
     */
    private static URI instance(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = forwarded instanceof String s ? s : request.getRequestURI();
        if (path == null || path.isEmpty() || path.length() > MAX_INSTANCE) {
            return null;
        }
        try {
            return URI.create(URI.create(path.replace(" ", "%20")).getRawPath());
        } catch (IllegalArgumentException | NullPointerException notAUri) {
            return null;
        }
    }

    private static final int MAX_INSTANCE = 2048;
}
