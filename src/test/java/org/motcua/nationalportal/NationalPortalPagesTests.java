package org.motcua.nationalportal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The pages: the dossier's sync state on the officers' dossier page, the administrators' page (retry,
 * mapping form with its refusals), and the demo's fake portal.
 */
class NationalPortalPagesTests extends NationalPortalTestSupport {

    MockHttpSession login(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", username)
                        .param("password", "mật-khẩu"))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    @Test
    void theOfficersDossierPageLoadsWhereTheDossierStandsWithThePortal() throws Exception {
        portalIsDown();
        advance(Duration.ofMinutes(1));
        String code = receivedDossier();
        recorded(code, 1);
        pusher.pushDue();
        MockHttpSession desk = login(deskName);
        mvc.perform(get("/can-bo/ho-so/" + code).session(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/can-bo/ho-so/" + code + "/cong-dvc")));
        mvc.perform(get("/can-bo/ho-so/" + code + "/cong-dvc").session(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang gửi lại sau lỗi")))
                .andExpect(content().string(containsString("503")));
    }

    @Test
    void administratorsSeeTheUpdatesNotTakenAndKeepTheMappingThroughThePage() throws Exception {
        MockHttpSession admin = login(adminName);
        mvc.perform(get("/quan-tri/cong-dvc-quoc-gia").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cập nhật chưa gửi được")))
                .andExpect(content().string(containsString("Ánh xạ mã thủ tục")));
        mvc.perform(post("/quan-tri/cong-dvc-quoc-gia/anh-xa")
                        .session(admin)
                        .with(csrf())
                        .param("nationalCode", "7.777777")
                        .param("procedureCode", "khong-co"))
                .andExpect(redirectedUrl("/quan-tri/cong-dvc-quoc-gia"))
                .andExpect(flash().attribute("problem", containsString("Không tìm thấy thủ tục")));
        mvc.perform(post("/quan-tri/cong-dvc-quoc-gia/anh-xa")
                        .session(admin)
                        .with(csrf())
                        .param("nationalCode", "1.004253")
                        .param("procedureCode", PROCEDURE)
                        .param("centerCode", "000.00.01.H41"))
                .andExpect(redirectedUrl("/quan-tri/cong-dvc-quoc-gia"));
        mvc.perform(get("/quan-tri/cong-dvc-quoc-gia").session(admin))
                .andExpect(content().string(containsString(PROCEDURE)));
        mvc.perform(get("/quan-tri/cong-dvc-quoc-gia").session(login(deskName))).andExpect(status().isForbidden());
    }

    @Test
    void theDemosFakePortalShowsItsDossiersAndTakesOneMore() throws Exception {
        mvc.perform(get("/demo/cong-dvc-quoc-gia"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hồ sơ nộp trên Cổng")))
                .andExpect(content().string(containsString("Trần Thị Thu Hà")));
        mvc.perform(post("/demo/cong-dvc-quoc-gia/nop-them").with(csrf()))
                .andExpect(redirectedUrl("/demo/cong-dvc-quoc-gia"));
        mvc.perform(get("/demo/cong-dvc-quoc-gia")).andExpect(content().string(containsString("Phạm Minh Tuấn")));
    }
}
