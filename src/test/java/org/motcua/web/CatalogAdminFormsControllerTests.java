package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class CatalogAdminFormsControllerTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final byte[] PDF = "%PDF-1.4\n%mau don\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Test
    void anAgencyWithoutANameIsShownBackWithTheErrorAndWhatWasTyped() throws Exception {
        AgencyView parent = catalog.agencyByCode("000.00.00.H41").orElseThrow();
        mvc.perform(post("/quan-tri/co-quan/moi")
                        .with(ADMIN)
                        .with(csrf())
                        .param("code", "000.99.01.H41")
                        .param("parentId", parent.id().toString())
                        .param("name", " ")
                        .param("level", "PROVINCE")
                        .param("type", "DEPARTMENT")
                        .param("address", "Số 1 đường Mới"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(not(containsString("id=\"code-error\""))))
                .andExpect(content().string(containsString("value=\"Số 1 đường Mới\"")));
        mvc.perform(post("/quan-tri/co-quan/moi")
                        .with(ADMIN)
                        .with(csrf())
                        .param("name", "Ban mới")
                        .param("activeFrom", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activeFrom-error\"")))
                .andExpect(content().string(not(containsString("id=\"name-error\""))))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        assertThat(catalog.agencyByCode("000.99.01.H41")).isEmpty();
    }

    @Test
    void anAdministratorCreatesAUnitRecodesItAndRetiresIt() throws Exception {
        AgencyView parent = catalog.agencyByCode("000.00.00.H41").orElseThrow();
        mvc.perform(get("/quan-tri/co-quan/moi")
                        .param("capTren", parent.id().toString())
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cơ quan cấp trên")));
        mvc.perform(agency(post("/quan-tri/co-quan/moi"), "000.99.02.H41", parent.id()))
                .andExpect(status().is3xxRedirection());
        AgencyView created = catalog.agencyByCode("000.99.02.H41").orElseThrow();
        assertThat(created.parentId()).isEqualTo(parent.id());

        mvc.perform(agency(post("/quan-tri/co-quan/{id}", created.id()), "000.99.03.H41", parent.id()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.agencyByCode("000.99.02.H41").map(AgencyView::id)).contains(created.id());
        mvc.perform(get("/quan-tri/co-quan/{id}", created.id()).with(ADMIN))
                .andExpect(content().string(containsString("000.99.02.H41")));

        mvc.perform(post("/quan-tri/co-quan/{id}/ngung-hoat-dong", created.id())
                        .with(ADMIN)
                        .with(csrf())
                        .param("lastDay", "2030-12-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.agency(created.id()).orElseThrow().activeTo()).hasToString("2030-12-31");
        mvc.perform(post("/quan-tri/co-quan/{id}/hoat-dong-lai", created.id())
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.agency(created.id()).orElseThrow().activeTo()).isNull();
    }

    @Test
    void onlyAdministratorsChangeAgenciesAndProcedures() throws Exception {
        RequestPostProcessor officer = user("tiepnhan").roles("RECEPTION_OFFICER");
        mvc.perform(get("/quan-tri/co-quan/moi").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/quan-tri/thu-tuc/moi").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/quan-tri/co-quan/moi").with(officer).with(csrf()).param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quan-tri/co-quan/moi").with(ADMIN).param("name", "X"))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aNewProcedureGetsTheDefaultWorkflowAndItsFieldErrorsAreShownByTheFields() throws Exception {
        AgencyView justice = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        mvc.perform(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.01", justice.id(), "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"timeAmount-error\"")))
                .andExpect(content().string(containsString("value=\"Cấp bản sao trích lục mới\"")));
        mvc.perform(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.01", justice.id(), "5")
                        .param("row", "addDocument"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("documents[1].name")));
        ProcedureView draft = createdDraft(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.01", justice.id(), "5"));
        assertThat(draft.steps()).hasSize(5);
        assertThat(draft.fees().getFirst().amountVnd()).isEqualTo(1_250_000L);
        assertThat(catalog.procedure(draft.id())).isEmpty(); // nothing public before publishing
    }

    @Test
    void anUploadedTemplateIsPublicOnceTheVersionIsPublished() throws Exception {
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        mvc.perform(multipart("/quan-tri/thu-tuc/{id}/mau/{order}", lltp.id(), 1)
                        .file(new MockMultipartFile("file", "anh.pdf", "application/pdf", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10
                        }))
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ nhận tệp PDF, DOCX, ODT hoặc XLSX")));

        mvc.perform(multipart("/quan-tri/thu-tuc/{id}/mau/{order}", lltp.id(), 1)
                        .file(new MockMultipartFile("file", "C:\\mau\\To khai LLTP.pdf", "application/pdf", PDF))
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ProcedureView draft = catalog.draft(lltp.id()).orElseThrow();
        assertThat(draft.documents().getFirst().templateFileName()).isEqualTo("To khai LLTP.pdf");
        mvc.perform(get("/thu-tuc/phien-ban/{v}/mau/1", draft.versionId())).andExpect(status().isNotFound());

        mvc.perform(post("/quan-tri/thu-tuc/{id}/cong-bo", lltp.id())
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ProcedureView published = catalog.procedure(lltp.id()).orElseThrow();
        mvc.perform(get("/thu-tuc/{id}", lltp.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/thu-tuc/phien-ban/" + published.versionId() + "/mau/1")));
        mvc.perform(get("/thu-tuc/phien-ban/{v}/mau/1", published.versionId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("To%20khai%20LLTP.pdf")))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void editingTheTimeLimitKeepsTheWorkflowFittingIt() throws Exception {
        AgencyView justice = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        String location = mvc.perform(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.02", justice.id(), "5"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/quan-tri/thu-tuc/{id}/thong-tin", id).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Tờ khai\"")))
                .andExpect(content().string(not(containsString("id=\"problems\""))));
        mvc.perform(procedure(post("/quan-tri/thu-tuc/{id}/thong-tin", id), "MOI.02", justice.id(), "8"))
                .andExpect(status().is3xxRedirection());
        ProcedureView draft = catalog.draft(id).orElseThrow();
        assertThat(draft.processingTime().amount()).isEqualByComparingTo("8");
        assertThat(draft.steps().stream()
                        .map(s -> s.budgetDays())
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("8");
    }

    @Test
    void aChannelsOwnTimeIsSetNextToTheDefaultAndRefusedForAChannelNotOffered() throws Exception {
        AgencyView justice = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        mvc.perform(postalInTenDays(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.03", justice.id(), "5")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"channelTimes-POSTAL-error\"")))
                .andExpect(content().string(containsString("value=\"10\"")));

        ProcedureView draft =
                createdDraft(postalInTenDays(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.03", justice.id(), "5")
                        .param("channels", "POSTAL")));
        assertThat(draft.timeFor(Channel.POSTAL).amount()).isEqualByComparingTo("10");
        assertThat(draft.timeFor(Channel.COUNTER).amount()).isEqualByComparingTo("5");
    }

    @Test
    void publishingAProcedureWithoutATimeLimitShowsWhyOnThePage() throws Exception {
        AgencyView justice = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        ProcedureView draft = createdDraft(procedure(post("/quan-tri/thu-tuc/moi"), "MOI.04", justice.id(), "")
                .param("channels", "ONLINE")
                .param("onlineLevel", "MOT_PHAN"));
        assertThat(draft.processingTime()).isNull();

        mvc.perform(post("/quan-tri/thu-tuc/{id}/cong-bo", draft.id())
                        .with(ADMIN)
                        .with(csrf())
                        .param(
                                "effectiveFrom",
                                java.time.LocalDate.now(org.motcua.shared.Vietnam.ZONE)
                                        .toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Chưa thể công bố: kênh nộp hồ sơ “Trực tiếp” và “Trực tuyến” chưa có thời hạn giải quyết.")))
                .andExpect(content().string(containsString("Kênh “Trực tuyến” chưa có thời hạn giải quyết")));
        assertThat(catalog.procedure(draft.id())).isEmpty();
    }

    /** Posts a new procedure's form and returns the draft it redirects to. */
    private ProcedureView createdDraft(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return catalog.draft(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
    }

    /** The form's three channel lines, as the browser posts them; only POSTAL has a time of its own. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postalInTenDays(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return request.param("channelTimes[0].channel", "COUNTER")
                .param("channelTimes[0].unit", "WORKING_DAYS")
                .param("channelTimes[1].channel", "ONLINE")
                .param("channelTimes[1].unit", "WORKING_DAYS")
                .param("channelTimes[2].channel", "POSTAL")
                .param("channelTimes[2].amount", "10")
                .param("channelTimes[2].unit", "WORKING_DAYS");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder agency(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String code,
            UUID parent) {
        return request.with(ADMIN)
                .with(csrf())
                .param("code", code)
                .param("parentId", parent.toString())
                .param("name", "Ban Chuyển đổi số")
                .param("level", "PROVINCE")
                .param("type", "DEPARTMENT");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder procedure(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String code,
            UUID agency,
            String days) {
        return request.with(ADMIN)
                .with(csrf())
                .param("code", code)
                .param("name", "Cấp bản sao trích lục mới")
                .param("fieldCode", "chung-thuc")
                .param("level", "PROVINCE")
                .param("competentAgencyId", agency.toString())
                .param("channels", "COUNTER")
                .param("applicantTypes", "CITIZEN")
                .param("timeAmount", days)
                .param("timeUnit", "WORKING_DAYS")
                .param("documents[0].name", "Tờ khai")
                .param("documents[0].form", "ORIGINAL")
                .param("documents[0].quantity", "1")
                .param("documents[0].mandatory", "true")
                .param("fees[0].name", "Lệ phí")
                .param("fees[0].kind", "FIXED")
                .param("fees[0].amountVnd", "1.250.000");
    }
}
