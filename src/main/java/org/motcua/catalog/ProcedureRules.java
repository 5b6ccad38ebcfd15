package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a procedure draft before it is stored: mandatory values and amounts first (400), then the
 * references and the workflow (422). Import rows go through the same checks after the template's own.
 */
@Component
class ProcedureRules {

    static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");

    private final MessageSource messages;

    ProcedureRules(MessageSource messages) {
        this.messages = messages;
    }

    MessageSource messages() {
        return messages;
    }

    void check(ProcedureDraft draft, Map<UUID, AgencyView> agencies, Set<String> fieldCodes) {
        checkValues(draft);
        checkReferences(draft, agencies, fieldCodes);
        checkWorkflow(draft);
    }

    /**
     * A version is published only when every channel it is offered through has a legal time, its own or
     * the default: a dossier received through a channel without one could be given no appointment.
     * Drafts may still lack it while the administrator fills them in.
     */
    void checkPublishable(ProcedureDraft d) {
        List<Channel> untimed = d.channels().stream()
                .sorted()
                .filter(c -> d.channelTimes().getOrDefault(c, d.processingTime()) == null)
                .toList();
        if (untimed.isEmpty()) {
            return;
        }
        Violations v = new Violations(messages);
        untimed.forEach(c -> v.add("channelTimes." + c, "catalog.time_limit_missing", ChannelNames.of(c)));
        v.throwIfAny("catalog.time_limit_missing", ChannelNames.list(untimed));
    }

    private void checkValues(ProcedureDraft d) {
        Violations v = new Violations(messages);
        v.require(d.name(), "name");
        v.require(d.fieldCode(), "fieldCode");
        v.require(d.level(), "level");
        v.require(d.competentAgencyId(), "competentAgencyId");
        if (d.channels().isEmpty()) {
            v.add("channels", "NotEmpty");
        }
        if (d.applicantTypes().isEmpty()) {
            v.add("applicantTypes", "NotEmpty");
        }
        if (d.nationalCode() != null && !NATIONAL_CODE.matcher(d.nationalCode()).matches()) {
            v.add("nationalCode", "catalog.national_code_format");
        }
        ProcessingTime time = d.processingTime();
        checkTime(v, time, "processingTime");
        d.channelTimes().forEach((channel, t) -> checkTime(v, t, "channelTimes." + channel));
        for (int i = 0; i < d.documents().size(); i++) {
            RequiredDocumentView doc = d.documents().get(i);
            v.require(doc.name(), "documents[" + i + "].name");
            v.require(doc.form(), "documents[" + i + "].form");
            if (doc.quantity() < 1) {
                v.add("documents[" + i + "].quantity", "catalog.at_least", 1);
            }
        }
        for (int i = 0; i < d.fees().size(); i++) {
            checkFee(v, d.fees().get(i), "fees[" + i + "]");
        }
        for (int i = 0; i < d.steps().size(); i++) {
            WorkflowStepView step = d.steps().get(i);
            String at = "steps[" + i + "]";
            v.require(step.name(), at + ".name");
            v.require(step.role(), at + ".role");
            if (step.responsibleAgencyId() == null) {
                v.add(at + ".responsibleAgencyId", "catalog.step_without_unit", step.order());
            }
            if (step.budgetDays() == null && time != null) {
                v.add(at + ".budgetDays", "NotNull");
            } else if (step.budgetDays() != null && step.budgetDays().signum() < 0) {
                v.add(at + ".budgetDays", "catalog.negative_amount");
            }
        }
        v.throwIfInvalid();
    }

    private static void checkTime(Violations v, ProcessingTime time, String at) {
        if (time != null && time.amount().signum() < 0) {
            v.add(at + ".amount", "catalog.negative_amount");
        } else if (time != null
                && calendarUnit(time)
                && time.amount().stripTrailingZeros().scale() > 0) {
            v.add(at + ".amount", "catalog.whole_days");
        }
    }

    private static void checkFee(Violations v, FeeView fee, String at) {
        v.require(fee.name(), at + ".name");
        v.require(fee.kind(), at + ".kind");
        if (fee.amountVnd() != null && fee.amountVnd() < 0) {
            v.add(at + ".amountVnd", "catalog.negative_fee");
        }
        for (int t = 0; t < fee.tiers().size(); t++) {
            FeeTier tier = fee.tiers().get(t);
            v.require(tier.label(), at + ".tiers[" + t + "].label");
            if (tier.amountVnd() < 0) {
                v.add(at + ".tiers[" + t + "].amountVnd", "catalog.negative_fee");
            }
        }
        if (fee.kind() == FeeKind.TIERED && fee.tiers().isEmpty()) {
            v.add(at + ".tiers", "NotEmpty");
        }
        if (fee.kind() != null && fee.kind() != FeeKind.TIERED && fee.amountVnd() == null) {
            v.add(at + ".amountVnd", "NotNull");
        }
        if (fee.kind() == FeeKind.PER_UNIT && (fee.unit() == null || fee.unit().isBlank())) {
            v.add(at + ".unit", "NotBlank");
        }
    }

