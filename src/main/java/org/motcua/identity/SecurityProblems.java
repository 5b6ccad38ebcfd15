package org.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.motcua.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 from the security filters as problem documents, like every other error; also what the
 * firewall refuses (an encoded {@code ../}, a header that is not text), which would otherwise be a bare
 * 400 whatever its cause.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final Problems problems;
    private final JsonMapper json;

    SecurityProblems(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof InvalidTokenException ? "auth.invalid_token" : "auth.required";
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, problems.of(HttpStatus.UNAUTHORIZED, code, request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, problems.of(HttpStatus.FORBIDDEN, "auth.forbidden", request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        if (unreadableBearerToken(request.getHeader("Authorization"))) {
            // Typically a token with letters outside ASCII, which the firewall sees as undecodable bytes:
            // to the client it is just a wrong token.
            commence(request, response, new InvalidTokenException());
            return;
        }
        // The error dispatch answers it: a problem document, or the error page for a browser.
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    /** Tokens are URL-safe Base64: anything outside visible ASCII cannot be one. */
    private static boolean unreadableBearerToken(String header) {
        return header != null
                && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && header.substring(7).strip().chars().anyMatch(c -> c < 0x21 || c > 0x7E);
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
