package org.motcua.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.shared.Vietnam;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock plays VNPay's merchant API for the department's own merchant account: querydr settles a payment
 * whose IPN never came, refunds go to the gateway first, timeouts and bad checksums change nothing, and the
 * daily reconciliation lists what disagrees.
 */
class VnpayGatewayTests extends PaymentsTestSupport {

    static final WireMockServer vnpay = new WireMockServer(options().dynamicPort());
    static final String SECRET = "WIREMOCK-SECRET-0123456789";

    @Autowired
    PaymentSweep sweep;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    JsonMapper json;

    String tmn;

    @BeforeAll
    static void start() {
        vnpay.start();
    }

    @AfterAll
    static void stop() {
        vnpay.stop();
    }

    static LocalDate today() {
        return LocalDate.now(Vietnam.ZONE);
    }

    /** The department goes back to the demo's account (the center's), for the other tests of the context. */
    @AfterEach
    void noMerchant() {
        jdbc.sql("delete from payments.gateway_settings where agency_id = :a")
                .param("a", department)
                .update();
    }

    @BeforeEach
    void merchant() {
        vnpay.resetAll();
        tmn = "WM" + run.toUpperCase();
        gateways.save(new GatewaySettings(
                department,
                PaymentMethod.VNPAY,
                tmn,
                SECRET,
                "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
                vnpay.baseUrl() + "/merchant_webapi/api/transaction",
                true,
                LocalDateTime.now(),
                "test"));
    }

