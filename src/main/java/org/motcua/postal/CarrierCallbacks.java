package org.motcua.postal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.motcua.postal.CarrierClient.StatusReport;
import org.motcua.shared.ProblemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Status callbacks from carriers. ViettelPost posts {@code {"DATA": {…}, "TOKEN": "<secret>"}}; the token
 * is compared in constant time with the account's {@code callback-token}. The answer is ViettelPost's own
 * shape ({@code status} 200 ok, 201 token invalid, 207 no order found, 205 unreadable) with HTTP 200, as it
 * expects; a refused callback is kept in {@code postal.refused_callback} and logged. A repeated callback
 * changes nothing and is answered 200.
 */
@RestController
@Tag(name = "Postal callbacks", description = "Delivery status reports sent by carriers")
class CarrierCallbacks {

    private static final Logger log = LoggerFactory.getLogger(CarrierCallbacks.class);

    private final Postal postal;
    private final CarrierAccounts accounts;
    private final Shipments shipments;

    CarrierCallbacks(Postal postal, CarrierAccounts accounts, Shipments shipments) {
        this.postal = postal;
        this.accounts = accounts;
        this.shipments = shipments;
    }

    /** ViettelPost's answer to a webhook. */
    record VtpAnswer(int status, boolean error, String message) {}

    @PostMapping(path = "/api/v1/public/postal/viettelpost/{account}", consumes = "application/json")
    @ProblemResponse(status = 400, codes = "request.malformed")
    @Operation(summary = "ViettelPost order status webhook (DATA + shared TOKEN), answered in ViettelPost's shape")
    VtpAnswer viettelPost(@PathVariable String account, @RequestBody String body) {
        Optional<CarrierAccounts.Account> a =
                accounts.named(account).filter(x -> x.carrier() == Carrier.VIETTELPOST || x.carrier() == Carrier.DEMO);
        JsonNode root;
        try {
            root = CarrierHttp.JSON.readTree(body);
        } catch (JacksonException e) {
            return refuse(Carrier.VIETTELPOST, account, "unreadable", body, 205, "body unreadable");
        }
        if (a.isEmpty()) {
            return refuse(Carrier.VIETTELPOST, account, "unknown_account", body, 204, "account not found");
        }
        String expected = a.get().settings().callbackToken();
        String given = CarrierHttp.text(root, "TOKEN");
        if (expected.isBlank()
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return refuse(Carrier.VIETTELPOST, account, "bad_token", body, 201, "token invalid");
        }
        JsonNode data = root.path("DATA");
        String number = CarrierHttp.text(data, "ORDER_NUMBER");
        String reference = CarrierHttp.text(data, "ORDER_REFERENCE");
        String code = CarrierHttp.text(data, "ORDER_STATUS");
        if (code.isBlank() || (number.isBlank() && reference.isBlank())) {
            return refuse(
                    Carrier.VIETTELPOST, account, "incomplete", body, 205, "ORDER_STATUS and ORDER_NUMBER required");
        }
        StatusReport report = new StatusReport(
                number.isBlank() ? null : number,
                reference.isBlank() ? null : reference,
                code,
                CarrierHttp.text(data, "STATUS_NAME"),
                time(CarrierHttp.text(data, "ORDER_STATUSDATE")),
                note(data));
        Shipments.Applied applied = postal.report(a.get().carrier(), report, "CALLBACK");
        if (applied.outcome() == Shipments.Outcome.UNKNOWN) {
            return refuse(Carrier.VIETTELPOST, account, "unknown_order", body, 207, "no order found");
        }
        return new VtpAnswer(200, false, applied.outcome() == Shipments.Outcome.DUPLICATE ? "already received" : "ok");
    }

    private VtpAnswer refuse(Carrier carrier, String account, String reason, String body, int status, String message) {
        log.warn("{} callback refused for account {}: {}", carrier, account, reason);
        shipments.refusedCallback(carrier, account, reason, body);
        return new VtpAnswer(status, true, message);
    }

    private static String note(JsonNode data) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("", CarrierHttp.text(data, "NOTE"));
        parts.put("Vị trí: ", CarrierHttp.text(data, "LOCALION_CURRENTLY"));
        StringBuilder b = new StringBuilder();
        parts.forEach((label, value) -> {
            if (!value.isBlank()) {
                b.append(b.isEmpty() ? "" : "; ").append(label).append(value.strip());
            }
        });
        return b.isEmpty() ? null : b.toString();
    }

    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text.strip(), ViettelPostClient.TIME);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
