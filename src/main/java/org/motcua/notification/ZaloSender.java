package org.motcua.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo Official Account template messages (ZNS) over Zalo's HTTP API: the phone (84…), the approved
 * template's id and its data (the parameters the message was rendered with, {@link ZnsTemplate}), with the
 * outbox id as tracking id. Zalo
 * answers {@code {"error": 0, "data": {"msg_id": …}}} when it took the message; another error code is a
 * refusal, retried only when it says the token expired or the quota is exhausted for now.
 */
class ZaloSender implements ChannelSender {

    /** Zalo's codes for an expired access token and for too many requests: worth another try later. */
    private static final Set<Integer> RETRIED = Set.of(-124, -32);

    private final ZaloSettings settings;
    private final HttpClient http;
    private final JsonMapper json;

    ZaloSender(ZaloSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.ZALO;
    }

    @Override
    public String provider() {
        return "Zalo OA " + URI.create(settings.url()).getHost();
    }

    @Override
    public String send(OutboxMessage message) throws DeliveryException {
        String template = message.subject();
        if (template == null || !ZnsTemplate.ID.matcher(template).matches()) {
            throw DeliveryException.permanent("no ZNS template id for " + message.trigger());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", message.recipient().replace("+", ""));
        body.put("template_id", template);
        body.put("template_data", ZnsTemplate.parameters(message.body()));
        body.put("tracking_id", message.id().toString());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("access_token", settings.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw DeliveryException.transientFailure("Zalo timed out after " + settings.timeout(), e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("Zalo unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("interrupted", e);
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw DeliveryException.transientFailure("Zalo answered " + response.statusCode(), null);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            throw DeliveryException.transientFailure(
                    "Zalo answered " + response.statusCode() + " without JSON: "
                            + HttpSmsSender.abbreviated(response.body()),
                    e);
        }
        int error = answer.path("error").asInt(-1);
        if (error != 0) {
            String text = "Zalo error " + error + ": " + answer.path("message").asString("");
            if (RETRIED.contains(error)) {
                throw DeliveryException.transientFailure(text, null);
            }
            throw DeliveryException.permanent(text);
        }
        JsonNode id = answer.path("data").path("msg_id");
        return id.isMissingNode() || id.isNull() ? null : id.asString();
    }
}
