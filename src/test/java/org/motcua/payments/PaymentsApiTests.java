package org.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;

/** Assessment, counter payment and the VNPay IPN through the HTTP API, with the problems bad input gets. */
class PaymentsApiTests extends PaymentsTestSupport {

    @Test
    void assessesFromThePublishedFeeAndKeepsAnOtherAmountOnlyWithItsReason() throws Exception {
        DossierView d = lltpAtCounter("Trần Thị Thu", 1);
        String path = "/api/v1/payments/dossiers/" + d.code() + "/assessment";
        postJson(desk, path, "{\"lines\":[{\"fee\":0}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.computedVnd").value(200000))
                .andExpect(jsonPath("$.dueVnd").value(200000))
                .andExpect(jsonPath("$.dueStage").value("BEFORE_RESULT"))
                .andExpect(jsonPath("$.lines[0].name").value("Phí cung cấp thông tin lý lịch tư pháp"));
        postJson(desk, path, "{\"lines\":[{\"fee\":0,\"reductionPercent\":50}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].reductionReason"));
        postJson(desk, path, "{\"lines\":[{\"fee\":0}],\"overrideVnd\":150000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("payments.override_reason_required"))
                .andExpect(jsonPath("$.title").value("Cần lý do điều chỉnh số tiền"));
        postJson(desk, path, "{\"lines\":[{\"fee\":9}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("UnknownFee"));
        postJson(
                        desk,
                        path,
                        "{\"lines\":[{\"fee\":0,\"reductionPercent\":50,\"reductionReason\":\"Sinh viên (Thông tư 244/2016/TT-BTC)\"}],"
                                + "\"overrideVnd\":95000,\"overrideReason\":\"Nộp trực tuyến: mức thu giảm\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.computedVnd").value(100000))
                .andExpect(jsonPath("$.dueVnd").value(95000))
                .andExpect(jsonPath("$.overrideReason").value("Nộp trực tuyến: mức thu giảm"))
                .andExpect(jsonPath("$.lines[0].reductionReason").value("Sinh viên (Thông tư 244/2016/TT-BTC)"));
        postJson(outsider, path, "{\"lines\":[{\"fee\":0}]}").andExpect(status().isNotFound());
        getAs(desk, "/api/v1/payments/dossiers/" + d.code())
                .andExpect(jsonPath("$.owedVnd").value(95000))
                .andExpect(jsonPath("$.ledger[*].kind")
                        .value(org.hamcrest.Matchers.contains("ASSESSED", "ASSESSMENT_VOIDED", "ASSESSED")));
    }

    @Test
    void aCounterPaymentNumbersItsReceiptAndBadAmountsAreRefusedWithNothingWritten() throws Exception {
        DossierView d = lltpAtCounter("Lê Văn Hùng", 2);
        postJson(desk, "/api/v1/payments/dossiers/" + d.code() + "/assessment", "{\"lines\":[{\"fee\":0}]}")
                .andExpect(status().isOk());
        String path = "/api/v1/payments/dossiers/" + d.code() + "/counter";
        postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":-5}").andExpect(status().isBadRequest());
        postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":1.5}").andExpect(status().isBadRequest());
        postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":0}").andExpect(status().isBadRequest());
        postJson(desk, path, "{\"method\":\"VNPAY\",\"amountVnd\":1000}").andExpect(status().isBadRequest());
        postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":200001}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.amount_over_owed"))
                .andExpect(jsonPath("$.detail").value("Số tiền 200.001 đồng vượt số còn phải nộp (200.000 đồng)."));
        postJson(specialist, path, "{\"method\":\"CASH\",\"amountVnd\":1000}").andExpect(status().isNotFound());
        assertThat(store.payments(d.id())).isEmpty();
        assertThat(store.ledger(d.id())).extracting(LedgerEntry::kind).containsExactly(LedgerKind.ASSESSED);

        String first = postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":120000,\"payerName\":\"Lê Văn Hùng\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.receipt.series")
                        .value("BL" + java.time.Year.now().getValue()))
                .andExpect(jsonPath("$.receipt.eReceiptProvider").value("DEMO-E-RECEIPT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long number = ((Number) JsonPath.read(first, "$.receipt.number")).longValue();
        String second = postJson(desk, path, "{\"method\":\"CARD\",\"amountVnd\":80000}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(second, "$.receipt.number")).longValue())
                .isGreaterThan(number);
        postJson(desk, path, "{\"method\":\"CASH\",\"amountVnd\":1}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.amount_over_owed"));
        getAs(desk, "/api/v1/payments/dossiers/" + d.code())
                .andExpect(jsonPath("$.owedVnd").value(0))
                .andExpect(jsonPath("$.collectedVnd").value(200000))
                .andExpect(jsonPath("$.paid").value(true));
        String receiptId = JsonPath.read(first, "$.receipt.id");
        byte[] pdf = getAs(desk, "/api/v1/payments/receipts/" + receiptId + ".pdf")
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // kept for a look (pdftoppm -png target/payments-receipt.pdf): the legal form, as printed
        java.nio.file.Files.write(java.nio.file.Path.of("target", "payments-receipt.pdf"), pdf);
        getAs(outsider, "/api/v1/payments/receipts/" + receiptId + ".pdf").andExpect(status().isNotFound());
    }

    @Test
    void theApplicantPaysOnlineAndTheIpnConfirmsTheObligationAsTheSystemOnce() throws Exception {
        DossierView d = obligation(approvedOnline("Võ Văn Bình", 3), 150_000);
        String started = postJson(citizen, "/api/v1/payments/dossiers/" + d.code() + "/online", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountVnd").value(150000))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = JsonPath.read(started, "$.redirectUrl");
        Map<String, String> redirect = query(url);
        assertThat(url).startsWith(FakeVnpay.PAY_PATH + "?");
        assertThat(redirect)
                .containsEntry("vnp_Amount", "15000000")
                .containsEntry("vnp_Version", "2.1.0")
                .containsEntry("vnp_Command", "pay")
                .containsEntry("vnp_CurrCode", "VND")
                .containsKey("vnp_ExpireDate")
                .doesNotContainKey("vnp_SecureHashType");
        String secret = secretOf(redirect.get("vnp_TmnCode"));
        assertThat(Vnpay.verify(redirect, secret)).isTrue();

        Map<String, String> paid = ipn(redirect, secret, "00", "14123456");
        Map<String, String> tampered = new HashMap<>(paid);
        tampered.put("vnp_ResponseCode", "00");
        tampered.put("vnp_BankCode", "VCB");
        sendIpn(tampered)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.RspCode").value("97"))
                .andExpect(jsonPath("$.Message").value("Fail checksum"));
        Map<String, String> otherAmount = new HashMap<>(paid);
        otherAmount.put("vnp_Amount", "1500000");
        otherAmount.put("vnp_SecureHash", Vnpay.hmac(secret, Vnpay.signedData(otherAmount)));
        sendIpn(otherAmount).andExpect(jsonPath("$.RspCode").value("04"));
        Map<String, String> unknown = new HashMap<>(paid);
        unknown.put("vnp_TxnRef", "MC000000000000NOPE");
        unknown.put("vnp_SecureHash", Vnpay.hmac(secret, Vnpay.signedData(unknown)));
        sendIpn(unknown).andExpect(jsonPath("$.RspCode").value("01"));
        assertThat(store.ledger(d.id())).extracting(LedgerEntry::kind).doesNotContain(LedgerKind.PAID);

        sendIpn(paid)
                .andExpect(jsonPath("$.RspCode").value("00"))
                .andExpect(jsonPath("$.Message").value("Confirm Success"));
        sendIpn(paid)
                .andExpect(jsonPath("$.RspCode").value("02"))
                .andExpect(jsonPath("$.Message").value("Order already confirmed"));
        assertThat(store.ledger(d.id()))
                .filteredOn(e -> e.kind() == LedgerKind.PAID)
                .hasSize(1);
        assertThat(store.owed(d.id())).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> dossiers.get(d.code(), leader).status() == DossierStatus.APPROVED);
        var history = dossiers.history(d.code(), leader);
        assertThat(history.getLast().action()).isEqualTo("confirm-payment");
        assertThat(history.getLast().actorName()).isEqualTo("Hệ thống thanh toán");
        getAs(leader, "/api/v1/payments/dossiers/" + d.code())
                .andExpect(jsonPath("$.payments[0].status").value("PAID"))
                .andExpect(jsonPath("$.payments[0].gatewayTransactionNo").value("14123456"))
                .andExpect(jsonPath("$.payments[0].receipt.number").isNumber());
        assertThat(jdbc.sql("select count(*) from payments.gateway_log where reference = :r and not accepted")
                        .param("r", redirect.get("vnp_TxnRef"))
                        .query(Long.class)
                        .single())
                .isEqualTo(2); // the tampered one and the changed amount (the unknown reference logs its own)
    }

    @Test
    void anIpnForAnAttemptMotcuaCancelledIsRefusedAndChangesNothing() throws Exception {
        DossierView d = obligation(approvedOnline("Phạm Thị Lan", 4), 80_000);
        String firstUrl = JsonPath.read(
                postJson(citizen, "/api/v1/payments/dossiers/" + d.code() + "/online", null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.redirectUrl");
        // paid at the counter meanwhile: the online attempt is withdrawn
        postJson(
                        desk,
                        "/api/v1/payments/dossiers/" + d.code() + "/counter",
                        "{\"method\":\"CASH\",\"amountVnd\":80000}")
                .andExpect(status().isOk());
        Map<String, String> redirect = query(firstUrl);
        sendIpn(ipn(redirect, secretOf(redirect.get("vnp_TmnCode")), "00", "14999999"))
                .andExpect(jsonPath("$.RspCode").value("02"));
        assertThat(store.paymentByReference(redirect.get("vnp_TxnRef"))
                        .orElseThrow()
                        .status())
                .isEqualTo(PaymentStatus.CANCELLED);
        assertThat(store.collected(d.id())).isEqualTo(80_000);
        assertThat(jdbc.sql("select note from payments.gateway_log where reference = :r order by id desc limit 1")
                        .param("r", redirect.get("vnp_TxnRef"))
                        .query(String.class)
                        .single())
                .contains("to refund");
        postJson(citizen, "/api/v1/payments/dossiers/" + d.code() + "/online", null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("payments.nothing_owed"));
    }
}
