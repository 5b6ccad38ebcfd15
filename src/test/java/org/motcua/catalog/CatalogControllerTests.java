package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The catalog API over HTTP on the demo province: who may do what, and the problem documents. */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class CatalogControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JsonMapper json;

    String bearer(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"demo\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.access_token");
    }

    @Test
    void searchPagesAreCheckedNotClamped() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("page", "2147483647"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].code").value("Max"));
        mvc.perform(get("/api/v1/procedures").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/procedures").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/procedures").param("size", "100")).andExpect(status().isOk());
    }

    @Test
    void anonymousCitizensSearchAndReadTheCatalog() throws Exception {
        String body = mvc.perform(get("/api/v1/procedures").param("q", "ly lich tu phap"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value(startsWith("Cấp Phiếu lý lịch tư pháp")))
                .andExpect(jsonPath("$.items[0].competentAgencyName").value("Công an tỉnh Hồng Lam"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");
        mvc.perform(get("/api/v1/procedures/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedure.documents[0].name").isString())
                .andExpect(jsonPath("$.procedure.steps.length()").value(5))
                .andExpect(jsonPath("$.procedure.processingTime.amount").value(10))
                .andExpect(jsonPath("$.receivingCenters[0].address").isString());
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].agency.code", hasItem("000.00.00.H41")));
        mvc.perform(get("/api/v1/fields"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(21));
    }

    @Test
    void unknownProcedureIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/procedures/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("catalog.procedure_not_found"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy thủ tục"));
    }

    @Test
    void adminApiNeedsAnAdministrator() throws Exception {
        mvc.perform(get("/api/v1/admin/catalog/export"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.required"));
        mvc.perform(get("/api/v1/admin/catalog/export").header(HttpHeaders.AUTHORIZATION, bearer("tiepnhan")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
    }

    @Test
    void importingTheExportChangesNothing() throws Exception {
        String admin = bearer("admin");
        byte[] xlsx = mvc.perform(get("/api/v1/admin/catalog/export").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CatalogAdminController.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(DemoCatalogFixtures.readWorkbook(xlsx).problems()).isEmpty();

        mvc.perform(multipart("/api/v1/admin/catalog/import")
                        .file(new MockMultipartFile(
                                "file", "danh-muc.xlsx", CatalogAdminController.XLSX.toString(), xlsx))
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.changes.proceduresUnchanged").value(149))
                .andExpect(jsonPath("$.changes.versionsPublished").value(0))
                .andExpect(jsonPath("$.changes.agenciesUpdated").value(0));
    }

    @Test
    void dryRunOfABrokenCopyListsEveryProblemAndARealImportWritesNothing() throws Exception {
        String admin = bearer("admin");
        byte[] broken;
        int badFeeRow;
        int badUnitRow;
        try (WorkbookEditor excel = new WorkbookEditor(DemoCatalogFixtures.shippedWorkbook())) {
            badFeeRow = excel.set("PhiLePhi", "Mức thu (đồng)", -135000, "LLTP.000.00.42.H41");
            badUnitRow = excel.set("ThuTuc", "Đơn vị thời hạn", "NGAY_LAM_VIEC", "LLTP.000.00.42.H41");
            excel.set("ThuTuc", "Tên thủ tục", "Cấp Phiếu lý lịch tư pháp (sửa)", "LLTP.000.00.42.H41");
            broken = excel.bytes();
        }
        MockMultipartFile file =
                new MockMultipartFile("file", "hong.xlsx", CatalogAdminController.XLSX.toString(), broken);

        mvc.perform(multipart("/api/v1/admin/catalog/import")
                        .file(file)
                        .param("dryRun", "true")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].sheet").value("ThuTuc"))
                .andExpect(jsonPath("$.problems[0].row").value(badUnitRow))
                .andExpect(jsonPath("$.problems[0].column").value("Đơn vị thời hạn"))
                .andExpect(jsonPath("$.problems[0].code").value("BAD_ENUM"))
                .andExpect(jsonPath("$.problems[1].sheet").value("PhiLePhi"))
                .andExpect(jsonPath("$.problems[1].row").value(badFeeRow))
                .andExpect(jsonPath("$.problems[1].code").value("NEGATIVE_AMOUNT"));

        mvc.perform(multipart("/api/v1/admin/catalog/import").file(file).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.import_rejected"))
                .andExpect(jsonPath("$.errors[0].field").value("ThuTuc!" + badUnitRow + "!Đơn vị thời hạn"))
                .andExpect(jsonPath("$.errors[0].code").value("import.bad_enum"));
        assertThat(catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow().name())
                .isEqualTo(
                        "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam");
    }

    @Test
    void badProcedureEditsAreProblemDocuments() throws Exception {
        String admin = bearer("admin");
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        UUID unit = lltp.steps().get(1).responsibleAgencyId();
        String steps = "[{\"order\":1,\"name\":\"Tiếp nhận\",\"responsibleAgencyId\":\"" + unit
                + "\",\"role\":\"RECEPTION_OFFICER\",\"budgetDays\":1},"
                + "{\"order\":2,\"name\":\"Thẩm định\",\"responsibleAgencyId\":\"" + unit
                + "\",\"role\":\"SPECIALIST\",\"budgetDays\":2}]";
        mvc.perform(put("/api/v1/admin/procedures/{id}/workflow", lltp.id())
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(steps))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.workflow_budget_mismatch"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Thẩm định")))
                .andExpect(jsonPath("$.errors[0].field").value("steps[1].budgetDays"));

        String withoutUnit = steps.replace(
                "\"responsibleAgencyId\":\"" + unit + "\",\"role\":\"SPECIALIST\"", "\"role\":\"SPECIALIST\"");
        mvc.perform(put("/api/v1/admin/procedures/{id}/workflow", lltp.id())
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withoutUnit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("catalog.step_without_unit"));

        mvc.perform(post("/api/v1/admin/procedures")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"code\":\"LLTP.000.00.42.H41\",\"draft\":{\"name\":\"Trùng mã\",\"fieldCode\":\"ly-lich-tu-phap\","
                                        + "\"level\":\"PROVINCE\",\"competentAgencyId\":\"" + lltp.competentAgencyId()
                                        + "\","
                                        + "\"channels\":[\"COUNTER\"],\"applicantTypes\":[\"CITIZEN\"]}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.duplicate_procedure_code"));

        mvc.perform(
                        post("/api/v1/admin/procedures")
                                .header(HttpHeaders.AUTHORIZATION, admin)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"code\":\"MOI-1\",\"draft\":{\"name\":\"Thủ tục mới\",\"fieldCode\":\"ly-lich-tu-phap\","
                                                + "\"level\":\"PROVINCE\",\"competentAgencyId\":\""
                                                + lltp.competentAgencyId() + "\","
                                                + "\"channels\":[\"COUNTER\"],\"applicantTypes\":[\"CITIZEN\"],"
                                                + "\"fees\":[{\"name\":\"Lệ phí\",\"kind\":\"FIXED\",\"amountVnd\":-200000}]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("fees[0].amountVnd"))
                .andExpect(jsonPath("$.errors[0].code").value("catalog.negative_fee"));
    }

    @Test
    void anAgencyCannotMoveBelowItsOwnSubUnit() throws Exception {
        AgencyView police = catalog.agencyByCode("000.00.42.H41").orElseThrow();
        AgencyView pc06 = catalog.agencyByCode("000.01.42.H41").orElseThrow();
        mvc.perform(put("/api/v1/admin/agencies/{id}", police.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"000.00.42.H41\",\"parentId\":\"" + pc06.id()
                                + "\",\"name\":\"Công an tỉnh\",\"level\":\"PROVINCE\",\"type\":\"BRANCH\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.agency_cycle"));
    }

    @Test
    void editingAWorkflowAndPublishingMakesANewVersion() throws Exception {
        String admin = bearer("admin");
        ProcedureView v1 = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        UUID center = v1.steps().getFirst().responsibleAgencyId();
        UUID unit = v1.steps().get(1).responsibleAgencyId();
        String steps = "[{\"order\":1,\"name\":\"Tiếp nhận\",\"responsibleAgencyId\":\"" + center
                + "\",\"role\":\"RECEPTION_OFFICER\",\"budgetDays\":0.5},"
                + "{\"order\":2,\"name\":\"Thẩm định và phê duyệt\",\"responsibleAgencyId\":\"" + unit
                + "\",\"role\":\"SPECIALIST\",\"budgetDays\":5,\"backSteps\":[1]},"
                + "{\"order\":3,\"name\":\"Trả kết quả\",\"responsibleAgencyId\":\"" + center
                + "\",\"role\":\"RECEPTION_OFFICER\",\"budgetDays\":0.5}]";
        mvc.perform(put("/api/v1/admin/procedures/{id}/workflow", v1.id())
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(steps))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", v1.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v1.version() + 1))
                .andExpect(jsonPath("$.steps.length()").value(3));
        mvc.perform(get("/api/v1/admin/procedures/{id}/versions", v1.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", v1.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("catalog.no_draft"));
    }

    @Test
    void aProcedureShowsTheTimeOfEachChannelItIsPublishedWith() throws Exception {
        String admin = bearer("admin");
        ProcedureView water = catalog.procedureByCode("1.001662.000.00.53.H41").orElseThrow();
        ObjectNode draft = json.valueToTree(ProcedureDraft.of(water));
        draft.putObject("channelTimes").putObject("ONLINE").put("amount", 5).put("unit", "WORKING_DAYS");
        mvc.perform(put("/api/v1/admin/procedures/{id}/draft", water.id())
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", water.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/procedures/{id}", water.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedure.processingTime.amount").value(7))
                .andExpect(jsonPath("$.procedure.channelTimes.ONLINE.amount").value(5))
                .andExpect(jsonPath("$.procedure.channelTimes.ONLINE.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.procedure.channelTimes.COUNTER").doesNotExist());
        mvc.perform(get("/thu-tuc/{id}", water.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trực tuyến: 5 ngày làm việc")))
                .andExpect(content().string(containsString("Trực tiếp: 7 ngày làm việc")));
    }

    @Test
    void aTimeForAChannelTheProcedureDoesNotOfferIsRefused() throws Exception {
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        ObjectNode draft = json.valueToTree(ProcedureDraft.of(lltp));
        draft.putArray("channels").add("COUNTER");
        draft.put("onlineLevel", (String) null);
        draft.putObject("channelTimes").putObject("POSTAL").put("amount", 15).put("unit", "WORKING_DAYS");

        mvc.perform(put("/api/v1/admin/procedures/{id}/draft", lltp.id())
                        .header(HttpHeaders.AUTHORIZATION, bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("catalog.inconsistent_procedure"))
                .andExpect(jsonPath("$.errors[0].field").value("channelTimes.POSTAL"));
    }

    @Test
    void publishingIsRefusedWhileAnOfferedChannelHasNoTimeLimit() throws Exception {
        String admin = bearer("admin");
        ProcedureView lltp = catalog.procedureByCode("LLTP.000.00.42.H41").orElseThrow();
        // offered at the desk, online and by post, with a time of its own online only
        String created = mvc.perform(post("/api/v1/admin/procedures")
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"KHONG-THOI-HAN.1\",\"draft\":{\"name\":\"Thủ tục chưa có thời hạn\","
                                + "\"fieldCode\":\"ly-lich-tu-phap\",\"level\":\"PROVINCE\",\"competentAgencyId\":\""
                                + lltp.competentAgencyId() + "\",\"channels\":[\"COUNTER\",\"ONLINE\",\"POSTAL\"],"
                                + "\"onlineLevel\":\"MOT_PHAN\",\"applicantTypes\":[\"CITIZEN\"],"
                                + "\"channelTimes\":{\"ONLINE\":{\"amount\":3,\"unit\":\"WORKING_DAYS\"}}}}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("catalog.time_limit_missing"))
                .andExpect(jsonPath("$.title").value("Thiếu thời hạn giải quyết"))
                .andExpect(jsonPath("$.detail").value(containsString("kênh nộp hồ sơ “Trực tiếp” và “Bưu chính” chưa")))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("channelTimes.COUNTER"))
                .andExpect(jsonPath("$.errors[0].code").value("catalog.time_limit_missing"))
                .andExpect(jsonPath("$.errors[1].field").value("channelTimes.POSTAL"));
        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", id)
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Time limit missing"))
                .andExpect(jsonPath("$.detail").value(containsString("missing for “At the desk” and “By post”")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("“By post”")));
        mvc.perform(get("/api/v1/procedures/{id}", id)).andExpect(status().isNotFound());

        // a default time covers every channel without one of its own
        ObjectNode draft = json.valueToTree(
                ProcedureDraft.of(catalog.draft(UUID.fromString(id)).orElseThrow()));
        draft.putObject("processingTime").put("amount", 5).put("unit", "WORKING_DAYS");
        mvc.perform(put("/api/v1/admin/procedures/{id}/draft", id)
                        .header(HttpHeaders.AUTHORIZATION, admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft.toString()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/admin/procedures/{id}/publish", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk());
        // out of the catalog again: other tests in this context export it and count its procedures
        mvc.perform(post("/api/v1/admin/procedures/{id}/retire", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().is2xxSuccessful());
    }
}
