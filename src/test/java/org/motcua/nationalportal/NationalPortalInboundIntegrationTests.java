package org.motcua.nationalportal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Dossiers submitted on the national portal are fetched (WireMock) or called in, mapped to the local
 * procedure and enter the online queue through the dossier module's door; a dossier seen twice is one.
 */
class NationalPortalInboundIntegrationTests extends NationalPortalTestSupport {

    String portalDossier(String nationalCode, String procedureCode, String name) {
        return """
                {"MaHoSo":"%s","MaTTHC":"%s","ChuHoSo":"%s","LoaiDoiTuong":"1","SoDinhDanh":"%s",
                 "NgaySinh":"19900412","SoDienThoai":"0912345001","DiaChi":"Phường Trường Thi, Vinh",
                 "TrichYeuHoSo":"Cấp lại giấy phép khoan","NgayNop":"20270301083000"}""".formatted(nationalCode, procedureCode, name, idNumber);
    }

    ResultActions map(String token, String nationalCode, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/v1/national-portal/mappings/" + nationalCode)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theMappingTableIsKeptByAdministratorsAndRefusesUnknownProceduresWithProblemDetails() throws Exception {
        map(admin, "1.004253", "{\"procedureCode\":\"" + PROCEDURE + "\",\"receivingCenterId\":\"" + center + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedureCode").value(PROCEDURE));
        map(admin, "9.999999", "{\"procedureCode\":\"khong-co-thu-tuc-nay\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("procedureCode"));
        map(admin, "9.999998", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("procedureCode"));
        map(desk, "1.004253", "{\"procedureCode\":\"" + PROCEDURE + "\"}").andExpect(status().isForbidden());
        read(admin, "/api/v1/national-portal/mappings")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nationalCode", hasItem("1.004253")));
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/national-portal/mappings/9.999997")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("nationalportal.mapping_not_found"));
    }

    @Test
    void aFetchedDossierEntersTheOnlineQueueOnceWithTheApplicantAsThePortalSentIt() throws Exception {
        portalAnswersOk();
        advance(Duration.ofMinutes(1));
        map(admin, "1.004253", "{\"procedureCode\":\"" + PROCEDURE + "\"}").andExpect(status().isOk());
        String mapped = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        String unmapped = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        portal.stubFor(post(urlEqualTo("/dvcqg/integration"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.service", equalTo("LayDanhSachHoSoDVCQG")))
                .willReturn(okJson("{\"error_code\":\"0\",\"result\":["
                        + portalDossier(mapped, "1.004253", "Trần Thị Thu Hà") + ","
                        + portalDossier(unmapped, "8.888888", "Lê Quang Dũng") + "]}")));

        String first = mvc.perform(MockMvcRequestBuilders.post("/api/v1/national-portal/fetch")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<Integer>) JsonPath.read(first, "$[*].errorCode")).containsExactly(0, -1);
        assertThat((String) JsonPath.read(first, "$[1].message")).contains("MaTTHC mapping not found");
        String reference = JsonPath.read(first, "$[0].reference");

        String again = mvc.perform(MockMvcRequestBuilders.post("/api/v1/national-portal/fetch")
                        .header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<Integer>) JsonPath.read(again, "$[*].errorCode")).containsExactly(1, -1);

        // The desk finds it in the online queue, as an online dossier waiting for acceptance.
        read(desk, "/api/v1/dossiers/" + reference)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.channel").value("ONLINE"))
                .andExpect(jsonPath("$.applicant.name").value("Trần Thị Thu Hà"))
                .andExpect(jsonPath("$.applicant.idNumber").value(idNumber))
                .andExpect(jsonPath("$.applicant.dateOfBirth").value("1990-04-12"))
                .andExpect(jsonPath("$.summary").value(org.hamcrest.Matchers.containsString(mapped)));

        // Received here, its status goes back to the portal under the portal's own code.
        String received = act(desk, reference, "receive", null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = JsonPath.read(received, "$.code");
        recorded(code, 1);
        pusher.pushDue();
        var statuses = calls("DongBoTrangThaiHoSo", code);
        assertThat(field(statuses, "$.data.MaHoSo")).containsExactly(mapped);
        assertThat(field(statuses, "$.data.MaHoSoDonVi")).containsExactly(code);
        assertThat(field(statuses, "$.data.TrangThai")).containsExactly("2");
        assertThat(field(statuses, "$.type")).containsExactly("2");
        read(desk, "/api/v1/national-portal/dossiers/" + code + "/sync")
                .andExpect(jsonPath("$.nationalCode").value(mapped));
    }

    @Test
    void thePortalCallsADossierInWithItsSharedSecretAndADuplicateIsAnsweredAsSuch() throws Exception {
        map(admin, "1.004253", "{\"procedureCode\":\"" + PROCEDURE + "\"}").andExpect(status().isOk());
        String code = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        String body = portalDossier(code, "1.004253", "Phạm Minh Tuấn");
        callIn("bi-mat-cua-cong", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.error_code").value(0))
                .andExpect(jsonPath("$.message").value(code + "| create dossier success"));
        callIn("bi-mat-cua-cong", body).andExpect(jsonPath("$.error_code").value(1));
        callIn("doan-mo", body)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("nationalportal.callback_forbidden"));
        callIn(null, body).andExpect(status().isForbidden());
        callIn("bi-mat-cua-cong", "{\"MaTTHC\":\"1.004253\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.error_code").value(-1));
    }

    ResultActions callIn(String token, String body) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/national-portal/inbound")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (token != null) {
            request.header("X-Portal-Token", token);
        }
        return mvc.perform(request);
    }
}
