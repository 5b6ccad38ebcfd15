package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The people and calls the dossier API tests share, on the demo province's catalog: "Cấp lại giấy phép
 * hành nghề khoan nước dưới đất" (8 working days, received at the provincial center, processed by the
 * Department of Natural Resources and Environment and its water resources unit).
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
abstract class DossierApiTestSupport {

    static final String PROCEDURE = "1.004253.000.00.19.H41";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    ProcedureView procedure;
    UUID center;
    String citizen;
    String desk;
    String specialist;
    String leader;
    String outsider;
    String idNumber;

    @BeforeEach
    void people() throws Exception {
        procedure = catalog.procedureByCode(PROCEDURE).orElseThrow();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        UUID department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        UUID waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        UUID health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        idNumber = "0400" + String.format("%08d", Math.abs(run.hashCode()) % 100_000_000);
        citizen = token(person("cd-" + run, Set.of(Role.APPLICANT), Set.of()));
        desk = token(person("tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center)));
        specialist = token(person("cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit)));
        leader = token(person("ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department)));
        outsider = token(person("yt-" + run, Set.of(Role.SPECIALIST, Role.AGENCY_LEADER), Set.of(health)));
    }

    String person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, "mật-khẩu", "Người " + username, roles);
        users.assignAgencies(user.id(), agencies);
        return username;
    }

    String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"mật-khẩu\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    String application() {
        return """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"%s",
                              "phone":"0912 345 678","email":"binh@example.vn","address":"Phường Hồng Sơn"},
                 "deliveryMethod":"COUNTER",
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL","quantity":1,"origin":"UPLOADED"}]}
                """.formatted(procedure.id(), center, idNumber);
    }

    ResultActions as(String token, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    ResultActions act(String token, String ref, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/" + ref + "/" + action)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body));
    }

    ResultActions read(String token, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    String submit(String key) throws Exception {
        String body = mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.portalStatus").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String receive(String id) throws Exception {
        String body = act(desk, id, "receive", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.dueAt").isNotEmpty())
                .andExpect(jsonPath("$.appointmentExplanation").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String code = JsonPath.read(body, "$.code");
        assertThat(code).matches("000\\.00\\.01\\.H41-\\d{6}-\\d{4}");
        return code;
    }
}
