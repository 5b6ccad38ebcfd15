package org.motcua.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway's JSON API ({@code motcua.sms.http.*}): the configured body with the
 * recipient, sender and text filled in, posted with the configured credentials. A 4xx answer (other than
 * 408 and 429) is a permanent refusal; 5xx, 408, 429, a timeout or a broken connection are retried.
 */
class HttpSmsSender implements ChannelSender {

    private final SmsSettings settings;
    private final HttpClient http;
    private final JsonMapper json;

    HttpSmsSender(SmsSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.http().timeout())
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public String provider() {
        return "HTTP " + URI.create(settings.http().url()).getHost();
    }

    @Override
    public String send(OutboxMessage message) throws DeliveryException {
        SmsSettings.Http config = settings.http();
        String text = settings.unaccented() ? SmsText.unaccented(message.body()) : message.body();
        String body = config.body()
                .replace("{to}", quoted(message.recipient()))
                .replace("{sender}", quoted(settings.sender()))
                .replace("{text}", quoted(text))
                .replace("{id}", quoted(message.id().toString()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!config.username().isBlank()) {
            String basic = config.username() + ":" + config.password();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        } else if (!config.token().isBlank()) {
            request.header("Authorization", "Bearer " + config.token());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw DeliveryException.transientFailure("gateway timed out after " + config.timeout(), e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("gateway unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw DeliveryException.permanent("gateway refused (" + status + "): " + abbreviated(response.body()));
        }
        if (status < 200 || status >= 300) {
            throw DeliveryException.transientFailure(
                    "gateway answered " + status + ": " + abbreviated(response.body()), null);
        }
        return messageId(response.body(), config.messageIdField());
    }

    private String messageId(String body, String field) {
        try {
            JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
            for (String part : field.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node == null || node.isNull() ? null : node.asString();
        } catch (JacksonException e) {
            return null; // taken, but the answer names no id: receipts cannot be matched
        }
    }

    private String quoted(String value) {
        return json.writeValueAsString(value);
    }

    static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
