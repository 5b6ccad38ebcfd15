package org.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DeadlineOptions;
import org.motcua.calendar.DeadlineUnit;
import org.motcua.calendar.Pause;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.WorkflowStepView;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.PauseInterval;
import org.motcua.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The one place where a dossier's deadlines are computed, always by the working calendar: the
 * appointment from the procedure's legal time limit, each step's due time from its budget, and whether
 * an apology is still in time.
 */
@Component
public class DossierDeadlines {

    private final WorkingCalendar calendar;
    private final DossierSettings settings;

    DossierDeadlines(WorkingCalendar calendar, DossierSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * The appointment for a dossier submitted through {@code channel} and received at {@code receivedAt},
     * with the pauses so far (a supplement under the restart rule counts again from its end). The legal
     * time is the channel's own where the procedure publishes one (e.g. shorter online).
     */
    public Deadline appointment(
            ProcedureView procedure, Channel channel, LocalDateTime receivedAt, List<PauseInterval> pauses) {
        ProcessingTime time = timeLimit(procedure, channel)
                .orElseThrow(
                        () -> DomainException.unprocessable("dossier.procedure_without_time_limit", procedure.name()));
        DeadlineOptions options = DeadlineOptions.DEFAULT
                .withPauseRule(settings.supplementPauseRule())
                .withPauses(pauses.stream().map(DossierDeadlines::pause).toArray(Pause[]::new));
        if (procedure.sameDayCutOff() != null) {
            options = options.withSameDayCutoff(procedure.sameDayCutOff());
        }
        return calendar.due(
                receivedAt,
                time.amount(),
                DeadlineUnit.valueOf(time.unit().name()),
                options,
                procedure.competentAgencyId());
    }

    /** Due time of a workflow step started at {@code start}; a step without a budget is due with the dossier. */
    public LocalDateTime stepDue(WorkflowStepView step, LocalDateTime start, LocalDateTime appointment) {
        if (step.budgetDays() == null || step.budgetDays().signum() <= 0) {
            return appointment;
        }
        return calendar.due(
                        start,
                        step.budgetDays(),
                        DeadlineUnit.WORKING_DAYS,
                        DeadlineOptions.DEFAULT,
                        step.responsibleAgencyId())
                .due();
    }

    /** The step entered at {@code start}, with its due time. */
    public StepEntry entry(WorkflowStepView step, LocalDateTime start, LocalDateTime appointment) {
        return new StepEntry(step.order(), step.responsibleAgencyId(), stepDue(step, start, appointment));
    }

    /** The workflow's last step (returning the result), entered at {@code start}; null without steps. */
    public StepEntry returnStep(ProcedureView procedure, LocalDateTime start, LocalDateTime appointment) {
        return Workflow.last(procedure).map(s -> entry(s, start, appointment)).orElse(null);
    }

    /** Due time of a consultation of {@code days} working days at another agency. */
    public LocalDateTime consultationDue(LocalDateTime start, BigDecimal days, UUID agencyId) {
        return calendar.due(start, days, DeadlineUnit.WORKING_DAYS, DeadlineOptions.DEFAULT, agencyId)
                .due();
    }

    /**
     * Working minutes from {@code finished} to the statistical {@code due} time: positive when finished
     * before it, negative when after (how early or late a dossier was, in the agency's working time).
     */
    public long margin(LocalDateTime finished, LocalDateTime due, UUID agencyId) {
        return due == null
                ? 0
                : calendar.workingTimeBetween(finished, due, agencyId).minutes();
    }

    /**
     * Whether an appointment at {@code time} falls in the agency's working time: on a working day, within a
     * session or at its very end (17:00 is a fine appointment; Sunday 03:00 is not).
     */
    public boolean inWorkingTime(LocalDateTime time, UUID agencyId) {
        if (!calendar.isWorkingDay(time.toLocalDate(), agencyId)) {
            return false;
        }
        LocalDateTime minuteBefore = time.minusMinutes(1);
        return calendar.countingStart(time, agencyId).equals(time)
                || calendar.countingStart(minuteBefore, agencyId).equals(minuteBefore);
    }

    /** An apology must come at least one working day before the due time (law). */
    public boolean aDayBeforeDue(LocalDateTime at, LocalDateTime due, UUID agencyId) {
        var left = calendar.workingTimeBetween(at, due, agencyId);
        return left.minutes() >= left.minutesPerWorkingDay();
    }

    /**
     * How a dossier stands against its appointment, as every page colours it (docs/ux.md): ON_TIME, DUE_SOON
     * (within the warning window), OVERDUE, or PAUSED while the applicant must act; null once processing
     * has ended or before there is an appointment.
     */
    public String state(
            DossierStatus status, LocalDateTime due, LocalDateTime finished, LocalDateTime now, UUID agencyId) {
        if (due == null || finished != null || status.isTerminal()) {
            return null;
        }
        if (!status.clockRuns()) {
            return "PAUSED";
        }
        if (now.isAfter(due)) {
            return "OVERDUE";
        }
        return dueSoon(now, due, agencyId) ? "DUE_SOON" : "ON_TIME";
    }

    /** Whether {@code due} falls within the warning window (default one working day) from {@code now}. */
    public boolean dueSoon(LocalDateTime now, LocalDateTime due, UUID agencyId) {
        if (due == null || now.isAfter(due)) {
            return false;
        }
        return !warningHorizon(now, agencyId).isBefore(due);
    }

    /** The end of the warning window that starts now (default one working day ahead). */
    public LocalDateTime warningHorizon(LocalDateTime now, UUID agencyId) {
        return calendar.addWorkingDays(now, BigDecimal.valueOf(settings.warningWorkingDays()), agencyId);
    }

    /** Whether an appointment can be given for a dossier of this channel (a time, or workflow budgets). */
    public boolean hasTimeLimit(ProcedureView procedure, Channel channel) {
        return timeLimit(procedure, channel).isPresent();
    }

    private static Optional<ProcessingTime> timeLimit(ProcedureView procedure, Channel channel) {
        ProcessingTime published = procedure.timeFor(channel);
        if (published != null) {
            return Optional.of(published);
        }
        // No published limit: the internal workflow's budgets are the only promise we can make.
        BigDecimal budget = procedure.steps().stream()
                .map(WorkflowStepView::budgetDays)
                .filter(b -> b != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return budget.signum() <= 0
                ? Optional.empty()
                : Optional.of(new ProcessingTime(budget, org.motcua.catalog.ProcessingTimeUnit.WORKING_DAYS));
    }

    private static Pause pause(PauseInterval p) {
        return p.kind() == PauseInterval.Kind.SUPPLEMENT
                ? Pause.supplement(p.fromAt(), p.toAt())
                : Pause.financialObligation(p.fromAt(), p.toAt());
    }
}
