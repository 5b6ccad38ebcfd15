package org.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;

/** Workflow and procedure checks, without Spring. */
class ProcedureRulesTests {

    static final UUID DEPARTMENT = UUID.randomUUID();
    static final UUID CENTER = UUID.randomUUID();
    static final Map<UUID, AgencyView> AGENCIES = Map.of(
            DEPARTMENT, agency(DEPARTMENT, AgencyType.DEPARTMENT),
            CENTER, agency(CENTER, AgencyType.SERVICE_CENTER));

    final ProcedureRules rules = new ProcedureRules(new StaticMessageSource());

    static AgencyView agency(UUID id, AgencyType type) {
        return new AgencyView(
                id,
                id.toString(),
                "Sở",
                null,
                AdministrativeLevel.PROVINCE,
                type,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    static WorkflowStepView step(int order, UUID unit, String budget, List<Integer> next, List<Integer> back) {
        return new WorkflowStepView(
                order, "Bước " + order, unit, StepRole.SPECIALIST, new BigDecimal(budget), next, back);
    }

    static ProcedureDraft draft(List<WorkflowStepView> steps, List<FeeView> fees) {
        return draft(steps, fees, Map.of());
    }

    static ProcedureDraft draft(
            List<WorkflowStepView> steps, List<FeeView> fees, Map<Channel, ProcessingTime> channelTimes) {
        return new ProcedureDraft(
                "1.001193",
                "Cấp giấy phép",
                "xay-dung",
                AdministrativeLevel.PROVINCE,
                DEPARTMENT,
                Set.of(CENTER),
                Set.of(Channel.COUNTER),
                null,
                new ProcessingTime(BigDecimal.valueOf(3), ProcessingTimeUnit.WORKING_DAYS),
                channelTimes,
                null,
                Set.of(ApplicantType.CITIZEN),
                null,
                null,
                null,
                null,
                null,
                false,
                Set.of(),
                null,
                null,
                List.of(),
                fees,
                steps);
    }

    DomainException rejection(ProcedureDraft draft) {
        return catchThrowableOfType(DomainException.class, () -> rules.check(draft, AGENCIES, Set.of("xay-dung")));
    }

    @Test
    void acceptsBudgetsThatAddUpIncludingFractions() {
        ProcedureDraft ok = draft(
                List.of(
                        step(1, CENTER, "0.25", List.of(), List.of()),
                        step(2, DEPARTMENT, "2.25", List.of(), List.of(1)),
                        step(3, DEPARTMENT, "0.5", List.of(), List.of(2))),
                List.of());
        assertThatCode(() -> rules.check(ok, AGENCIES, Set.of("xay-dung"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsBudgetsThatDoNotAddUpNamingTheStep() {
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "0.5", List.of(), List.of()), step(2, DEPARTMENT, "2", List.of(), List.of(1))),
                List.of()));
        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(e.code()).isEqualTo("catalog.workflow_budget_mismatch");
        assertThat(e.args()).containsExactly("2.5", "3", "Bước 2");
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("steps[1].budgetDays");
    }

    @Test
    void rejectsAStepWithoutAResponsibleUnit() {
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "1", List.of(), List.of()), step(2, null, "2", List.of(), List.of(1))),
                List.of()));
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "steps[1].responsibleAgencyId", "catalog.step_without_unit"));
    }

    @Test
    void rejectsAnUnknownUnit() {
        DomainException e = rejection(draft(List.of(step(1, UUID.randomUUID(), "3", List.of(), List.of())), List.of()));
        assertThat(e.code()).isEqualTo("catalog.unknown_reference");
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("steps[0].responsibleAgencyId");
    }

    @Test
    void rejectsLinksThatWouldFormACycle() {
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "1", List.of(2), List.of()), step(2, DEPARTMENT, "2", List.of(1), List.of(1))),
                List.of()));
        assertThat(e.code()).isEqualTo("catalog.workflow_invalid");
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("steps[1].nextSteps");
    }

    @Test
    void rejectsNegativeFees() {
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "3", List.of(), List.of())),
                List.of(
                        new FeeView("Lệ phí", FeeKind.FIXED, -1000L, null, List.of(), null),
                        new FeeView("Phí", FeeKind.TIERED, null, null, List.of(new FeeTier("Loại A", -5)), null))));
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.fieldErrors())
                .extracting(FieldError::field)
                .containsExactly("fees[0].amountVnd", "fees[1].tiers[0].amountVnd");
    }

    @Test
    void rejectsAnOnlineLevelWithoutTheOnlineChannel() {
        ProcedureDraft base = draft(List.of(step(1, CENTER, "3", List.of(), List.of())), List.of());
        ProcedureDraft online = new ProcedureDraft(
                base.nationalCode(),
                base.name(),
                base.fieldCode(),
                base.level(),
                base.competentAgencyId(),
                base.receivingCenterIds(),
                base.channels(),
                OnlineLevel.TOAN_TRINH,
                base.processingTime(),
                base.channelTimes(),
                null,
                base.applicantTypes(),
                null,
                null,
                null,
                null,
                null,
                false,
                Set.of(),
                null,
                null,
                List.of(),
                List.of(),
                base.steps());
        assertThat(rejection(online).code()).isEqualTo("catalog.inconsistent_procedure");
    }

    @Test
    void refusesATimeForAChannelTheProcedureDoesNotOffer() {
        ProcessingTime fiveDays = new ProcessingTime(BigDecimal.valueOf(5), ProcessingTimeUnit.WORKING_DAYS);
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "3", List.of(), List.of())), List.of(), Map.of(Channel.POSTAL, fiveDays)));

        assertThat(e.code()).isEqualTo("catalog.inconsistent_procedure");
        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("channelTimes.POSTAL");
    }

    @Test
    void plansTheWorkflowOnTheDefaultTimeWhateverAChannelsOwnTime() {
        ProcessingTime oneDay = new ProcessingTime(BigDecimal.ONE, ProcessingTimeUnit.WORKING_DAYS);
        ProcedureDraft shorterAtTheCounter =
                draft(List.of(step(1, CENTER, "3", List.of(), List.of())), List.of(), Map.of(Channel.COUNTER, oneDay));

        assertThatCode(() -> rules.check(shorterAtTheCounter, AGENCIES, Set.of("xay-dung")))
                .doesNotThrowAnyException();
    }

    @Test
    void checksAChannelsOwnTimeLikeTheDefault() {
        ProcessingTime halfADay = new ProcessingTime(new BigDecimal("0.5"), ProcessingTimeUnit.CALENDAR_DAYS);
        DomainException e = rejection(draft(
                List.of(step(1, CENTER, "3", List.of(), List.of())), List.of(), Map.of(Channel.COUNTER, halfADay)));

        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("channelTimes.COUNTER.amount");
    }
}
