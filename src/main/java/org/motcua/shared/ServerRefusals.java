package org.motcua.shared;

import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before the application sees them (a request line or headers over its limit,
 * an encoded slash or a path that climbs above the root) are answered like every other error: a problem
 * document, or a plain page in the reader's language for browsers, instead of Tomcat's English page.
 * Tomcat's error report valve is replaced by one that writes them; it only ever writes when nothing
 * else did, so errors the application handled itself are untouched.
 */
@Component
class ServerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<Problems> problems;
    private final ObjectProvider<JsonMapper> json;

    ServerRefusals(ObjectProvider<Problems> problems, ObjectProvider<JsonMapper> json) {
        this.problems = problems;
        this.json = json;
    }

    /** After Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemValve(problems, json));
            // Otherwise the host adds Tomcat's own valve again when it starts.
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    static final class ProblemValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger("motcua.request");

        private final ObjectProvider<Problems> problems;
        private final ObjectProvider<JsonMapper> json;

        ProblemValve(ObjectProvider<Problems> problems, ObjectProvider<JsonMapper> json) {
            this.problems = problems;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's valve: only an error that was sent and that nobody has written a body for.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            Problems builder = problems.getIfAvailable();
            JsonMapper mapper = json.getIfAvailable();
            if (!ioAllowed.get() || builder == null || mapper == null) {
                return;
            }
            String traceId = RequestLogFilter.newTraceId();
            request.setAttribute(RequestLogFilter.TRACE_ID, traceId);
            HttpStatus httpStatus = HttpStatus.resolve(status);
            ProblemDetail problem = builder.of(
                    httpStatus == null ? HttpStatus.BAD_REQUEST : httpStatus, StatusCodes.of(status), request);
            log.info("{} {} refused by the server [{}]", request.getMethod(), status, traceId);
            try {
                response.setHeader("X-Trace-Id", traceId);
                String body;
                if (wantsHtml(request)) {
                    response.setContentType(MediaType.TEXT_HTML_VALUE);
                    body = page(problem, builder, request, traceId);
                } else {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    body = mapper.writeValueAsString(problem);
                }
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (Exception e) {
                log.debug("Could not write the refusal", e);
            }
        }

        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8"); // markup only: Vietnamese letters stay readable
        }

        private static boolean wantsHtml(Request request) {
            String accept = request.getHeader("Accept");
            return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        }

        /** The application's error page says the same; this one needs no template, session or model. */
        private static String page(ProblemDetail problem, Problems texts, Request request, String traceId) {
            String language = Problems.locale(request).getLanguage();
            return """
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                    <body><main><h1>%s</h1><p>%s</p><p><small>%s: <code>%s</code></small></p>
                    <p><a href="/">%s</a></p></main></body></html>
                    """.formatted(
                            escape(language),
                            escape(problem.getTitle()),
                            escape(problem.getTitle()),
                            escape(problem.getDetail()),
                            escape(texts.text("error.trace", request)),
                            traceId,
                            escape(texts.text("error.home", request)));
        }
    }
}
