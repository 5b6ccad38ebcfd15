package org.motcua.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with a trace id (taken from a W3C {@code traceparent} header or made up),
 * echoed in {@code X-Trace-Id} and in every problem document. Only method, path, status and duration
 * are logged: query strings may carry personal data (ID numbers) and are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String TRACE_ID = "traceId";
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final Logger log = LoggerFactory.getLogger("motcua.request");

    private final java.util.List<UnloggedPaths> unlogged;

    RequestLogFilter(java.util.List<UnloggedPaths> unlogged) {
        this.unlogged = java.util.List.copyOf(unlogged);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (unlogged.stream().anyMatch(u -> u.covers(request.getRequestURI()))) {
            chain.doFilter(request, response); // no trace id either: nothing to match against
            return;
        }
        String traceId = traceId(request.getHeader("traceparent"));
        MDC.put(TRACE_ID, traceId);
        // Error pages are rendered after this filter returns: they find the id on the request.
        request.setAttribute(TRACE_ID, traceId);
        response.setHeader("X-Trace-Id", traceId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info(
                    "{} {} {} {}ms",
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
            MDC.remove(TRACE_ID);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static String traceId(String traceparent) {
        if (traceparent != null) {
            var m = TRACEPARENT.matcher(traceparent);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return newTraceId();
    }

    static String newTraceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
