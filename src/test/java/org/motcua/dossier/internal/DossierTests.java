package org.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.motcua.dossier.internal.DossierFixtures.AGENCY;
import static org.motcua.dossier.internal.DossierFixtures.APPLICANT;
import static org.motcua.dossier.internal.DossierFixtures.MONDAY_9;
import static org.motcua.dossier.internal.DossierFixtures.OFFICER;
import static org.motcua.dossier.internal.DossierFixtures.PARTNER;
import static org.motcua.dossier.internal.DossierFixtures.SPECIALIST;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCode;
import org.motcua.dossier.DossierEvents;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.HandOver;
import org.motcua.dossier.InvalidTransitionException;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.PauseInterval;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.Timeliness;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vnd;

class DossierTests {

    /** The workflow's last step: returning the result at the center. */
    private static final StepEntry RETURN_STEP =
            new StepEntry(5, DossierFixtures.CENTER, LocalDateTime.of(2026, 3, 5, 9, 0));

    private static HandOver handOver(LocalDateTime at) {
        return new HandOver(DeliveryMethod.COUNTER, "Võ Văn Bình", "040090001234", null, null, at);
    }

    @Test
    void anExtensionOutsideWorkingTimeIsRefusedAndAnAcceptedOneIsExplained() {
        Dossier d = DossierFixtures.inProgress();
        d.explainAppointment(List.of("Thời hạn 3 ngày làm việc"), List.of("Time limit 3 working days"));
        LocalDateTime latest = LocalDateTime.of(2026, 3, 4, 9, 0);
        LocalDateTime sundayNight = LocalDateTime.of(2026, 3, 8, 3, 0);
        assertThatThrownBy(() -> d.extend(sundayNight, "Xác minh", false, true, false, latest, SPECIALIST))
                .hasMessage("dossier.extension_outside_working_time");
        assertThat(d.extensions()).isZero();
        d.extend(LocalDateTime.of(2026, 3, 10, 9, 0), "Cần xác minh thực địa", false, true, true, latest, SPECIALIST);
        assertThat(d.appointmentExplanation(false))
                .containsExactly(
                        "Thời hạn 3 ngày làm việc",
                        "Gia hạn (văn bản xin lỗi ngày 09:00 04/03/2026): hẹn trả mới 09:00 10/03/2026 thay cho"
                                + " 09:00 05/03/2026. Lý do: Cần xác minh thực địa");
        assertThat(d.appointmentExplanation(true).getLast()).startsWith("Extended");
    }

    @Test
    void everyTransitionRegistersExactlyOneEventWithTheSameFacts() {
        Dossier d = DossierFixtures.approved(); // submitted, received, forwarded, approved
        d.resolve(RETURN_STEP, 480, null, MONDAY_9.plusDays(2), SPECIALIST);
        assertThat(d.events()).hasSize(d.transitions().size() + 1); // the submission has no history row
        DossierEvents.DossierResolved resolved =
                (DossierEvents.DossierResolved) d.events().getLast();
        Transition t = d.transitions().getLast();
        assertThat(resolved.facts().fromStatus()).isEqualTo(t.from());
        assertThat(resolved.facts().toStatus()).isEqualTo(t.to());
        assertThat(resolved.facts().fromStep()).isEqualTo(t.fromStep()).isEqualTo(2);
        assertThat(resolved.facts().step()).isEqualTo(t.toStep()).isEqualTo(5);
        assertThat(resolved.facts().stepAgencyId()).isEqualTo(DossierFixtures.CENTER);
        assertThat(resolved.facts().actor()).isEqualTo(SPECIALIST);
        assertThat(resolved.timeliness()).isEqualTo(new Timeliness(StepVerdict.EARLY, 480));
        assertThat(resolved.facts().procedureNationalCode()).isEqualTo("1.001234");
    }

