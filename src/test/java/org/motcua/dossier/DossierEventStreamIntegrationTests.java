package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Channel;
import org.motcua.dossier.DossierEvents.ConsultationAnswered;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierApproved;
import org.motcua.dossier.DossierEvents.DossierAssigned;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierForwarded;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.DossierSubmitted;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.PaymentRequested;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierEvents.SupplementSubmitted;
import org.motcua.dossier.DossierEvents.WithdrawalRequested;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The event stream is the contract other modules build on: a full lifecycle — supplement, consultation,
 * extension, payment confirmed by the payments module as the system, resolution, return — and a
 * withdrawal completed at reception publish exactly one event per history row, each delivered through
 * the event publication registry to a module listener, with every fact filled in.
 */
class DossierEventStreamIntegrationTests extends DossierApiTestSupport {

    /** A module listening as statistics or notifications will: after commit, through the registry. */
    static class Recorder {
        private final List<DossierEvent> received = new CopyOnWriteArrayList<>();

        public List<DossierEvent> received() {
            return received;
        }

        @ApplicationModuleListener
        void on(DossierEvent event) {
            received.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }

    @Autowired
    Recorder recorder;

    @Autowired
    Dossiers dossiers;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void everyChangeOfAFullLifecyclePublishesOneCompleteEvent() throws Exception {
        LocalDateTime before =
                LocalDateTime.now(org.motcua.shared.Vietnam.ZONE).withNano(0).minusSeconds(1);
        String id = submit(UUID.randomUUID().toString());
        String code = receive(id);
        UUID health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        UUID specialistId = account(specialist).id();
        act(desk, code, "forward", "{\"note\":\"Đủ thành phần\"}").andExpect(status().isOk());
        act(leader, code, "assign", "{\"assigneeId\":\"" + specialistId + "\"}").andExpect(status().isOk());
        act(specialist, code, "request-supplement", "{\"note\":\"Thiếu bản sao giấy phép\"}")
                .andExpect(status().isOk());
        act(citizen, code, "submit-supplement", "{\"documents\":[{\"requiredOrder\":2,\"form\":\"COPY\"}]}")
                .andExpect(status().isOk());
        act(specialist, code, "consult", "{\"agencyId\":\"" + health + "\",\"note\":\"Xin ý kiến\",\"days\":2}")
                .andExpect(status().isOk());
        act(outsider, code, "answer", "{\"note\":\"Đồng ý\"}").andExpect(status().isOk());
        String dueBefore = JsonPath.read(
                read(specialist, "/api/v1/dossiers/" + code)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.dueAt");
        LocalDateTime previousDue = LocalDateTime.parse(dueBefore);
        LocalDateTime newDue =
                calendar.addWorkingDays(previousDue, BigDecimal.valueOf(2), procedure.competentAgencyId());
        act(specialist, code, "extend", "{\"newAppointment\":\"" + newDue + "\",\"note\":\"Cần xác minh thực địa\"}")
                .andExpect(status().isOk());
        act(specialist, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "forward", null).andExpect(status().isOk());
        act(leader, code, "approve", null).andExpect(status().isOk());
        act(leader, code, "request-payment", "{\"amountVnd\":150000}").andExpect(status().isOk());
        dossiers.handle(
                DossierRef.of(code), new DossierCommand.ConfirmPayment(null), Actor.system(SystemModule.PAYMENTS));
        // The capital the result registers (asked for enterprise and investment procedures) travels with it.
        act(leader, code, "resolve", "{\"capital\":{\"amount\":1500000000,\"foreignInvestor\":false}}")
                .andExpect(status().isOk());
        act(desk, code, "return-result", "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"" + idNumber + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));

        UUID dossierId = UUID.fromString(id);
        List<DossierEvent> events = delivered(dossierId, 16);
        int historyRows = JsonPath.<List<?>>read(
                        read(desk, "/api/v1/dossiers/" + code + "/history")
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$")
                .size();
        // One event per history row, and the submission (which has no row).
        assertThat(events).hasSize(historyRows + 1);

        int i = 0;
        String reference = events.getFirst().facts().reference();
        assertThat(reference).matches("HS[2-9A-HJKMNP-Z]{8}");
        DossierSubmitted submitted = (DossierSubmitted) events.get(i++);
        facts(submitted.facts(), dossierId, null, before, DossierStatus.NEW, DossierStatus.NEW, null, null, citizen);
        assertThat(submitted.facts().appointment()).isNull();

        DossierReceived received = (DossierReceived) events.get(i++);
        facts(received.facts(), dossierId, code, before, DossierStatus.NEW, DossierStatus.RECEIVED, null, 1, desk);
        LocalDateTime appointment = received.facts().appointment();
        assertThat(appointment).isAfter(before);
        assertThat(received.facts().originalAppointment()).isEqualTo(appointment);

        DossierForwarded toSpecialist = (DossierForwarded) events.get(i++);
        facts(
                toSpecialist.facts(),
                dossierId,
                code,
                before,
                DossierStatus.RECEIVED,
                DossierStatus.IN_PROGRESS,
                1,
                2,
                desk);
        assertThat(toSpecialist.stepVerdict()).isNotNull();
        assertThat(toSpecialist.note()).isEqualTo("Đủ thành phần");

        DossierAssigned assigned = (DossierAssigned) events.get(i++);
        facts(
                assigned.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.IN_PROGRESS,
                2,
                2,
                leader);
        assertThat(assigned.assigneeId()).isEqualTo(specialistId);

        SupplementRequested asked = (SupplementRequested) events.get(i++);
        facts(
                asked.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.SUPPLEMENT_REQUESTED,
                2,
                2,
                specialist);
        assertThat(asked.beforeReceipt()).isFalse();
        assertThat(asked.issues()).isEqualTo("Thiếu bản sao giấy phép");
        assertThat(asked.facts().toPortalStatus()).isEqualTo(5);

        SupplementSubmitted answered = (SupplementSubmitted) events.get(i++);
        facts(
                answered.facts(),
                dossierId,
                code,
                before,
                DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.IN_PROGRESS,
                2,
                2,
                citizen);
        assertThat(answered.documentsAdded()).isEqualTo(1);
        // The restart rule recounts the appointment from the supplement: never earlier than the first one.
        assertThat(answered.facts().appointment()).isAfterOrEqualTo(appointment);
        LocalDateTime recounted = answered.facts().appointment();

        ConsultationOpened consulted = (ConsultationOpened) events.get(i++);
        facts(
                consulted.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.CONSULTING,
                2,
                2,
                specialist);
        assertThat(consulted.consultedAgencyId()).isEqualTo(health);
        assertThat(consulted.question()).isEqualTo("Xin ý kiến");
        assertThat(consulted.due()).isAfter(consulted.facts().at());

        ConsultationAnswered consultationAnswered = (ConsultationAnswered) events.get(i++);
        facts(
                consultationAnswered.facts(),
                dossierId,
                code,
                before,
                DossierStatus.CONSULTING,
                DossierStatus.IN_PROGRESS,
                2,
                2,
                outsider);
        assertThat(consultationAnswered.agencyId()).isEqualTo(health);
        assertThat(consultationAnswered.allAnswered()).isTrue();
        assertThat(consultationAnswered.answerVerdict()).isNotNull();

        DossierExtended extended = (DossierExtended) events.get(i++);
        facts(
                extended.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.IN_PROGRESS,
                2,
                2,
                specialist);
        assertThat(extended.previousAppointment()).isEqualTo(previousDue).isEqualTo(recounted);
        assertThat(extended.facts().appointment()).isEqualTo(newDue);
        assertThat(extended.facts().originalAppointment()).isEqualTo(recounted);
        assertThat(extended.reason()).isEqualTo("Cần xác minh thực địa");
        assertThat(extended.lateApology()).isFalse();

        DossierForwarded toUnitLeader = (DossierForwarded) events.get(i++);
        facts(
                toUnitLeader.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.IN_PROGRESS,
                2,
                3,
                specialist);
        DossierForwarded toAgencyLeader = (DossierForwarded) events.get(i++);
        facts(
                toAgencyLeader.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.IN_PROGRESS,
                3,
                4,
                leader);

        DossierApproved approved = (DossierApproved) events.get(i++);
        facts(
                approved.facts(),
                dossierId,
                code,
                before,
                DossierStatus.IN_PROGRESS,
                DossierStatus.APPROVED,
                4,
                4,
                leader);
        assertThat(approved.stepVerdict()).isNotNull();

        PaymentRequested payment = (PaymentRequested) events.get(i++);
        facts(
                payment.facts(),
                dossierId,
                code,
                before,
                DossierStatus.APPROVED,
                DossierStatus.AWAITING_PAYMENT,
                4,
                4,
                leader);
        assertThat(payment.amount()).isEqualTo(Vnd.of(150_000));
        assertThat(payment.facts().toPortalStatus()).isEqualTo(6);

        PaymentConfirmed paid = (PaymentConfirmed) events.get(i++);
        facts(
                paid.facts(),
                dossierId,
                code,
                before,
                DossierStatus.AWAITING_PAYMENT,
                DossierStatus.APPROVED,
                4,
                4,
                null);
        assertThat(paid.facts().actor())
                .isEqualTo(ActedBy.system(SystemModule.PAYMENTS, stepAgency(4)))
                .extracting(ActedBy::name)
                .isEqualTo("Hệ thống thanh toán");
        assertThat(paid.amount()).isEqualTo(Vnd.of(150_000));

        DossierResolved resolved = (DossierResolved) events.get(i++);
        int last = procedure.steps().size();
        facts(
                resolved.facts(),
                dossierId,
                code,
                before,
                DossierStatus.APPROVED,
                DossierStatus.RESOLVED,
                4,
                last,
                leader);
        assertThat(resolved.outcome()).isEqualTo(Outcome.GRANTED);
        assertThat(resolved.reasons()).isNull();
        assertThat(resolved.capital()).isEqualTo(new RegisteredCapital(Vnd.of(1_500_000_000L), false));
        // Resolved on the day of receipt against an appointment days away: early, by working days.
        assertThat(resolved.timeliness().verdict()).isEqualTo(StepVerdict.EARLY);
        assertThat(resolved.timeliness().workingMinutes()).isGreaterThan(8 * 60);
        assertThat(resolved.facts().toPortalStatus()).isEqualTo(9);

        DossierReturned returned = (DossierReturned) events.get(i++);
        facts(
                returned.facts(),
                dossierId,
                code,
                before,
                DossierStatus.RESOLVED,
                DossierStatus.RETURNED,
                last,
                last,
                desk);
        assertThat(returned.handOver().method()).isEqualTo(DeliveryMethod.COUNTER);
        assertThat(returned.handOver().recipientName()).isEqualTo("Võ Văn Bình");
        assertThat(returned.handOver().recipientIdNumber()).isEqualTo(idNumber);
        assertThat(returned.handOver().relationship()).isNull();
        assertThat(returned.handOver().trackingNumber()).isNull();
        assertThat(returned.handOver().at()).isEqualTo(returned.facts().at());
        assertThat(returned.facts().toPortalStatus()).isEqualTo(10);
        assertThat(i).isEqualTo(events.size());
        assertThat(events).allSatisfy(e -> assertThat(e.facts().reference()).isEqualTo(reference));
    }

    @Test
    void aWithdrawalAtReceptionIsCompletedByTheDeskAndPublishedTwice() throws Exception {
        LocalDateTime before =
                LocalDateTime.now(org.motcua.shared.Vietnam.ZONE).withNano(0).minusSeconds(1);
        String id = submit(UUID.randomUUID().toString());
        String code = receive(id);
        act(citizen, code, "withdraw", "{\"note\":\"Không còn nhu cầu\"}")
                .andExpect(jsonPath("$.status").value("WITHDRAWAL_REQUESTED"));
        // At reception nobody but the desk is responsible for the dossier: the desk completes the withdrawal.
        act(desk, code, "stop", "{\"note\":\"Dừng theo đề nghị của người nộp\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STOPPED"));

        List<DossierEvent> events = delivered(UUID.fromString(id), 4);
        WithdrawalRequested asked = (WithdrawalRequested) events.get(2);
        facts(
                asked.facts(),
                UUID.fromString(id),
                code,
                before,
                DossierStatus.RECEIVED,
                DossierStatus.WITHDRAWAL_REQUESTED,
                1,
                1,
                citizen);
        assertThat(asked.reason()).isEqualTo("Không còn nhu cầu");
        assertThat(asked.facts().toPortalStatus()).isEqualTo(7);
        DossierStopped stopped = (DossierStopped) events.get(3);
        facts(
                stopped.facts(),
                UUID.fromString(id),
                code,
                before,
                DossierStatus.WITHDRAWAL_REQUESTED,
                DossierStatus.STOPPED,
                1,
                1,
                desk);
        assertThat(stopped.withdrawn()).isTrue();
        assertThat(stopped.reason()).isEqualTo("Dừng theo đề nghị của người nộp");
        assertThat(stopped.facts().toPortalStatus()).isEqualTo(8);
    }

    /** The events delivered for one dossier, in the order they were published. */
    private List<DossierEvent> delivered(UUID dossierId, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> recorder.received().stream()
                                .filter(e -> e.dossierId().equals(dossierId))
                                .count()
                        >= expected);
        // Delivered after each commit, possibly on several threads: the dossier's version orders them.
        List<DossierEvent> events = recorder.received().stream()
                .filter(e -> e.dossierId().equals(dossierId))
                .sorted(java.util.Comparator.comparingLong(e -> e.facts().version()))
                .toList();
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).facts().version()).isEqualTo(i);
        }
        return events;
    }

    private void facts(
            DossierFacts f,
            UUID dossierId,
            String code,
            LocalDateTime notBefore,
            DossierStatus from,
            DossierStatus to,
            Integer fromStep,
            Integer step,
            String actorToken) {
        assertThat(f.dossierId()).isEqualTo(dossierId);
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.procedureId()).isEqualTo(procedure.id());
        assertThat(f.procedureCode()).isEqualTo(procedure.code());
        assertThat(f.procedureNationalCode())
                .isEqualTo(procedure.nationalCode())
                .isNotNull();
        assertThat(f.fieldCode()).isEqualTo(procedure.fieldCode()).isNotNull();
        assertThat(f.competentAgencyId()).isEqualTo(procedure.competentAgencyId());
        assertThat(f.receivingCenterId()).isEqualTo(center);
        assertThat(f.channel()).isEqualTo(Channel.ONLINE);
        assertThat(f.applicantType()).isEqualTo(Applicant.ApplicantType.CITIZEN);
        assertThat(f.deliveryMethod()).isEqualTo(DeliveryMethod.COUNTER);
        assertThat(f.fromStatus()).isEqualTo(from);
        assertThat(f.toStatus()).isEqualTo(to);
        assertThat(f.fromPortalStatus()).isEqualTo(from.portalCode());
        assertThat(f.toPortalStatus()).isEqualTo(to.portalCode());
        assertThat(f.fromStep()).isEqualTo(fromStep);
        assertThat(f.step()).isEqualTo(step);
        assertThat(f.stepAgencyId()).isEqualTo(step == null ? null : stepAgency(step));
        assertThat(f.at())
                .isAfterOrEqualTo(notBefore)
                .isBeforeOrEqualTo(LocalDateTime.now(org.motcua.shared.Vietnam.ZONE));
        if (code == null) {
            assertThat(f.appointment()).isNull();
        } else {
            assertThat(f.appointment()).isAfter(f.at().minusDays(1));
            assertThat(f.originalAppointment()).isNotNull();
        }
        if (actorToken != null) {
            CurrentUser account = account(actorToken);
            assertThat(f.actor().accountId()).isEqualTo(account.id());
            assertThat(f.actor().name()).isEqualTo(account.displayName());
            assertThat(f.actor().role()).isNotBlank().isNotEqualTo(ActedBy.SYSTEM_ROLE);
            assertThat(f.actor().system()).isNull();
            UUID actingFor = fromStep == null ? center : stepAgency(fromStep);
            assertThat(f.actor().agencyId()).isEqualTo(actingFor);
        }
    }

    private UUID stepAgency(int order) {
        return procedure.steps().stream()
                .filter(s -> s.order() == order)
                .findFirst()
                .orElseThrow()
                .responsibleAgencyId();
    }

    /** The signed-in person behind a token of the test support. */
    private CurrentUser account(String token) {
        try {
            String me = read(token, "/api/v1/auth/me").andReturn().getResponse().getContentAsString();
            return users.findByUsername(JsonPath.read(me, "$.username")).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
