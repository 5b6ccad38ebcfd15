package org.motcua.postal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.motcua.postal.CarrierClient.CarrierException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTPS to a carrier, with the account's timeout and TLS checks on (never disabled). A timeout,
 * a refused connection or a 5xx is {@code UNAVAILABLE} (retry the same order later); the body of any other
 * answer is returned for the adapter to read, since carriers put their verdict in the body.
 */
final class CarrierHttp {

    /** An answer: the HTTP status and the parsed body (a missing or unreadable body is an empty object). */
    record Answer(int status, JsonNode body) {}

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    CarrierHttp(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    Answer post(String path, Object body, Map<String, String> headers) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("body not serialisable", e);
        }
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Answer postForm(String path, String form, Map<String, String> headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    Answer get(String pathAndQuery, Map<String, String> headers) {
        return send(request(pathAndQuery, headers).GET());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        headers.forEach(b::header);
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw CarrierException.unavailable("carrier timed out after " + timeout, e);
        } catch (IOException e) {
            throw CarrierException.unavailable(
                    "carrier not reachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarrierException.unavailable("interrupted", e);
        }
        if (response.statusCode() >= 500) {
            throw CarrierException.unavailable("carrier answered HTTP " + response.statusCode(), null);
        }
        JsonNode body;
        try {
            String text = response.body();
            body = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JacksonException e) {
            body = JSON.createObjectNode();
        }
        return new Answer(response.statusCode(), body);
    }

    /** A field as text, empty when absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }
}
