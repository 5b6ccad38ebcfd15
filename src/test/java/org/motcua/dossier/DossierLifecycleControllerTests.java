package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Role;
import org.springframework.http.MediaType;

/**
 * A dossier taken through its whole life over the HTTP API, by the people who would really do it.
 */
class DossierLifecycleControllerTests extends DossierApiTestSupport {

    @Test
    void aDossierGoesFromOnlineSubmissionToReturnedResult() throws Exception {
        String id = submit("k-" + UUID.randomUUID());
        read(desk, "/api/v1/dossiers?view=mine&q=" + idNumber)
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
        act(desk, code, "return-result", "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"" + idNumber + "\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.portalStatus").value(10))
                .andExpect(jsonPath("$.allowedActions").isEmpty());

        read(citizen, "/api/v1/dossiers/" + code + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action")
                        .value(org.hamcrest.Matchers.contains(
                                "receive", "forward", "forward", "forward", "approve", "resolve", "return-result")))
                .andExpect(jsonPath("$[1].stepVerdict").isNotEmpty());

        mvc.perform(post("/api/v1/public/dossiers/" + code + "/track")
                        .contentType("application/json")
                        .content("{\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.collectAt.name").value("Trung tâm Phục vụ hành chính công tỉnh Hồng Lam"))
                .andExpect(jsonPath("$.timeline.length()").value(7))
                .andExpect(jsonPath("$.applicant").doesNotExist());
        mvc.perform(post("/api/v1/public/dossiers/" + code + "/track")
                        .contentType("application/json")
                        .content("{\"idNumber\":\"040000000000\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/public/dossiers/" + code + "/track")
                        .contentType("application/json")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
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
        act(desk, code, "return-result", "{\"recipientName\":\"A\",\"idNumber\":\"" + idNumber + "\"}")
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
        Object version = JsonPath.read(
                act(desk, code, "forward", null).andReturn().getResponse().getContentAsString(), "$.version");
        // Both saw the same version; whichever comes second is refused, whatever the timing.
        Callable<Integer> forward = () -> act(specialist, code, "forward", "{\"version\":" + version + "}")
                .andReturn()
                .getResponse()
                .getStatus();
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
