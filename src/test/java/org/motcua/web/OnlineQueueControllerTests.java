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

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.springframework.mock.web.MockHttpSession;

/** The desk's queue of online dossiers: receive (receipt at once), ask for a supplement, or refuse. */
class OnlineQueueControllerTests extends OfficerPagesTestSupport {

    @Test
    void theDeskReceivesAnOnlineDossierAndPrintsTheReceiptRightAfter() throws Exception {
        DossierView d = online("Trịnh Văn Long", idNumber(11));
        MockHttpSession session = login(desk);
        mvc.perform(get("/can-bo/tiep-nhan").session(session))
                .andExpect(content().string(containsString("/can-bo/tiep-nhan/truc-tuyen")));
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-" + d.id() + "\"")));
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen/" + d.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trịnh Văn Long")))
                .andExpect(content().string(containsString("id=\"receive-form\"")))
                .andExpect(content().string(containsString("id=\"supplement-form\"")))
                .andExpect(content().string(containsString("id=\"refuse-form\"")));

        String location = mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/tiep-nhan")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version())))
                .andExpect(flash().attribute("done", "receive"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/can-bo/tiep-nhan/truc-tuyen/000\\.00\\.01\\.H41-\\d{6}-\\d{4}");
        String page = mvc.perform(get(location).session(session))
                .andExpect(content().string(containsString("data-kind=\"RECEIPT\"")))
                .andExpect(content().string(not(containsString("id=\"receive-form\""))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher receipt =
                Pattern.compile("href=\"(/can-bo/ho-so/[^\"]+/giay-to/\\d+)\"").matcher(page);
        assertThat(receipt.find()).isTrue();
        mvc.perform(get(receipt.group(1)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));

        // A second click on the page still open sees the dossier already received: nothing happens twice.
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/tiep-nhan")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version())))
                .andExpect(content().string(containsString("Hồ sơ vừa được người khác xử lý")));
        assertThat(dossiers.history(location.substring(location.lastIndexOf('/') + 1), desk).stream()
                        .filter(h -> h.action().equals("receive"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aSupplementRequestListsEachPaperWithItsReason() throws Exception {
        DossierView d = online("Hà Thị Thu", idNumber(12));
        MockHttpSession session = login(desk);
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/yeu-cau-bo-sung")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("issue", "1")
                        .param("other", "Ghi rõ số điện thoại liên hệ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin ghi lý do cần bổ sung giấy tờ này.")))
                .andExpect(content().string(containsString("Ghi rõ số điện thoại liên hệ")));
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/yeu-cau-bo-sung")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version())))
                .andExpect(content().string(containsString("id=\"issue-error\"")));
        assertThat(dossiers.get(d.id().toString(), desk).status()).isEqualTo(DossierStatus.NEW);

        String required = procedure.documents().getFirst().name();
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/yeu-cau-bo-sung")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("issue", "1")
                        .param("reason[1]", "Bản chụp không rõ chữ")
                        .param("other", "Ghi rõ số điện thoại liên hệ"))
                .andExpect(flash().attribute("done", "request-supplement"));
        assertThat(dossiers.get(d.id().toString(), desk).status()).isEqualTo(DossierStatus.SUPPLEMENT_BEFORE_RECEIPT);
        assertThat(dossiers.history(d.id().toString(), desk).getLast().note())
                .isEqualTo("- " + required + ": Bản chụp không rõ chữ\n- Ghi rõ số điện thoại liên hệ");
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen/" + d.id()).session(session))
                .andExpect(content().string(containsString("data-kind=\"SUPPLEMENT_REQUEST\"")));
    }

    @Test
    void aRefusalNeedsItsReasons() throws Exception {
        DossierView d = online("Mai Văn Đức", idNumber(13));
        MockHttpSession session = login(desk);
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/tu-choi")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("reasons", "  "))
                .andExpect(content().string(containsString("id=\"reasons-error\"")));
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/tu-choi")
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(d.version()))
                        .param("reasons", "Thủ tục không thuộc thẩm quyền của tỉnh"))
                .andExpect(flash().attribute("done", "refuse"));
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen/" + d.id()).session(session))
                .andExpect(content().string(containsString("data-kind=\"REFUSAL\"")))
                .andExpect(content().string(containsString("Thủ tục không thuộc thẩm quyền của tỉnh")));
    }

    @Test
    void onlyTheReceivingCentersDeskSeesTheQueue() throws Exception {
        DossierView d = online("Lý Thị Nga", idNumber(14));
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen").session(login(specialist)))
                .andExpect(status().isForbidden());
        MockHttpSession other = login(outsider);
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen").session(other))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(d.id().toString()))));
        mvc.perform(get("/can-bo/tiep-nhan/truc-tuyen/" + d.id()).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(post("/can-bo/tiep-nhan/truc-tuyen/" + d.id() + "/tiep-nhan")
                        .session(other)
                        .with(csrf())
                        .param("version", String.valueOf(d.version())))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(d.id().toString(), desk).status()).isEqualTo(DossierStatus.NEW);
    }
}
