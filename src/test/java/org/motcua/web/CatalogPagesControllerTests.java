package org.motcua.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class CatalogPagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Test
    void theStylesheetsThePagesLinkAreServedToAnyone() throws Exception {
        String page = mvc.perform(get("/thu-tuc")).andReturn().getResponse().getContentAsString();
        var links = java.util.regex.Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        org.assertj.core.api.Assertions.assertThat(links).hasSize(2);
        for (String href : links) {
            mvc.perform(get(href))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/css"));
        }
    }

    @Test
    void citizensFindAProcedureWithoutDiacriticsAndReadIt() throws Exception {
        mvc.perform(get("/thu-tuc").param("q", "ly lich tu phap"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp Phiếu lý lịch tư pháp")));
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        mvc.perform(get("/thu-tuc/{id}", lltp.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("200.000 đồng")))
                .andExpect(content().string(containsString("10 ngày")))
                .andExpect(content().string(containsString("Số 16 đại lộ Lê Nin")))
                // other tests in this shared context may publish new versions: read the one in force
                .andExpect(content().string(containsString(lltp.steps().get(1).name())));
    }

    @Test
    void onlineProceduresOfferTheOnlineApplication() throws Exception {
        ProcedureView online = catalog
                .search(new org.motcua.catalog.ProcedureQuery(
                        null, null, null, org.motcua.catalog.Channel.ONLINE, null, 0, 1))
                .items()
                .stream()
                .findFirst()
                .flatMap(p -> catalog.procedure(p.id()))
                .orElseThrow();
        mvc.perform(get("/thu-tuc/{id}", online.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/nop-ho-so/" + online.id())))
                .andExpect(content().string(containsString("Nộp hồ sơ trực tuyến")));
    }

    @Test
    void administrationPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/quan-tri/thu-tuc")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/quan-tri/thu-tuc").with(user("tiepnhan").roles("RECEPTION_OFFICER")))
                .andExpect(status().isForbidden());
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        mvc.perform(get("/quan-tri/thu-tuc/{id}", lltp.id()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quy trình nội bộ")));
        mvc.perform(get("/quan-tri/nhap-danh-muc").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/quan-tri/co-quan").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công an tỉnh Hồng Lam")));
    }
}