    /** A signed querydr answer, as VNPay sends it. */
    String queryAnswer(String reference, long amountVnd, String responseCode, String transactionStatus, String secret) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("vnp_ResponseId", "r" + reference);
        a.put("vnp_Command", "querydr");
        a.put("vnp_ResponseCode", responseCode);
        a.put("vnp_Message", "QueryDR Success");
        a.put("vnp_TmnCode", tmn);
        a.put("vnp_TxnRef", reference);
        a.put("vnp_Amount", Long.toString(amountVnd * 100));
        a.put("vnp_BankCode", "NCB");
        a.put("vnp_PayDate", "20261203153000");
        a.put("vnp_TransactionNo", "14555777");
        a.put("vnp_TransactionType", "01");
        a.put("vnp_TransactionStatus", transactionStatus);
        a.put("vnp_OrderInfo", "Thanh toan");
        a.put("vnp_PromotionCode", "");
        a.put("vnp_PromotionAmount", "");
        a.put("vnp_SecureHash", Vnpay.pipeHash(secret, a.values().toArray(String[]::new)));
        return json.writeValueAsString(a);
    }

    String refundAnswer(String reference, long amountVnd, String responseCode) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("vnp_ResponseId", "f" + reference);
        a.put("vnp_Command", "refund");
        a.put("vnp_ResponseCode", responseCode);
        a.put("vnp_Message", "Refund");
        a.put("vnp_TmnCode", tmn);
        a.put("vnp_TxnRef", reference);
        a.put("vnp_Amount", Long.toString(amountVnd * 100));
        a.put("vnp_BankCode", "NCB");
        a.put("vnp_PayDate", "20261203160000");
        a.put("vnp_TransactionNo", "14555778");
        a.put("vnp_TransactionType", "03");
        a.put("vnp_TransactionStatus", "05");
        a.put("vnp_OrderInfo", "Hoan tien");
        a.put("vnp_SecureHash", Vnpay.pipeHash(SECRET, a.values().toArray(String[]::new)));
        return json.writeValueAsString(a);
    }

    void stubQuery(String body, int delayMs) {
        vnpay.stubFor(post(urlEqualTo("/merchant_webapi/api/transaction"))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_Command", com.github.tomakehurst.wiremock.client.WireMock.equalTo("querydr")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(delayMs)
                        .withBody(body)));
    }

    void stubRefund(String body, int delayMs) {
        vnpay.stubFor(post(urlEqualTo("/merchant_webapi/api/transaction"))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_Command", com.github.tomakehurst.wiremock.client.WireMock.equalTo("refund")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withFixedDelay(delayMs)
                        .withBody(body)));
    }

    @Test
    void querydrSettlesAPaymentWhoseIpnNeverCameButNotOnATimeoutOrABadChecksum() throws Exception {
        DossierView d = obligation(approvedOnline("Hoàng Văn Nam", 30), 250_000);
        var started = payments.startOnline(d.code(), citizen, "10.1.1.1", "https://motcua.test/back", false);
        assertThat(started.redirectUrl()).startsWith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?");
        LocalDateTime later = LocalDateTime.now(Vietnam.ZONE).plusMinutes(1);

        stubQuery(queryAnswer(started.reference(), 250_000, "00", "00", SECRET), 3_000); // over the 2 s timeout
        sweep.settlePending(later);
        assertThat(store.paymentByReference(started.reference()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);

        vnpay.resetAll();
        stubQuery(queryAnswer(started.reference(), 250_000, "00", "00", "not-the-secret"), 0);
        sweep.settlePending(later);
        assertThat(store.paymentByReference(started.reference()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);

        vnpay.resetAll();
        stubQuery(queryAnswer(started.reference(), 250_000, "00", "00", SECRET), 0);
        sweep.settlePending(later);
        var settled = store.paymentByReference(started.reference()).orElseThrow();
        assertThat(settled.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(settled.gatewayTransactionNo()).isEqualTo("14555777");
        assertThat(store.receiptOf(settled.id())).isPresent();
        vnpay.verify(postRequestedFor(urlEqualTo("/merchant_webapi/api/transaction"))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_TxnRef", com.github.tomakehurst.wiremock.client.WireMock.equalTo(started.reference())))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_TransactionDate", com.github.tomakehurst.wiremock.client.WireMock.matching("\\d{14}")))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_SecureHash",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9a-f]{128}"))));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> dossiers.get(d.code(), leader).status() == DossierStatus.APPROVED);

        // the IPN arriving late finds the order final
        Map<String, String> redirect = query(started.redirectUrl());
        sendIpn(ipn(redirect, SECRET, "00", "14555777"))
                .andExpect(jsonPath("$.RspCode").value("02"));
        assertThat(store.ledger(d.id()))
                .filteredOn(e -> e.kind() == LedgerKind.PAID)
                .hasSize(1);

        // refunds: refused and timed out ones write nothing; an accepted one is in the ledger
        stubRefund(refundAnswer(started.reference(), 50_000, "95"), 0);
        postJson(desk, "/api/v1/payments/" + settled.id() + "/refund", "{\"amountVnd\":50000,\"reason\":\"Thu thừa\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("payments.forbidden"));
        postJson(
                        manager,
                        "/api/v1/payments/" + settled.id() + "/refund",
                        "{\"amountVnd\":50000,\"reason\":\"Thu thừa\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.gateway_refused"));
        vnpay.resetAll();
        stubRefund(refundAnswer(started.reference(), 50_000, "00"), 3_000);
        postJson(
                        manager,
                        "/api/v1/payments/" + settled.id() + "/refund",
                        "{\"amountVnd\":50000,\"reason\":\"Thu thừa\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.gateway_unavailable"));
        assertThat(store.ledger(d.id())).extracting(LedgerEntry::kind).doesNotContain(LedgerKind.REFUNDED);
        postJson(manager, "/api/v1/payments/" + settled.id() + "/refund", "{\"amountVnd\":250001,\"reason\":\"x\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.refund_over_paid"));
        vnpay.resetAll();
        stubRefund(refundAnswer(started.reference(), 50_000, "00"), 0);
        postJson(
                        manager,
                        "/api/v1/payments/" + settled.id() + "/refund",
                        "{\"amountVnd\":50000,\"reason\":\"Thu thừa\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refundedVnd").value(50000));
        assertThat(store.collected(d.id())).isEqualTo(200_000);
        vnpay.verify(postRequestedFor(urlEqualTo("/merchant_webapi/api/transaction"))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_TransactionType", com.github.tomakehurst.wiremock.client.WireMock.equalTo("03")))
                .withRequestBody(matchingJsonPath(
                        "$.vnp_Amount", com.github.tomakehurst.wiremock.client.WireMock.equalTo("5000000"))));
    }

    @Test
    void theDailyReconciliationListsWhatTheGatewayDisagreesWithAndTheTreasuryExportListsTheReceipts() throws Exception {
        DossierView d = obligation(approvedOnline("Ngô Thị Hà", 31), 120_000);
        var started = payments.startOnline(d.code(), citizen, "10.1.1.1", "https://motcua.test/back", false);
        sendIpn(ipn(query(started.redirectUrl()), SECRET, "00", "14600001"))
                .andExpect(jsonPath("$.RspCode").value("00"));
        // the gateway says the transaction failed
        stubQuery(queryAnswer(started.reference(), 120_000, "00", "02", SECRET), 0);
        var runOne = reconciliation.reconcile(department, today());
        assertThat(runOne.mismatches()).isGreaterThanOrEqualTo(1);
        var admin = person("pay-qt-" + run, java.util.Set.of(org.motcua.identity.Role.ADMIN), java.util.Set.of());
        assertThat(reconciliation.mismatches(today(), today(), admin))
                .filteredOn(m -> m.reference().equals(started.reference()))
                .extracting(Mismatch::kind)
                .containsExactly("PAID_HERE_NOT_AT_GATEWAY");
        // the gateway agrees: the later run shows nothing for it
        vnpay.resetAll();
        stubQuery(queryAnswer(started.reference(), 120_000, "00", "00", SECRET), 0);
        postJson(admin, "/api/v1/payments/reconciliation/" + department + "/" + today(), null)
                .andExpect(status().isOk());
        assertThat(reconciliation.mismatches(today(), today(), admin))
                .filteredOn(m -> m.reference().equals(started.reference()))
                .isEmpty();
        getAs(desk, "/api/v1/payments/reconciliation?from=" + today() + "&to=" + today())
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("payments.forbidden"));

        byte[] xlsx = getAs(
                        admin, "/api/v1/payments/treasury/" + department + ".xlsx?from=" + today() + "&to=" + today())
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BẢNG KÊ BIÊN LAI THU PHÍ, LỆ PHÍ");
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(4) != null && d.code().equals(row.getCell(4).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(120_000d);
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("VNPAY");
                }
            }
            assertThat(found).isTrue();
        }
        getAs(
                        admin,
                        "/api/v1/payments/treasury/" + department + ".xlsx?from=" + today() + "&to="
                                + today().minusDays(1))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theAdministrationNeverShowsAMerchantSecret() throws Exception {
        var admin = person("pay-ad-" + run, java.util.Set.of(org.motcua.identity.Role.ADMIN), java.util.Set.of());
        String body = getAs(admin, "/api/v1/payments/gateways")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tmnCode == '" + tmn + "')].secretSet")
                        .value(org.hamcrest.Matchers.contains(true)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain(SECRET).doesNotContain("demo-secret");
        mvcPut(
                        admin,
                        "/api/v1/payments/gateways/" + department,
                        "{\"tmnCode\":\"" + tmn + "\",\"hashSecret\":\"\","
                                + "\"payUrl\":\"https://sandbox.vnpayment.vn/paymentv2/vpcpay.html\",\"apiUrl\":\""
                                + vnpay.baseUrl() + "/merchant_webapi/api/transaction\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secretSet").value(true))
                .andExpect(jsonPath("$.hashSecret").doesNotExist());
        assertThat(gateways.of(department).orElseThrow().hashSecret()).isEqualTo(SECRET);
        mvcPut(admin, "/api/v1/payments/gateways/" + department, "{\"tmnCode\":\"bad code!\",\"payUrl\":\"ftp://x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("tmnCode", "payUrl", "apiUrl")));
        mvcPut(desk, "/api/v1/payments/gateways/" + department, "{}").andExpect(status().isForbidden());
    }

    org.springframework.test.web.servlet.ResultActions mvcPut(
            org.motcua.identity.CurrentUser user, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token(user))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body));
    }

    static Vnd vnd(long v) {
        return Vnd.of(v);
    }
}
