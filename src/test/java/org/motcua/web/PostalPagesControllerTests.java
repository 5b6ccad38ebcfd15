package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierView;
import org.motcua.postal.DeliveryState;
import org.motcua.postal.DemoPostman;
import org.motcua.postal.Postal;
import org.motcua.postal.Shipment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The postal pages with the demo carrier: a failed delivery back in the return counter's list with its
 * reason and dealt with there; the applicant asking the post to collect the paper dossier; the postman
 * simulator for signed-in people only.
 */
class PostalPagesControllerTests extends OfficerPagesTestSupport {

    @Autowired
    Postal postal;

    @Autowired
    DemoPostman postman;

    @Autowired
    org.motcua.dossier.PublicTracking tracking;

    @Test
    void aFailedDeliveryComesBackToTheCounterListWithItsReasonAndIsDealtWithThere() throws Exception {
        DossierView d = resolved("Vũ Thị Thảo", idNumber(11), DeliveryMethod.POSTAL);
        Shipment s = postal.sendResult(d.code(), postal.address("41", "41013", "Số 9 Cửa Nam"), desk);
        assertThat(postman.move(s.trackingNumber(), 105)).isTrue();
        assertThat(postman.move(s.trackingNumber(), 507)).isTrue();
        assertThat(postman.move(s.trackingNumber(), 999)).isFalse();
        assertThat(postal.returnOf(d.id()).orElseThrow().state()).isEqualTo(DeliveryState.FAILED);

        MockHttpSession session = login(desk);
        mvc.perform(get("/can-bo/tra-ket-qua").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"failed-deliveries\"")))
                .andExpect(content().string(containsString(d.code())))
                .andExpect(content().string(containsString("Giao không thành công: người nhận vắng nhà")));
        mvc.perform(get("/can-bo/tra-ket-qua/" + d.code()).session(session))
                .andExpect(content().string(containsString("id=\"postal-close-form\"")))
                .andExpect(content().string(containsString("Gửi lại qua bưu chính")));
        // A note is required.
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code() + "/buu-chinh/xu-ly")
                        .session(session)
                        .with(csrf()))
                .andExpect(flash().attributeExists("errorTitle"));
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code() + "/buu-chinh/xu-ly")
                        .session(session)
                        .with(csrf())
                        .param("note", "Người nộp đến nhận tại quầy ngày 08/12"))
                .andExpect(flash().attribute("postalDone", "close"));
        mvc.perform(get("/can-bo/tra-ket-qua").session(session))
                .andExpect(content().string(not(containsString(d.code()))));
        // Another center's desk does not see it.
        assertThat(postal.awaitingCounter(outsider))
                .extracting(Shipment::dossierCode)
                .doesNotContain(d.code());
    }

    @Test
    void theApplicantAsksThePostToCollectThePaperDossierBeforeReceipt() throws Exception {
        DossierView d = online("Đinh Văn Tâm", idNumber(12));
        String ref = d.id().toString();
        MockHttpSession session = login(applicant);
        mvc.perform(get("/ho-so-cua-toi/" + ref).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pickup-form\"")));
        mvc.perform(post("/ho-so-cua-toi/" + ref + "/buu-dien-nhan-ho-so")
                        .session(session)
                        .with(csrf())
                        .param("commune", "00004")
                        .param("street", "Số 1"))
                .andExpect(flash().attribute("errorTitle", "Địa chỉ ngoài tỉnh"));
        assertThat(postal.pickupOf(d.id())).isEmpty();
        mvc.perform(post("/ho-so-cua-toi/" + ref + "/buu-dien-nhan-ho-so")
                        .session(session)
                        .with(csrf())
                        .param("commune", "41022")
                        .param("street", "Số 20 Quang Trung"))
                .andExpect(flash().attribute("pickupDone", true));
        Shipment pickup = postal.pickupOf(d.id()).orElseThrow();
        assertThat(pickup.trackingNumber()).matches("HL\\d{9}VN");
        assertThat(pickup.reference()).isEqualTo(d.reference() + "-TG1");
        assertThat(pickup.address()).isEqualTo("Số 20 Quang Trung, phường Hoàng Mai, tỉnh Hồng Lam");
        mvc.perform(get("/ho-so-cua-toi/" + ref).session(session))
                .andExpect(content().string(containsString(pickup.trackingNumber())))
                .andExpect(content().string(not(containsString("id=\"pickup-form\""))));
        // Asking again makes no second order.
        mvc.perform(post("/ho-so-cua-toi/" + ref + "/buu-dien-nhan-ho-so")
                        .session(session)
                        .with(csrf())
                        .param("commune", "41022")
                        .param("street", "Số 20 Quang Trung"))
                .andExpect(flash().attribute("pickupDone", true));
        assertThat(postal.pickupOf(d.id()).orElseThrow().id()).isEqualTo(pickup.id());
        // Someone else's dossier is not theirs to ask for.
        mvc.perform(post("/ho-so-cua-toi/" + ref + "/buu-dien-nhan-ho-so")
                        .session(login(person(
                                "kh-" + run, java.util.Set.of(org.motcua.identity.Role.APPLICANT), java.util.Set.of())))
                        .with(csrf())
                        .param("commune", "41022")
                        .param("street", "Số 20 Quang Trung"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePostmanSimulatorIsForSignedInPeople() throws Exception {
        mvc.perform(get("/demo/buu-ta")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/demo/buu-ta").session(login(desk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mô phỏng bưu tá")));
    }

    @Test
    void theDeskChoosesTheCommuneFromTheProvincesListAndAnotherIsRefused() throws Exception {
        MockHttpSession session = login(desk);
        var lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>
                registration = commune -> post("/can-bo/tiep-nhan")
                .session(session)
                .with(csrf())
                .param("procedureId", lltp.id().toString())
                .param("receivingCenterId", center.toString())
                .param("name", "Trịnh Văn Lâm")
                .param("idNumber", idNumber(13))
                .param("phone", "0912 345 678")
                .param("received", "1", "2")
                .param("form[1]", "ORIGINAL")
                .param("form[2]", "COPY")
                .param("quantity[1]", "1")
                .param("quantity[2]", "1")
                .param("deliveryMethod", "POSTAL")
                .param("deliveryCommune", commune)
                .param("deliveryAddress", "Số 7 Lê Lợi")
                .param("submissionKey", UUID.randomUUID().toString());
        mvc.perform(registration.apply("00004"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deliveryCommune-error\"")))
                .andExpect(content().string(containsString("Địa chỉ không thuộc các xã, phường của tỉnh.")))
                .andExpect(content().string(containsString("value=\"Số 7 Lê Lợi\"")));
        String location = mvc.perform(registration.apply("41001"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = location.substring(location.lastIndexOf('/') + 1);
        assertThat(dossiers.get(code, desk).deliveryAddress()).isEqualTo("Số 7 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam");
        assertThat(postal.parse(dossiers.get(code, desk).deliveryAddress())).isPresent();
    }

    @Test
    void noParcelIsOrderedWhileTheFeesAreUnpaid() {
        DossierView d = requestPayment(approved("Lý Thị Hằng", idNumber(14), DeliveryMethod.POSTAL), 300_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> postal.sendResult(d.code(), postal.address("41", "41001", "Số 2 Lê Lợi"), desk))
                .isInstanceOfSatisfying(
                        org.motcua.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("dossier.fees_unpaid"));
        assertThat(postal.returnOf(d.id())).isEmpty();
    }

    @Test
    void aResultPostedByHandShowsItsTrackingNumberOnPublicTrackingInsteadOfTheCenter() throws Exception {
        DossierView d = resolved("Mai Văn Sơn", idNumber(15), DeliveryMethod.POSTAL);
        // Posted at a post office and typed at the counter (the fallback without a carrier account).
        mvc.perform(post("/can-bo/tra-ket-qua/" + d.code())
                        .session(login(desk))
                        .with(csrf())
                        .param("trackingNumber", "EB123456785VN")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(flash().attribute("done", "return-result"));
        assertThat(dossiers.get(d.code(), desk).handOver().trackingNumber()).isEqualTo("EB123456785VN");
        assertThat(tracking.track(d.code(), idNumber(15), "198.51.100.15")
                        .orElseThrow()
                        .postal())
                .isNotNull()
                .satisfies(p -> assertThat(p.trackingNumber()).isEqualTo("EB123456785VN"));
        mvc.perform(post("/tra-cuu").with(csrf()).param("code", d.code()).param("idNumber", idNumber(15)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tracking-postal-number\">EB123456785VN")))
                .andExpect(content().string(containsString("Đã gửi qua bưu điện")))
                .andExpect(content().string(not(containsString("Nơi nhận kết quả"))));
    }
}