    private void checkReferences(ProcedureDraft d, Map<UUID, AgencyView> agencies, Set<String> fieldCodes) {
        Violations v = new Violations(messages);
        if (!fieldCodes.contains(d.fieldCode())) {
            v.add("fieldCode", "catalog.unknown_field", d.fieldCode());
        }
        if (!agencies.containsKey(d.competentAgencyId())) {
            v.add("competentAgencyId", "catalog.unknown_agency", d.competentAgencyId());
        }
        for (UUID center : d.receivingCenterIds()) {
            AgencyView agency = agencies.get(center);
            if (agency == null || !agency.isServiceCenter()) {
                v.add("receivingCenterIds", "catalog.not_a_center", center);
            }
        }
        for (UUID partner : d.lienThongPartnerIds()) {
            if (!agencies.containsKey(partner)) {
                v.add("lienThongPartnerIds", "catalog.unknown_agency", partner);
            }
        }
        for (int i = 0; i < d.steps().size(); i++) {
            UUID unit = d.steps().get(i).responsibleAgencyId();
            if (!agencies.containsKey(unit)) {
                v.add("steps[" + i + "].responsibleAgencyId", "catalog.unknown_agency", unit);
            }
        }
        v.throwIfAny("catalog.unknown_reference");
        v = new Violations(messages);
        if ((d.onlineLevel() != null) != d.channels().contains(Channel.ONLINE)) {
            v.add("onlineLevel", "catalog.online_level_needs_online_channel");
        }
        for (Channel channel : d.channelTimes().keySet()) {
            if (!d.channels().contains(channel)) {
                v.add("channelTimes." + channel, "catalog.channel_time_not_offered", channel);
            }
        }
        boolean sameDay = d.processingTime() != null && d.processingTime().unit() == ProcessingTimeUnit.SAME_DAY;
        if (d.sameDayCutOff() != null && !sameDay) {
            v.add("sameDayCutOff", "catalog.cut_off_only_same_day");
        }
        v.throwIfAny("catalog.inconsistent_procedure");
    }

    /**
     * Steps are numbered 1…n, forward links go forward and back links go back, so there is no cycle. The
     * budgets add up to the default time: the workflow is planned once, a channel's own time only moves
     * the appointment.
     */
    private void checkWorkflow(ProcedureDraft d) {
        List<WorkflowStepView> steps = d.steps();
        Violations v = new Violations(messages);
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            WorkflowStepView step = steps.get(i);
            if (step.order() != i + 1) {
                v.add("steps[" + i + "].order", "catalog.step_order", i + 1);
            }
            orders.add(step.order());
        }
        for (int i = 0; i < steps.size(); i++) {
            WorkflowStepView step = steps.get(i);
            for (int next : step.nextSteps()) {
                if (next <= step.order() || !orders.contains(next)) {
                    v.add("steps[" + i + "].nextSteps", "catalog.step_next", step.name(), next);
                }
            }
            for (int back : step.backSteps()) {
                if (back >= step.order() || !orders.contains(back)) {
                    v.add("steps[" + i + "].backSteps", "catalog.step_back", step.name(), back);
                }
            }
        }
        v.throwIfAny("catalog.workflow_invalid");
        if (d.processingTime() == null || steps.isEmpty()) {
            return;
        }
        BigDecimal sum = steps.stream().map(WorkflowStepView::budgetDays).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = d.processingTime().workflowBudgetDays();
        if (sum.compareTo(expected) != 0) {
            WorkflowStepView last = steps.getLast();
            v.add(
                    "steps[" + (steps.size() - 1) + "].budgetDays",
                    "catalog.budget_mismatch",
                    last.name(),
                    plain(sum),
                    plain(expected));
            v.throwIfAny("catalog.workflow_budget_mismatch", plain(sum), plain(expected), last.name());
        }
    }

    private static boolean calendarUnit(ProcessingTime time) {
        return time.unit() == ProcessingTimeUnit.CALENDAR_DAYS || time.unit() == ProcessingTimeUnit.MONTHS;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
