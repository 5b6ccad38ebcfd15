package org.motcua.payments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.motcua.payments.PaymentsStore.PaymentRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * VNPay's merchant API (POST JSON): {@code querydr} asks where a transaction stands, {@code refund} gives
 * money back. Requests and answers are signed with the pipe-joined hashes of version 2.1.0; an answer
 * whose hash does not match is not believed. Peers answer HTTP 200 even on failure: the outcome is {@code
 * vnp_ResponseCode}.
 */
@Component
class VnpayApi {

    private static final Logger log = LoggerFactory.getLogger(VnpayApi.class);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final HttpClient http;
    private final JsonMapper json;
    private final GatewayStore gateways;
    private final Clock clock;
    private final Duration timeout;
    private final String serverIp;
    private volatile String localBase = "http://127.0.0.1:8080";

    VnpayApi(
            JsonMapper json,
            GatewayStore gateways,
            Clock clock,
            @Value("${motcua.payments.gateway-timeout:PT20S}") Duration timeout,
            @Value("${motcua.payments.server-ip:127.0.0.1}") String serverIp) {
        this.json = json;
        this.gateways = gateways;
        this.clock = clock;
        this.timeout = timeout;
        this.serverIp = serverIp;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The demo gateway is this application: a relative API address is resolved against its own port. */
    @EventListener
    void started(WebServerInitializedEvent event) {
        localBase = "http://127.0.0.1:" + event.getWebServer().getPort();
    }

    /** What the gateway says about one transaction; {@code verified} false when its hash did not match. */
    record Answer(
            boolean verified,
            String responseCode,
            String message,
            String transactionStatus,
            Long amountVnd,
            String transactionNo,
            String transactionType) {

        boolean succeeded() {
            return verified && "00".equals(responseCode);
        }

        boolean paid() {
            return succeeded() && "00".equals(transactionStatus);
        }
    }

    /** The gateway did not answer in time, or answered nothing readable. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Answer querydr(GatewaySettings s, PaymentRow p) {
        LocalDateTime now = LocalDateTime.now(clock);
        String requestId = requestId();
        String createDate = STAMP.format(now);
        String orderInfo = "Truy van giao dich " + p.reference();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("vnp_RequestId", requestId);
        body.put("vnp_Version", Vnpay.VERSION);
        body.put("vnp_Command", "querydr");
        body.put("vnp_TmnCode", s.tmnCode());
        body.put("vnp_TxnRef", p.reference());
        body.put("vnp_OrderInfo", orderInfo);
        body.put("vnp_TransactionDate", p.gatewayCreateDate());
        body.put("vnp_CreateDate", createDate);
        body.put("vnp_IpAddr", serverIp);
        body.put(
                "vnp_SecureHash",
                Vnpay.pipeHash(
                        s.hashSecret(),
                        requestId,
                        Vnpay.VERSION,
                        "querydr",
                        s.tmnCode(),
                        p.reference(),
                        p.gatewayCreateDate(),
                        createDate,
                        serverIp,
                        orderInfo));
        JsonNode answer = post(s, body, "QUERYDR", p.reference());
        return read(s, answer, true);
    }

    Answer refund(GatewaySettings s, PaymentRow p, long amountVnd, String by) {
        LocalDateTime now = LocalDateTime.now(clock);
        String requestId = requestId();
        String createDate = STAMP.format(now);
        String type = amountVnd == p.amountVnd() && p.refundedVnd() == 0 ? "02" : "03";
        String amount = Long.toString(Math.multiplyExact(amountVnd, 100));
        String transactionNo = p.gatewayTransactionNo() == null ? "0" : p.gatewayTransactionNo();
        String createBy = Vnpay.plain(by);
        String orderInfo = "Hoan tien giao dich " + p.reference();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("vnp_RequestId", requestId);
        body.put("vnp_Version", Vnpay.VERSION);
        body.put("vnp_Command", "refund");
        body.put("vnp_TmnCode", s.tmnCode());
        body.put("vnp_TransactionType", type);
        body.put("vnp_TxnRef", p.reference());
        body.put("vnp_Amount", amount);
        body.put("vnp_TransactionNo", transactionNo);
        body.put("vnp_TransactionDate", p.gatewayCreateDate());
        body.put("vnp_CreateBy", createBy);
        body.put("vnp_CreateDate", createDate);
        body.put("vnp_IpAddr", serverIp);
        body.put("vnp_OrderInfo", orderInfo);
        body.put(
                "vnp_SecureHash",
                Vnpay.pipeHash(
                        s.hashSecret(),
                        requestId,
                        Vnpay.VERSION,
                        "refund",
                        s.tmnCode(),
                        type,
                        p.reference(),
                        amount,
                        transactionNo,
                        p.gatewayCreateDate(),
                        createBy,
                        createDate,
                        serverIp,
                        orderInfo));
        JsonNode answer = post(s, body, "REFUND", p.reference());
        return read(s, answer, false);
    }

    private JsonNode post(GatewaySettings s, Map<String, String> body, String direction, String reference) {
        String url = s.apiUrl().startsWith("/") ? localBase + s.apiUrl() : s.apiUrl();
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(timeout)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            gateways.log(
                    now,
                    direction,
                    reference,
                    answer.path("vnp_ResponseCode").asString(""),
                    true,
                    "HTTP " + response.statusCode(),
                    response.body());
            return answer;
        } catch (IOException | RuntimeException e) {
            gateways.log(
                    now,
                    direction,
                    reference,
                    null,
                    false,
                    "unreachable: " + e.getClass().getSimpleName(),
                    null);
            log.warn("VNPay {} for {} failed: {}", direction, reference, e.toString());
            throw new Unreachable("VNPay " + direction + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    private static Answer read(GatewaySettings s, JsonNode a, boolean query) {
        String[] values = (query ? Vnpay.QUERY_ANSWER : Vnpay.REFUND_ANSWER)
                .stream().map(field -> text(a, field)).toArray(String[]::new);
        String received = text(a, Vnpay.HASH);
        boolean verified = !received.isEmpty()
                && java.security.MessageDigest.isEqual(
                        Vnpay.pipeHash(s.hashSecret(), values).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        received.toLowerCase(java.util.Locale.ROOT)
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String amount = text(a, "vnp_Amount");
        Long amountVnd = amount.matches("\\d{1,15}") ? Long.parseLong(amount) / 100 : null;
        return new Answer(
                verified,
                text(a, "vnp_ResponseCode"),
                text(a, "vnp_Message"),
                text(a, "vnp_TransactionStatus"),
                amountVnd,
                text(a, "vnp_TransactionNo"),
                text(a, "vnp_TransactionType"));
    }

    private static String text(JsonNode a, String field) {
        JsonNode n = a.get(field);
        return n == null || n.isNull() ? "" : n.asString();
    }

    private static String requestId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
