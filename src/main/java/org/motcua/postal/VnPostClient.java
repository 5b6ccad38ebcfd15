package org.motcua.postal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motcua.postal.CarrierHttp.Answer;
import tools.jackson.databind.JsonNode;

/**
 * VNPost's MyVNPost partner API ({@code connect-my.vnpost.vn/customer-partner}): {@code GetAccessToken},
 * then every call with the header {@code token}; {@code CreateOrder} with our reference as
 * {@code saleOrderCode}; {@code ServicesCharge} for the postage; {@code GetStatusHistoryOrder} polled for
 * the status (VNPost publishes no callback payload). Field names of the login and the charge request are
 * not public: see docs/postal.md before going live.
 */
final class VnPostClient implements CarrierClient {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PostalSettings.Account account;
    private final CarrierHttp http;
    private volatile String token;

    VnPostClient(PostalSettings.Account account) {
        this.account = account;
        this.http = new CarrierHttp(account.baseUrl(), account.timeout());
    }

    @Override
    public long price(Parcel parcel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerCode", account.customerCode());
        body.put("contractCode", account.contractCode());
        body.put("serviceCode", account.serviceCode());
        body.put("senderProvinceCode", parcel.sender().provinceCode());
        body.put("senderCommuneCode", parcel.sender().communeCode());
        body.put("receiverProvinceCode", parcel.receiver().provinceCode());
        body.put("receiverCommuneCode", parcel.receiver().communeCode());
        body.put("weight", String.valueOf(parcel.weightGrams()));
        JsonNode answer = verdict(call("/ServicesCharge", body));
        JsonNode fee = answer.isArray() && !answer.isEmpty() ? answer.get(0) : answer;
        long total = fee.path("totalFee").asLong(-1);
        if (total < 0) {
            throw CarrierException.refused("VNPost gave no totalFee");
        }
        return total;
    }

    @Override
    public Created create(Parcel parcel) {
        Map<String, Object> order = new LinkedHashMap<>();
        party(order, "sender", parcel.sender());
        party(order, "receiver", parcel.receiver());
        order.put("serviceCode", account.serviceCode());
        order.put("addonService", List.of());
        order.put("additionRequest", List.of());
        order.put("saleOrderCode", parcel.reference());
        order.put("contentNote", parcel.content());
        order.put("weight", String.valueOf(parcel.weightGrams()));
        order.put("vehicle", "BO");
        order.put("sendType", "1"); // collected by the postman at the sender; 2 = dropped at the post office
        order.put("isBroken", "0");
        order.put("deliveryTime", "N");
        order.put("deliveryRequire", "1");
        order.put("deliveryInstruction", "Giao tận tay người nhận, kiểm tra giấy tờ tùy thân");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderCreationStatus", 1);
        body.put("type", "GUI");
        body.put("customerCode", account.customerCode());
        body.put("contractCode", account.contractCode());
        body.put("informationOrder", order);
        JsonNode answer = verdict(call("/CreateOrder", body));
        String itemCode = CarrierHttp.text(answer, "itemCode");
        if (itemCode.isBlank()) {
            throw CarrierException.refused("VNPost created no itemCode");
        }
        long fee = answer.path("totalFee").asLong(-1);
        return new Created(itemCode, fee < 0 ? null : fee);
    }

    @Override
    public List<StatusReport> track(String trackingNumber, String reference) {
        if (trackingNumber == null) {
            return List.of();
        }
        Answer a = call(
                "/GetStatusHistoryOrder?type=2&code=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8),
                null);
        JsonNode answer = verdict(a);
        List<StatusReport> reports = new ArrayList<>();
        JsonNode data = answer.has("data") ? answer.get("data") : answer;
        for (JsonNode order : data.isArray() ? data : List.of(data)) {
            for (JsonNode h : order.path("statusHistory")) {
                reports.add(new StatusReport(
                        trackingNumber,
                        reference,
                        h.path("statusCode").asString(""),
                        CarrierHttp.text(h, "statusName"),
                        when(CarrierHttp.text(h, "createdDate"), CarrierHttp.text(h, "createHour")),
                        null));
            }
        }
        return reports;
    }

    private static void party(Map<String, Object> order, String side, Party p) {
        order.put(side + "Name", p.name());
        order.put(side + "Phone", p.phone());
        order.put(side + "Mail", p.email());
        order.put(side + "Address", p.address());
        order.put(side + "ProvinceCode", p.provinceCode());
        order.put(side + "ProvinceName", p.provinceName());
        // No districts since the 2025 reform: the commune hangs directly under the province.
        order.put(side + "DistrictCode", "");
        order.put(side + "DistrictName", "");
        order.put(side + "CommuneCode", p.communeCode());
        order.put(side + "CommuneName", p.communeName());
    }

    /** Calls with the token, logging in first and once more when the token was refused. */
    private Answer call(String path, Object body) {
        for (int attempt = 0; ; attempt++) {
            String t = token != null ? token : login();
            Map<String, String> headers = Map.of("token", t);
            Answer a = body == null ? http.get(path, headers) : http.post(path, body, headers);
            if ((a.status() == 401 || a.status() == 403) && attempt == 0) {
                token = null;
                continue;
            }
            return a;
        }
    }

    private synchronized String login() {
        if (token != null) {
            return token;
        }
        Answer a = http.post(
                "/GetAccessToken",
                Map.of(
                        "username",
                        account.username(),
                        "password",
                        account.password(),
                        "customerCode",
                        account.customerCode()),
                Map.of());
        String t = CarrierHttp.text(a.body(), "token");
        if (t.isBlank()) {
            t = CarrierHttp.text(a.body().path("data"), "token");
        }
        if (a.status() >= 400 || t.isBlank()) {
            throw CarrierException.refused("VNPost refused the login (HTTP " + a.status() + ")");
        }
        token = t;
        return t;
    }

    /** The body of a good answer; a Spring-style error body ({@code status, error, message}) is a refusal. */
    private static JsonNode verdict(Answer a) {
        if (a.status() >= 400) {
            String message = CarrierHttp.text(a.body(), "message");
            throw CarrierException.refused("VNPost: " + (message.isBlank() ? "HTTP " + a.status() : message));
        }
        return a.body();
    }

    private static LocalDateTime when(String date, String hour) {
        try {
            LocalDate d = LocalDate.parse(date.strip(), DATE);
            LocalTime t = hour.isBlank()
                    ? LocalTime.MIDNIGHT
                    : LocalTime.parse(hour.strip().length() == 5 ? hour.strip() + ":00" : hour.strip());
            return d.atTime(t);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
