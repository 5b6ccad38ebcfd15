package org.motcua.dossier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Role;
import org.springframework.http.MediaType;

/** Every other path of the lifecycle through the API: liên thông, payment, extension, withdrawal, refusal. */
class DossierActionsControllerTests extends DossierApiTestSupport {

    @Test
    void aConsultedAgencyAnswersAndTheDossierReturnsToItsStep() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        UUID health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        act(
                        specialist,
                        code,
                        "consult",
                        "{\"agencyId\":\"" + health + "\",\"note\":\"Xác minh giấy khám sức khỏe\",\"days\":2}")
                .andExpect(jsonPath("$.status").value("CONSULTING"))
                .andExpect(jsonPath("$.lienThong").value(true))
                .andExpect(jsonPath("$.consultations[0].dueAt").isNotEmpty());
        // The consulted agency now sees the dossier and answers; the water unit cannot answer for it.
        act(specialist, code, "answer", "{\"note\":\"Tự trả lời\"}").andExpect(status().isForbidden());
        act(outsider, code, "answer", "{\"note\":\"Giấy khám hợp lệ\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.consultations[0].answer").value("Giấy khám hợp lệ"));
    }

    @Test
    void aLeaderAssignsAndSendsBackWithAReason() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        String specialistId = JsonPath.read(
                read(specialist, "/api/v1/auth/me").andReturn().getResponse().getContentAsString(), "$.id");
        act(specialist, code, "assign", "{\"assigneeId\":\"" + specialistId + "\"}")
                .andExpect(status().isForbidden());
        String citizenId = JsonPath.read(
                read(citizen, "/api/v1/auth/me").andReturn().getResponse().getContentAsString(), "$.id");
        act(leader, code, "assign", "{\"assigneeId\":\"" + citizenId + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("NotInStepUnit"));
        act(leader, code, "assign", "{\"assigneeId\":\"" + specialistId + "\"}")
                .andExpect(jsonPath("$.assigneeId").value(specialistId));
        read(specialist, "/api/v1/dossiers?view=mine")
                .andExpect(jsonPath("$.items[0].code").value(code));
        act(specialist, code, "send-back", "{\"toStep\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        act(specialist, code, "send-back", "{\"toStep\":1,\"note\":\"Thiếu trang 2 của đơn\"}")
                .andExpect(jsonPath("$.currentStep").value(1));
    }

    @Test
    void aFinancialObligationPausesTheDossierUntilPaid() throws Exception {
        String code = approved();
        act(leader, code, "request-payment", "{\"amountVnd\":1250000}")
                .andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"))
                .andExpect(jsonPath("$.portalStatus").value(6))
                .andExpect(jsonPath("$.deadline").value("PAUSED"));
        act(desk, code, "confirm-payment", null)
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.pauses[0].kind").value("FINANCIAL_OBLIGATION"));
    }

    @Test
    void anApologySetsOneNewAppointmentButTheStatisticalDueDateStays() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        String before = JsonPath.read(
                read(specialist, "/api/v1/dossiers/" + code)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.dueAt");
        String later = java.time.LocalDateTime.parse(before).plusDays(7).toString();
        act(specialist, code, "extend", "{\"newAppointment\":\"" + later + "\",\"note\":\"Cần kiểm tra thực địa\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value(Matchers.startsWith(later.substring(0, 16))))
                .andExpect(jsonPath("$.originalDueAt").value(Matchers.startsWith(before.substring(0, 16))))
                .andExpect(jsonPath("$.extensions").value(1));
        act(specialist, code, "extend", "{\"newAppointment\":\"" + later + "\",\"note\":\"Lần hai\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.already_extended"));
    }

    @Test
    void aWithdrawalRequestIsStoppedByTheAgency() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(citizen, code, "withdraw", "{\"note\":\"Không còn nhu cầu\"}")
                .andExpect(jsonPath("$.status").value("WITHDRAWAL_REQUESTED"))
                .andExpect(jsonPath("$.portalStatus").value(7));
        act(desk, code, "forward", null).andExpect(status().isConflict());
        // At reception the desk is responsible for the dossier: it completes the withdrawal (issue 14).
        act(specialist, code, "stop", "{\"note\":\"Theo đề nghị\"}").andExpect(status().isNotFound());
        act(desk, code, "stop", "{\"note\":\"Dừng theo đề nghị của người nộp\"}")
                .andExpect(jsonPath("$.status").value("STOPPED"))
                .andExpect(jsonPath("$.portalStatus").value(8));
    }

    @Test
    void anOnlineDossierOutsideTheCenterRemitIsRefusedWithReasons() throws Exception {
        String id = submit("k-" + UUID.randomUUID());
        act(desk, id, "refuse", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        act(desk, id, "refuse", "{\"note\":\"Không thuộc thẩm quyền giải quyết\"}")
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.portalStatus").value(3))
                .andExpect(jsonPath("$.code").isEmpty());
    }

    @Test
    void aCertificationIsHandledFourOnTheSpotByAnOfficerWithDelegatedAuthority() throws Exception {
        var certification = catalog.procedureByCode("2.000815.000.00.50.H41").orElseThrow();
        UUID commune = catalog.agencyByCode("000.00.50.H41").orElseThrow().id();
        UUID communeCenter = catalog.agencyByCode("000.01.50.H41").orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String officer =
                token(person("mc-" + run, Set.of(Role.RECEPTION_OFFICER, Role.AGENCY_LEADER), Set.of(commune)));
        String counterOnly = token(person("tn2-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(commune)));
        String body = """
                {"procedureId":"%s","channel":"COUNTER","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Trần Thị Hoa","idType":"CCCD","idNumber":"%s"},
                 "documents":[{"requiredOrder":1,"form":"ORIGINAL"},{"requiredOrder":2,"form":"COPY","quantity":3}]}
                """.formatted(certification.id(), communeCenter, idNumber);
        String code = JsonPath.read(
                mvc.perform(post("/api/v1/dossiers")
                                .header("Authorization", "Bearer " + officer)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("RECEIVED"))
                        .andExpect(jsonPath("$.code").value(Matchers.startsWith("000.01.50.H41-")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.code");
        mvc.perform(post("/api/v1/dossiers/" + code + "/four-on-site")
                        .header("Authorization", "Bearer " + counterOnly)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient\":\"Trần Thị Hoa\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers/" + code + "/four-on-site")
                        .header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipientName\":\"Trần Thị Hoa\",\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.fourOnSite").value(true));
        read(officer, "/api/v1/dossiers/" + code + "/history")
                .andExpect(jsonPath("$[*].action")
                        .value(Matchers.contains(
                                "receive", "forward", "forward", "approve", "resolve", "return-result")));
    }

    @Test
    void aProcedureNotMarkedForFourOnTheSpotCannotBeRushed() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        mvc.perform(post("/api/v1/dossiers/" + code + "/four-on-site")
                        .header("Authorization", "Bearer " + desk)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipient\":\"A\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("dossier.not_four_on_site"));
    }

    private String approved() throws Exception {
        String code = receive(submit("k-" + UUID.randomUUID()));
        act(desk, code, "forward", null);
        act(specialist, code, "forward", null);
        act(leader, code, "forward", null);
        act(leader, code, "approve", null).andExpect(jsonPath("$.status").value("APPROVED"));
        return code;
    }
}