    @Test
    void receivingGivesTheCodeAndTheAppointment() {
        Dossier d = DossierFixtures.received(7);
        assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(d.code()).isEqualTo("000.00.01.H41-260302-0007");
        assertThat(d.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(d.originalDueAt()).isEqualTo(d.dueAt());
        assertThat(d.transitions()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo(DossierAction.RECEIVE);
            assertThat(t.from()).isEqualTo(DossierStatus.NEW);
            assertThat(t.to()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(t.dueInForce()).isEqualTo(d.dueAt());
        });
        assertThat(d.events()).hasAtLeastOneElementOfType(DossierReceived.class);
    }

    @Test
    void aDeliveryAddressIsKeptOnlyForTheResultByPost() {
        String address = "Số 5 đường Lê Lợi, phường Hưng Bình";
        assertThat(DossierFixtures.submitted(DeliveryMethod.POSTAL, address).deliveryAddress())
                .isEqualTo(address);
        assertThat(DossierFixtures.submitted(DeliveryMethod.COUNTER, address).deliveryAddress())
                .isNull();
        assertThat(DossierFixtures.submitted(DeliveryMethod.ELECTRONIC, address).deliveryAddress())
                .isNull();
    }

    @Test
    void refusesToReceiveWithoutAnAppointment() {
        Dossier d = DossierFixtures.submitted();
        assertThatThrownBy(() -> d.receive(
                        new DossierCode("X", MONDAY_9.toLocalDate(), 1),
                        null,
                        MONDAY_9,
                        null,
                        new StepEntry(1, AGENCY, null),
                        OFFICER))
                .isInstanceOf(DomainException.class)
                .hasMessage("dossier.appointment_required");
        assertThat(d.status()).isEqualTo(DossierStatus.NEW);
        assertThat(d.code()).isNull();
    }

    @Test
    void anIncompleteOnlineDossierGoesBackBeforeReceiptAndWaitsForAcceptanceAgain() {
        Dossier d = DossierFixtures.submitted();
        d.requestSupplement("Thiếu bản sao căn cước công dân", MONDAY_9, OFFICER);
        assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_BEFORE_RECEIPT);
        assertThat(d.supplementRequests()).isZero();
        d.submitSupplement(List.of(), MONDAY_9.plusDays(1), null, null, APPLICANT);
        assertThat(d.status()).isEqualTo(DossierStatus.NEW);
        assertThat(d.pauses()).isEmpty();
    }

    @Test
    void asksForASupplementOnlyOnceAfterReceipt() {
        Dossier d = DossierFixtures.inProgress();
        d.requestSupplement("Thiếu giấy xác nhận cư trú", MONDAY_9.plusHours(2), SPECIALIST);
        d.submitSupplement(
                List.of(), MONDAY_9.plusDays(2), LocalDateTime.of(2026, 3, 9, 9, 0), MONDAY_9.plusDays(3), APPLICANT);
        assertThatThrownBy(() -> d.requestSupplement("Lại thiếu", MONDAY_9.plusDays(3), SPECIALIST))
                .hasMessage("dossier.supplement_already_requested");
    }

