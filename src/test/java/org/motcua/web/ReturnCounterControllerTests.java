package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.springframework.mock.web.MockHttpSession;

/** The return counter: find by code or QR scan, check the fees, hand over once, print. */
class ReturnCounterControllerTests extends OfficerPagesTestSupport {

    @Test
    void findsAResultByTheScannedTrackingAddressAndHandsItOverOnceEvenIfSentTwice() throws Exception {
        DossierView d = resolved("Võ Thị Mai", idNumber(1), DeliveryMethod.COUNTER);
        MockHttpSession session = login(desk);

        mvc.perform(get("/can-bo/tra-ket-qua").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ready-to-return\"")))
                .andExpect(content().string(containsString(d.code())));
        // A QR scanner types the tracking address printed on the receipt, then Enter.
        mvc.perform(get("/can-bo/tra-ket-qua")
                        .session(session)
                        .param("ma", "https://motcua.example.vn/tra-cuu/" + d.code()))
                .andExpect(redirectedUrl("/can-bo/tra-ket-qua/" + d.code()));
        mvc.perform(get("/can-bo/tra-ket-qua")
                        .session(session)
                        .param("ma", " " + d.code().toLowerCase() + " "))
                .andExpect(redirectedUrl("/can-bo/tra-ket-qua/" + d.code()));
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Võ Thị Mai")))
                .andExpect(content().string(containsString("id=\"handover-form\"")))
                .andExpect(content().string(containsString("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")))
                .andExpect(content().string(containsString("/can-bo/ho-so/" + d.code() + "/giay-to/")));

        String key = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                            .session(session)
                            .with(csrf())
                            .param("recipientName", "Võ Thị Mai")
                            .param("idNumber", idNumber(1))
                            .param("version", String.valueOf(d.version()))
                            .param("submissionKey", key))
                    .andExpect(redirectedUrl("/can-bo/tra-ket-qua/" + d.code()))
                    .andExpect(flash().attribute("done", "return-result"));
        }
        DossierView returned = dossiers.get(d.code(), desk);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossiers.history(d.code(), desk).stream()
                        .filter(h -> h.action().equals("return-result"))
                        .count())
                .isEqualTo(1);
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(content().string(containsString("id=\"handed-over\"")))
                .andExpect(content().string(containsString("Võ Thị Mai (số định danh " + idNumber(1))))
                .andExpect(content().string(not(containsString("id=\"handover-form\""))));
        // The dossier page lists the papers to print too, with the officer's session (not an API token).
        mvc.perform(get("/can-bo/ho-so/" + d.code()).session(session))
                .andExpect(content().string(containsString("data-kind=\"RECEIPT\"")));
        mvc.perform(get("/can-bo/tra-ket-qua").session(session))
                .andExpect(content().string(not(containsString(d.code()))));
    }

    @Test
    void someoneElseCollectingMustSayHowTheyAreRelatedAndNothingTypedIsLost() throws Exception {
        DossierView d = resolved("Lê Văn Hùng", idNumber(2), DeliveryMethod.COUNTER);
        MockHttpSession session = login(desk);
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                        .session(session)
                        .with(csrf())
                        .param("recipientName", "Lê Thị Hạnh")
                        .param("idNumber", "12345")
                        .param("version", String.valueOf(d.version()))
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Số định danh không đúng")))
                .andExpect(content().string(containsString("xin ghi quan hệ với người nộp")))
                .andExpect(content().string(containsString("value=\"Lê Thị Hạnh\"")));
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                        .session(session)
                        .with(csrf())
                        .param("recipientName", "Lê Thị Hạnh")
                        .param("idNumber", "040190004321")
                        .param("relationship", "Vợ")
                        .param("version", String.valueOf(d.version()))
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(flash().attribute("done", "return-result"));
        assertThat(dossiers.history(d.code(), desk).getLast().note())
                .isEqualTo("Lê Thị Hạnh (số định danh 040190004321, Vợ của người nộp hồ sơ)");
    }

    @Test
    void aResultIsNotHandedOverWhileTheFeesAreUnpaid() throws Exception {
        DossierView d = requestPayment(approved("Phan Văn Tài", idNumber(3), DeliveryMethod.COUNTER), 1_250_000);
        MockHttpSession session = login(desk);
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"handover-blocked\"")))
                .andExpect(content().string(containsString("Phải nộp 1.250.000 đồng")))
                .andExpect(content().string(containsString("id=\"confirm-payment-form\"")))
                .andExpect(content().string(not(containsString("id=\"handover-form\""))));
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                        .session(session)
                        .with(csrf())
                        .param("recipientName", "Phan Văn Tài")
                        .param("idNumber", idNumber(3))
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Chưa thực hiện nghĩa vụ tài chính")));
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);

        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code() + "/thu-phi")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version())))
                .andExpect(flash().attribute("done", "confirm-payment"));
        DossierView paid = dossiers.get(d.code(), desk);
        assertThat(paid.fees()).isEqualTo(DossierView.Fees.PAID);
        DossierView ready = act(paid, org.motcua.dossier.DossierAction.RESOLVE, leader);
        mvc.perform(get("/can-bo/tra-ket-qua/" + ready.code()).session(session))
                .andExpect(content().string(containsString("Đã nộp 1.250.000 đồng")))
                .andExpect(content().string(containsString("id=\"handover-form\"")));
    }

    @Test
    void aPostedResultGoesThroughTheCarrierWithALabelAndTheTrackingNumberOnTheHandOver() throws Exception {
        // Typed at the desk as free text: the counter asks for the commune from the province's list.
        DossierView d = resolved("Đỗ Minh Quân", idNumber(4), DeliveryMethod.POSTAL);
        MockHttpSession session = login(desk);
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(content().string(containsString("id=\"postal-send-form\"")))
                .andExpect(content().string(containsString("id=\"commune\"")))
                .andExpect(content().string(not(containsString("id=\"recipientName\""))))
                .andExpect(content().string(not(containsString("id=\"handover-form\""))));
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code() + "/buu-chinh")
                        .session(session)
                        .with(csrf())
                        .param("commune", "00004")
                        .param("street", "12 Lê Lợi"))
                .andExpect(flash().attribute("errorTitle", "Địa chỉ ngoài tỉnh"));
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RESOLVED);

        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code() + "/buu-chinh")
                        .session(session)
                        .with(csrf())
                        .param("commune", "41001")
                        .param("street", "12 Lê Lợi"))
                .andExpect(redirectedUrl("/can-bo/tra-ket-qua/" + d.code()))
                .andExpect(flash().attribute("postalDone", "send"));

        DossierView returned = dossiers.get(d.code(), desk);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        String number = returned.handOver().trackingNumber();
        assertThat(number).matches("HL\\d{9}VN");
        assertThat(dossiers.history(d.code(), desk).getLast().note())
                .isEqualTo("Gửi qua bưu điện, mã vận đơn " + number);
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(content().string(containsString("id=\"postal-tracking-number\">" + number)))
                .andExpect(content().string(containsString("12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam")))
                .andExpect(content().string(containsString("id=\"postal-label\"")));
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code() + "/nhan-buu-gui").session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code() + "/nhan-buu-gui").session(login(specialist)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheDeskOfTheReceivingCenterUsesTheCounter() throws Exception {
        DossierView d = resolved("Ngô Thị Lan", idNumber(5), DeliveryMethod.COUNTER);
        mvc.perform(get("/can-bo/tra-ket-qua").session(login(specialist))).andExpect(status().isForbidden());
        mvc.perform(get("/can-bo/tra-ket-qua").session(login(manager))).andExpect(status().isForbidden());
        MockHttpSession other = login(outsider);
        mvc.perform(get("/can-bo/tra-ket-qua").session(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(d.code()))));
        mvc.perform(get("/can-bo/tra-ket-qua").session(other).param("ma", d.code()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ có mã này")));
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                        .session(other)
                        .with(csrf())
                        .param("recipientName", "X")
                        .param("idNumber", idNumber(5)))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(d.code(), desk).status()).isEqualTo(DossierStatus.RESOLVED);
    }

    @Test
    void readsTheCodeFromWhatTheScannerTyped() {
        assertThat(ReturnCounter.codeFrom("http://localhost:8080/tra-cuu/000.00.01.H41-260315-0007"))
                .isEqualTo("000.00.01.H41-260315-0007");
        assertThat(ReturnCounter.codeFrom("https://x.vn/tra-cuu/000.00.01.H41-260315-0007/?lang=vi"))
                .isEqualTo("000.00.01.H41-260315-0007");
        assertThat(ReturnCounter.codeFrom("  000.00.01.h41-260315-0007\n")).isEqualTo("000.00.01.H41-260315-0007");
        assertThat(ReturnCounter.codeFrom("   ")).isNull();
    }
}
