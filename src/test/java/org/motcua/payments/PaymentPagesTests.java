package org.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.springframework.mock.web.MockHttpSession;

/** The officer's fee page: what the form sends becomes an assessment and a payment, or a visible refusal. */
class PaymentPagesTests extends PaymentsTestSupport {

    MockHttpSession login(CurrentUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", user.username())
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void theDeskAssessesAndCollectsFromTheFeePageAndATypedFractionIsRefusedWithNothingWritten() throws Exception {
        DossierView d = lltpAtCounter("Bùi Thị Hoa", 40);
        MockHttpSession session = login(desk);
        String page = "/can-bo/ho-so/" + d.code() + "/phi";
        String html = mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Phí cung cấp thông tin lý lịch tư pháp").contains("id=\"assess-form\"");

        mvc.perform(post(page + "/xac-dinh")
                        .session(session)
                        .with(csrf())
                        .param("q0", "1")
                        .param("r0", "50")
                        .param("why0", ""))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("errorTitle", "Dữ liệu không hợp lệ"));
        assertThat(store.assessmentInForce(d.id())).isEmpty();
        mvc.perform(post(page + "/xac-dinh")
                        .session(session)
                        .with(csrf())
                        .param("q0", "1")
                        .param("r0", "50")
                        .param("why0", "Người có công với cách mạng"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("done", "assessed"));
        assertThat(store.owed(d.id())).isEqualTo(100_000);

        mvc.perform(post(page + "/thu")
                        .session(session)
                        .with(csrf())
                        .param("method", "CASH")
                        .param("amountVnd", "1,5"))
                .andExpect(flash().attributeExists("errorTitle"));
        mvc.perform(post(page + "/thu")
                        .session(session)
                        .with(csrf())
                        .param("method", "CASH")
                        .param("amountVnd", "-100"))
                .andExpect(flash().attributeExists("errorTitle"));
        assertThat(store.payments(d.id())).isEmpty();
        mvc.perform(post(page + "/thu")
                        .session(session)
                        .with(csrf())
                        .param("method", "CASH")
                        .param("amountVnd", "100.000"))
                .andExpect(flash().attribute("done", "paid"))
                .andExpect(flash().attributeExists("receiptId"));
        assertThat(store.owed(d.id())).isZero();
        html = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html)
                .contains("Đã nộp đủ")
                .doesNotContain("id=\"assess-form\"")
                .contains("receipt-link");
    }

    @Test
    void theApplicantSeesWhatIsOwedAndAnotherApplicantSeesNothing() throws Exception {
        DossierView d = obligation(approvedOnline("Trịnh Văn Long", 41), 60_000);
        String html = mvc.perform(
                        get("/ho-so-cua-toi/" + d.code() + "/thanh-toan").session(login(citizen)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("60.000 đồng").contains("id=\"pay-online\"");
        CurrentUser other =
                person("pay-cd2-" + run, java.util.Set.of(org.motcua.identity.Role.APPLICANT), java.util.Set.of());
        mvc.perform(get("/ho-so-cua-toi/" + d.code() + "/thanh-toan").session(login(other)))
                .andExpect(status().isNotFound());
        // a forged return changes nothing and says so
        html = mvc.perform(get("/thanh-toan/vnpay/ket-qua")
                        .session(login(citizen))
                        .param("vnp_TmnCode", "DMXXXX")
                        .param("vnp_TxnRef", "MC1")
                        .param("vnp_ResponseCode", "00")
                        .param("vnp_SecureHash", "00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"return-invalid\"");
    }
}