    @Test
    void aSupplementPausesTheClockAndTheRestartMovesBothDueDates() {
        Dossier d = DossierFixtures.inProgress();
        LocalDateTime asked = MONDAY_9.plusHours(2);
        LocalDateTime answered = LocalDateTime.of(2026, 3, 4, 8, 0);
        LocalDateTime restarted = LocalDateTime.of(2026, 3, 9, 8, 0);
        d.requestSupplement("Thiếu giấy xác nhận cư trú", asked, SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(d.status().clockRuns()).isFalse();

        d.submitSupplement(List.of(), answered, restarted, answered.plusDays(1), APPLICANT);

        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(d.pauses()).containsExactly(new PauseInterval(asked, answered, PauseInterval.Kind.SUPPLEMENT));
        assertThat(d.dueAt()).isEqualTo(restarted);
        assertThat(d.originalDueAt()).isEqualTo(restarted);
    }

    @Test
    void forwardingRecordsTheVerdictOfTheStepJustFinished() {
        Dossier d = DossierFixtures.received(); // step 1 due Monday 13:00
        Transition t = d.forward(
                new StepEntry(2, AGENCY, LocalDateTime.of(2026, 3, 3, 17, 0)), null, MONDAY_9.plusHours(5), OFFICER);
        assertThat(t.fromStep()).isEqualTo(1);
        assertThat(t.toStep()).isEqualTo(2);
        assertThat(t.stepVerdict()).isEqualTo(StepVerdict.LATE);
        assertThat(d.currentStepAgencyId()).isEqualTo(AGENCY);
        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void forwardMustGoAheadAndSendBackMustGoBackWithAReason() {
        Dossier d = DossierFixtures.inProgress();
        assertThatThrownBy(() -> d.forward(new StepEntry(2, AGENCY, null), null, MONDAY_9.plusHours(2), SPECIALIST))
                .hasMessage("dossier.step_not_ahead");
        assertThatThrownBy(() -> d.sendBack(new StepEntry(3, AGENCY, null), "Sai", MONDAY_9.plusHours(2), SPECIALIST))
                .hasMessage("dossier.step_not_behind");
        assertThatThrownBy(() -> d.sendBack(new StepEntry(1, AGENCY, null), " ", MONDAY_9.plusHours(2), SPECIALIST))
                .hasMessage("dossier.reason_required");
        d.sendBack(new StepEntry(1, AGENCY, MONDAY_9.plusHours(6)), "Thiếu chữ ký", MONDAY_9.plusHours(2), SPECIALIST);
        assertThat(d.currentStep()).isEqualTo(1);
    }

    @Test
    void theDossierWaitsUntilEveryConsultedAgencyHasAnswered() {
        Dossier d = DossierFixtures.inProgress();
        LocalDateTime due = LocalDateTime.of(2026, 3, 4, 17, 0);
        d.consult(PARTNER, "Xác minh nơi cư trú", due, MONDAY_9.plusHours(2), SPECIALIST);
        d.consult(AGENCY, "Xác minh án tích", due, MONDAY_9.plusHours(2), SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.CONSULTING);
        assertThat(d.lienThong()).isTrue();

        d.answer(PARTNER, "Đúng địa chỉ", MONDAY_9.plusHours(3), SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.CONSULTING);
        Transition last = d.answer(AGENCY, "Không có án tích", LocalDateTime.of(2026, 3, 5, 8, 0), SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(last.stepVerdict()).isEqualTo(StepVerdict.LATE);
        assertThatThrownBy(() -> d.answer(AGENCY, "x", MONDAY_9, SPECIALIST)).isInstanceOf(DomainException.class);
    }

    @Test
    void anExtensionIsAllowedOnceAndNoLaterThanADayBeforeTheDueTime() {
        Dossier d = DossierFixtures.inProgress(); // due Thursday 09:00
        LocalDateTime latest = LocalDateTime.of(2026, 3, 4, 9, 0);
        LocalDateTime later = LocalDateTime.of(2026, 3, 10, 9, 0);
        assertThatThrownBy(() -> d.extend(later, "Cần xác minh", false, false, true, latest.plusMinutes(1), SPECIALIST))
                .hasMessage("dossier.apology_too_late");
        assertThatThrownBy(() -> d.extend(d.dueAt(), "Cần xác minh", false, true, true, latest, SPECIALIST))
                .hasMessage("dossier.extension_not_later");

        d.extend(later, "Cần xác minh thêm", false, true, true, latest, SPECIALIST);
        assertThat(d.dueAt()).isEqualTo(later);
        assertThat(d.originalDueAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThatThrownBy(() -> d.extend(later.plusDays(1), "Lần hai", true, true, true, latest, SPECIALIST))
                .hasMessage("dossier.already_extended");
    }

    @Test
    void aLateApologyNeedsTheFlag() {
        Dossier d = DossierFixtures.inProgress();
        LocalDateTime latest = LocalDateTime.of(2026, 3, 4, 9, 0);
        d.extend(
                LocalDateTime.of(2026, 3, 10, 9, 0),
                "Xin lỗi muộn",
                true,
                false,
                true,
                latest.plusHours(5),
                SPECIALIST);
        assertThat(d.extensions()).isEqualTo(1);
    }

    @Test
    void anExtendedDossierFinishedAfterItsOriginalDueDateIsStillLate() {
        Dossier d = DossierFixtures.inProgress();
        LocalDateTime latest = LocalDateTime.of(2026, 3, 4, 9, 0);
        d.extend(LocalDateTime.of(2026, 3, 10, 9, 0), "Cần xác minh", false, true, true, latest, SPECIALIST);
        d.approve(null, LocalDateTime.of(2026, 3, 6, 10, 0), SPECIALIST);
        d.resolve(RETURN_STEP, -60, null, LocalDateTime.of(2026, 3, 6, 11, 0), SPECIALIST);
        assertThat(d.verdict()).isEqualTo(StepVerdict.LATE);
    }

    @Test
    void earlyOnTimeAndLateFollowTheDueDay() {
        LocalDateTime due = LocalDateTime.of(2026, 3, 5, 9, 0);
        assertThat(StepVerdict.of(LocalDateTime.of(2026, 3, 4, 16, 0), due)).isEqualTo(StepVerdict.EARLY);
        assertThat(StepVerdict.of(LocalDateTime.of(2026, 3, 5, 8, 0), due)).isEqualTo(StepVerdict.ON_TIME);
        assertThat(StepVerdict.of(due, due)).isEqualTo(StepVerdict.ON_TIME);
        assertThat(StepVerdict.of(due.plusMinutes(1), due)).isEqualTo(StepVerdict.LATE);
    }

    @Test
    void theResultIsReturnedOnlyOnceItIsResolved() {
        Dossier d = DossierFixtures.approved();
        assertThatThrownBy(() -> d.returnResult(handOver(MONDAY_9.plusDays(2)), MONDAY_9.plusDays(2), OFFICER))
                .isInstanceOf(InvalidTransitionException.class)
                .satisfies(e -> assertThat(((DomainException) e).args())
                        .containsExactly("return-result", "APPROVED", "request-payment, extend, resolve, withdraw"));
        d.resolve(RETURN_STEP, 480, null, MONDAY_9.plusDays(2), SPECIALIST);
        d.returnResult(
                handOver(MONDAY_9.plusDays(2).plusHours(1)),
                MONDAY_9.plusDays(2).plusHours(1),
                OFFICER);
        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.returnedTo()).isEqualTo("Võ Văn Bình (số định danh 040090001234, người nộp hồ sơ)");
        assertThat(d.currentStep()).isEqualTo(5);
        assertThat(d.handOver().recipientIdNumber()).isEqualTo("040090001234");
        assertThat(d.verdict()).isEqualTo(StepVerdict.EARLY);
    }

    @Test
    void aRejectedDossierEndsWithAWrittenRefusalToReturn() {
        Dossier d = DossierFixtures.inProgress();
        assertThatThrownBy(() -> d.reject(null, RETURN_STEP, 0, MONDAY_9.plusDays(1), SPECIALIST))
                .hasMessage("dossier.reasons_required");
        d.reject("Không đủ điều kiện theo Điều 7", RETURN_STEP, 0, MONDAY_9.plusDays(1), SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aFinancialObligationPausesUntilPaid() {
        Dossier d = DossierFixtures.approved();
        d.requestPayment(Vnd.of(1_250_000), LocalDateTime.of(2026, 3, 3, 11, 0), SPECIALIST);
        assertThat(d.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
        d.confirmPayment(LocalDateTime.of(2026, 3, 4, 11, 0), LocalDateTime.of(2026, 3, 6, 9, 0), OFFICER);
        assertThat(d.status()).isEqualTo(DossierStatus.APPROVED);
        assertThat(d.pauses())
                .singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(PauseInterval.Kind.FINANCIAL_OBLIGATION));
        assertThat(d.dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    }

    @Test
    void withdrawingBeforeReceiptEndsTheDossierAndAfterItNeedsAStopNotice() {
        Dossier early = DossierFixtures.submitted();
        early.withdraw("Không còn nhu cầu", MONDAY_9, APPLICANT);
        assertThat(early.status()).isEqualTo(DossierStatus.STOPPED);

        Dossier late = DossierFixtures.inProgress();
        late.withdraw("Không còn nhu cầu", MONDAY_9.plusHours(3), APPLICANT);
        assertThat(late.status()).isEqualTo(DossierStatus.WITHDRAWAL_REQUESTED);
        late.stop("Theo đề nghị của người nộp", MONDAY_9.plusHours(4), SPECIALIST);
        assertThat(late.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(late.finishedAt()).isEqualTo(MONDAY_9.plusHours(4));
    }

    @Test
    void refusalAtReceptionNeedsReasons() {
        Dossier d = DossierFixtures.submitted();
        assertThatThrownBy(() -> d.refuse("", MONDAY_9, OFFICER)).hasMessage("dossier.reasons_required");
        d.refuse("Không thuộc thẩm quyền", MONDAY_9, OFFICER);
        assertThat(d.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(d.status().isTerminal()).isTrue();
    }
}
