package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * A dossier taken through its whole life over the HTTP API, by the people who would really do it, on
 * the demo province's catalog ("Cấp lại giấy phép hành nghề khoan nước dưới đất", 8 working days,
 * received at the provincial center, processed by the Department of Natural Resources and Environment).
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class DossierLifecycleControllerTests {

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

    @Test
    void aDossierGoesFromOnlineSubmissionToReturnedResult() throws Exception {
        String id = submit("k-" + UUID.randomUUID());
        read(desk, "/api/v1/dossiers?view=mine")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id=='" + id + "')]").isNotEmpty());

        String code = receive(id);
        act(desk, code, "forward", null)
                .andExpect(jsonPath("$.currentStep").value(2))
                .andExpect(jsonPath("$.currentStepName").value("Thẩm định hồ sơ"));
        act(specialist, code, "forward", null)
                .andExpect(jsonPath("$.currentStep").value(3));
        // Step 3 is the unit leader's: the specialist still sees the dossier but may not approve it.
        act(specialist, code, "approve", null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("dossier.action_forbidden"));
        act(leader, code, "forward", null).andExpect(jsonPath("$.currentStep").value(4));
        act(leader, code, "approve", null).andExpect(jsonPath("$.status").value("APPROVED"));
        act(leader, code, "resolve", null)
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.portalStatus").value(9))
                .andExpect(jsonPath("$.verdict").value("EARLY"));
        act(desk, code, "return-result", "{\"recipient\":\"Võ Văn Bình\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.portalStatus").value(10))
                .andExpect(jsonPath("$.allowedActions").isEmpty());

        read(citizen, "/api/v1/dossiers/" + code + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action")
                        .value(org.hamcrest.Matchers.contains(
                                "receive", "forward", "forward", "forward", "approve", "resolve", "return-result")))
                .andExpect(jsonPath("$[1].stepVerdict").isNotEmpty());

        mvc.perform(get("/api/v1/public/dossiers/" + code).param("idNumber", idNumber))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.collectAt.name").value("Trung tâm Phục vụ hành chính công tỉnh Hồng Lam"))
                .andExpect(jsonPath("$.timeline.length()").value(7))
                .andExpect(jsonPath("$.applicant").doesNotExist());
        mvc.perform(get("/api/v1/public/dossiers/" + code).param("idNumber", "040000000000"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRetriedSubmissionReturnsTheSameDossier() throws Exception {
        String key = "k-" + UUID.randomUUID();
        assertThat(submit(key)).isEqualTo(submit(key));
    }

    @Test
    void officersOfOtherAgenciesAndOtherCitizensCannotSeeTheDossier() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        read(outsider, "/api/v1/dossiers/" + code)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("dossier.not_found"));
        String other =
                token(person("cd2-" + UUID.randomUUID().toString().substring(0, 6), Set.of(Role.APPLICANT), Set.of()));
        read(other, "/api/v1/dossiers/" + code).andExpect(status().isNotFound());
        read(citizen, "/api/v1/dossiers/" + code).andExpect(status().isOk());
        act(outsider, code, "forward", null).andExpect(status().isNotFound());
        read(outsider, "/api/v1/dossiers?view=agency")
                .andExpect(jsonPath("$.items[?(@.code=='" + code + "')]").isEmpty());
    }

    @Test
    void anIllegalActionIs409AndListsWhatIsAllowed() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "return-result", "{\"recipient\":\"A\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("dossier.invalid_transition"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("forward")));
        act(desk, code, "explode", null).andExpect(status().isNotFound());
    }

    @Test
    void aSupplementIsRequestedOnceAndItsAnswerRestartsTheClock() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        act(specialist, code, "request-supplement", "{\"note\":\"Thiếu bản sao giấy phép đã cấp\"}")
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.deadline").value("PAUSED"));
        act(citizen, code, "submit-supplement", "{\"documents\":[{\"requiredOrder\":2,\"form\":\"COPY\"}]}")
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.pauses.length()").value(1))
                .andExpect(jsonPath("$.documents.length()").value(2));
        act(specialist, code, "request-supplement", "{\"note\":\"Lần hai\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.supplement_already_requested"));
    }

    @Test
    void invalidApplicationsAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String bad = application()
                .replace("\"idNumber\":\"" + idNumber + "\"", "\"idNumber\":\"123\"")
                .replace("\"requiredOrder\":1", "\"requiredOrder\":9");
        mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field=='applicant.idNumber')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field=='documents[0].requiredOrder')]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field=='documents')].code").value("MissingDocument"));
        read(citizen, "/api/v1/dossiers?view=mine")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void twoOfficersActingAtOnceProduceOneWinnerAndOneConflict() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        Callable<Integer> forward = () ->
                act(specialist, code, "forward", null).andReturn().getResponse().getStatus();
        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(2)) {
            statuses = pool.invokeAll(List.of(forward, forward)).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        read(specialist, "/api/v1/dossiers/" + code)
                .andExpect(jsonPath("$.currentStep").value(3));
    }
}
