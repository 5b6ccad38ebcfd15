package org.motcua.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class TrackingPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> returnedDemoDossier() {
        return jdbc.sql("select code, applicant_id_number, applicant_name from dossier.dossier"
                        + " where status = 'RETURNED' order by code limit 1")
                .query()
                .singleRow();
    }

    @Test
    void anyoneWithTheCodeAndTheIdNumberSeesTheTimeline() throws Exception {
        var d = returnedDemoDossier();
        mvc.perform(post("/tra-cuu")
                        .with(csrf())
                        .param("code", (String) d.get("code"))
                        .param("idNumber", (String) d.get("applicant_id_number")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã trả kết quả")))
                .andExpect(content().string(containsString("Quá trình xử lý")))
                .andExpect(content().string(containsString("Tiếp nhận")))
                .andExpect(content().string(not(containsString((String) d.get("applicant_name")))));
    }

    @Test
    void aWrongIdNumberLooksLikeAnUnknownCode() throws Exception {
        var d = returnedDemoDossier();
        mvc.perform(post("/tra-cuu")
                        .with(csrf())
                        .param("code", (String) d.get("code"))
                        .param("idNumber", "999999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
    }

    @Test
    void theQrLinkAsksOnlyForTheIdNumber() throws Exception {
        mvc.perform(get("/tra-cuu/000.00.01.H41-261120-0001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"000.00.01.H41-261120-0001\"")));
        mvc.perform(post("/tra-cuu").with(csrf()).param("code", "000.00.01.H41-261120-0001"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Xin Ông/Bà nhập đủ")));
    }

    @Test
    void theIdNumberIsPostedNeverPutInTheAddress() throws Exception {
        var d = returnedDemoDossier();
        mvc.perform(get("/tra-cuu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<form method=\"post\" action=\"/tra-cuu\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // An old link with the ID number in its address looks nothing up: the form comes back, code filled in.
        mvc.perform(get("/tra-cuu").param("code", (String) d.get("code")).param("idNumber", (String)
                        d.get("applicant_id_number")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Quá trình xử lý"))))
                .andExpect(content().string(containsString("value=\"" + d.get("code") + "\"")));
        // Anonymous, yet protected against cross-site posting like every other form.
        mvc.perform(post("/tra-cuu").param("code", (String) d.get("code")).param("idNumber", (String)
                        d.get("applicant_id_number")))
                .andExpect(status().isForbidden());
    }
}
