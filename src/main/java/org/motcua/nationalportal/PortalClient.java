package org.motcua.nationalportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's envelope (docs/integration.md): log in with user name and password for a session, reused for
 * {@code session}; every call is a POST of {@code {session, madonvi, service, …}} with the {@code dstcode}
 * header, answered by {@code error_code} (0 = done, possibly the string "0"). A refused session is
 * answered by logging in again and repeating the call once.
 */
@Component
class PortalClient {

    private final NationalPortalSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final Environment environment;
    private final boolean demo;
    private final HttpClient http;

    private String session;
    private Instant sessionUntil = Instant.MIN;

    PortalClient(NationalPortalSettings settings, JsonMapper json, Clock clock, Environment environment) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.environment = environment;
        this.demo = environment.getProperty("motcua.demo", Boolean.class, false);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** Whether a portal is configured (or the demo's fake one stands in). */
    boolean configured() {
        // The fake portal answers only where this application serves HTTP (not in a MockMvc test).
        return !settings.adapterUrl().isBlank() || (demo && environment.getProperty("local.server.port") != null);
    }

    /** Where the calls go: the configured adapter, or in demo mode the fake portal of this application. */
    String base() {
        if (!settings.adapterUrl().isBlank()) {
            return settings.adapterUrl().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", "8080");
        return "http://localhost:" + port + DemoNationalPortal.BASE;
    }

    /** Calls {@code service} with {@code params}; the whole answer when its {@code error_code} is 0. */
    JsonNode call(String service, Map<String, Object> params) {
        try {
            return callOnce(service, params);
        } catch (SessionRefused refused) {
            forgetSession();
            return callOnce(service, params);
        }
    }

    private JsonNode callOnce(String service, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", session());
        body.put("madonvi", settings.agencyCode());
        body.put("service", service);
        body.putAll(params);
        JsonNode answer = post(settings.integrationEndpoint(), body);
        String code = answer.path("error_code").asString("");
        if (!"0".equals(code.trim())) {
            String message = answer.path("message").asString("");
            if (message.toLowerCase().contains("session")) {
                throw new SessionRefused(message);
            }
            throw new PortalException(
                    service + ": error_code " + (code.isBlank() ? "missing" : code)
                            + (message.isBlank() ? "" : " (" + message + ")"),
                    false);
        }
        return answer;
    }

    private synchronized String session() {
        if (session != null && clock.instant().isBefore(sessionUntil)) {
            return session;
        }
        JsonNode answer =
                post(settings.authEndpoint(), Map.of("username", settings.username(), "password", settings.password()));
        String code = answer.path("error_code").asString("");
        String token = answer.path("session").asString("");
        if (!"0".equals(code.trim()) || token.isBlank()) {
            throw new PortalException("login refused: error_code " + code, false);
        }
        session = token;
        sessionUntil = clock.instant().plus(settings.session());
        return session;
    }

    synchronized void forgetSession() {
        session = null;
    }

    private JsonNode post(String path, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Charset", "utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (!settings.dstcode().isBlank()) {
            request.header("dstcode", settings.dstcode());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PortalException("portal unreachable: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException("interrupted", true);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PortalException("portal answered HTTP " + response.statusCode(), true);
        }
        try {
            JsonNode node =
                    json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
            if (!node.isObject()) {
                throw new PortalException("portal answered something other than a JSON object", false);
            }
            return node;
        } catch (JacksonException e) {
            throw new PortalException("portal answered HTTP 200 with a body that is not JSON", false);
        }
    }

    /** The portal no longer knows the session: log in again and repeat once. */
    private static final class SessionRefused extends PortalException {
        SessionRefused(String message) {
            super("session refused: " + message, false);
        }
    }
}
