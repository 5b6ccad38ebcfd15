package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Rules of the lifecycle that were broken when tried as officers and applicants would (issue 14): each
 * test fails on the code before the one door.
 */
class DossierRulesControllerTests extends DossierApiTestSupport {

    @Test
    void forwardGoesToTheNextStepAndNeverSkipsTheLeadersReview() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null).andExpect(jsonPath("$.currentStep").value(2));
        act(specialist, code, "forward", "{\"toStep\":4}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.step_not_next"));
        act(specialist, code, "forward", null)
                .andExpect(jsonPath("$.currentStep").value(3));
    }

    @Test
    void theResultGoesThroughTheReturnStepWithItsVerdictInTheHistory() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        act(specialist, code, "forward", null);
        act(leader, code, "forward", null);
        act(leader, code, "approve", null).andExpect(jsonPath("$.currentStep").value(4));
        act(leader, code, "resolve", null)
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.currentStep").value(5))
                .andExpect(jsonPath("$.currentStepName").value("Trả kết quả"));
        act(desk, code, "return-result", "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"" + idNumber + "\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.handOver.recipientName").value("Võ Văn Bình"))
                .andExpect(jsonPath("$.handOver.method").value("COUNTER"));
        String history = read(desk, "/api/v1/dossiers/" + code + "/history")
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> resolveSteps = JsonPath.read(history, "$[?(@.action == 'resolve')].toStep");
        List<String> returnVerdicts = JsonPath.read(history, "$[?(@.action == 'return-result')].stepVerdict");
        List<Integer> returnSteps = JsonPath.read(history, "$[?(@.action == 'return-result')].fromStep");
        assertThat(resolveSteps).containsExactly(5);
        assertThat(returnSteps).containsExactly(5);
        assertThat(returnVerdicts).hasSize(1).doesNotContainNull();
    }

    @Test
    void anExtensionMustBeInWorkingTimeAndLaterThanTheAppointment() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        String due = JsonPath.read(
                read(specialist, "/api/v1/dossiers/" + code)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.dueAt");
        LocalDateTime sundayNight = LocalDateTime.parse(due)
                .plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                .withHour(3)
                .withMinute(0);
        act(specialist, code, "extend", "{\"newAppointment\":\"" + sundayNight + "\",\"note\":\"Xác minh\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.extension_outside_working_time"));
        act(
                        specialist,
                        code,
                        "extend",
                        "{\"newAppointment\":\"" + LocalDateTime.parse(due).minusDays(1) + "\",\"note\":\"Xác minh\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.extension_not_later"));
        act(specialist, code, "extend", "{\"note\":\"Xác minh\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newAppointment"));
    }

    @Test
    void theExplanationOfTheAppointmentExplainsTheExtendedDate() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        String due = JsonPath.read(
                read(specialist, "/api/v1/dossiers/" + code)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.dueAt");
        LocalDateTime later = LocalDateTime.parse(due)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .withHour(10);
        String body = act(
                        specialist,
                        code,
                        "extend",
                        "{\"newAppointment\":\"" + later + "\",\"note\":\"Cần xác minh thực địa\"}")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> vi = JsonPath.read(body, "$.appointmentExplanation.vi");
        List<String> en = JsonPath.read(body, "$.appointmentExplanation.en");
        String newDate = "10:00 %02d/%02d/%d".formatted(later.getDayOfMonth(), later.getMonthValue(), later.getYear());
        assertThat(vi.getLast()).contains("Gia hạn").contains(newDate).contains("Cần xác minh thực địa");
        assertThat(en.getLast()).contains("Extended").contains(newDate);
        assertThat(vi.size()).isGreaterThan(1);
    }

    @Test
    void anOnlineDossierHasAReadableReferenceBeforeItHasACode() throws Exception {
        String result = mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(Matchers.matchesPattern("HS[2-9A-HJKMNP-Z]{8}")))
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/v1/dossiers/HS\\w{8}")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String reference = JsonPath.read(result, "$.reference");
        read(citizen, "/api/v1/dossiers/" + reference.toLowerCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference));
        read(desk, "/api/v1/dossiers/" + reference).andExpect(jsonPath("$.code").isEmpty());
    }

    @Test
    void malformedCommandsAndApplicationsAreRefusedWithProblemsAndNothingIsWritten() throws Exception {
        mvc.perform(post("/api/v1/dossiers")
                        .header("Authorization", "Bearer " + citizen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("procedureId"));
        String longText = "x".repeat(10_000);
        for (String document : List.of(
                "{\"requiredOrder\":1,\"form\":\"" + longText + "\"}",
                "{\"requiredOrder\":1,\"form\":\"ORIGINAL\",\"origin\":\"" + longText + "\"}",
                "{\"requiredOrder\":1,\"form\":\"ORIGINAL_OR_COPY\"}",
                "{\"requiredOrder\":1,\"form\":\"PHOTO\"}")) {
            mvc.perform(post("/api/v1/dossiers")
                            .header("Authorization", "Bearer " + citizen)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(application()
                                    .replace(
                                            "{\"requiredOrder\":1,\"form\":\"ORIGINAL\",\"quantity\":1,\"origin\":\"UPLOADED\"}",
                                            document)))
                    .andExpect(status().isBadRequest());
        }
        String code = receive(submit("k-" + UUID.randomUUID()));
        int version = JsonPath.read(
                read(desk, "/api/v1/dossiers/" + code).andReturn().getResponse().getContentAsString(), "$.version");
        act(desk, code, "forward", "{\"version\":\"not a number\"}").andExpect(status().isBadRequest());
        act(desk, code, "refuse", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        act(desk, code, "request-payment", "{\"amountVnd\":-5}").andExpect(status().isBadRequest());
        act(desk, code, "request-payment", "{\"amountVnd\":1.5}").andExpect(status().isBadRequest());
        act(leader, code, "send-back", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("toStep", "note")));
        read(desk, "/api/v1/dossiers/" + code)
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.version").value(version));
    }
}
