package org.motcua.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.documents.Forms;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.motcua.statistics.internal.FigureWorkbook;
import org.motcua.statistics.internal.WeeklyReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly report: generated when it falls due ({@code motcua.statistics.weekly-report.cron}, by default
 * Friday 07:00 Vietnam time) for the seven days before that day — Friday to Thursday — and stored. Several
 * application nodes generate it once: the one that takes the database lock does, the others find it done.
 * A node that was down at the due time generates it at its next hourly check.
 */
@Service
public class WeeklyReports {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReports.class);

    private final Statistics statistics;
    private final WeeklyReportStore store;
    private final Forms forms;
    private final CronExpression due;

    WeeklyReports(
            Statistics statistics,
            WeeklyReportStore store,
            Forms forms,
            @Value("${motcua.statistics.weekly-report.cron:0 0 7 * * FRI}") String cron) {
        this.statistics = statistics;
        this.store = store;
        this.forms = forms;
        this.due = CronExpression.parse(cron);
    }

    @Scheduled(cron = "${motcua.statistics.weekly-report.cron:0 0 7 * * FRI}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "statistics.weekly-report", lockAtMostFor = "PT30M")
    void onSchedule() {
        generateDue(statistics.now());
    }

    @Scheduled(fixedDelayString = "${motcua.statistics.weekly-report.catch-up:1h}", initialDelayString = "5m")
    @SchedulerLock(name = "statistics.weekly-report-catch-up", lockAtMostFor = "PT30M")
    void catchUp() {
        generateDue(statistics.now());
    }

    /** The last time a report fell due at or before {@code now}. */
    public LocalDateTime lastDue(LocalDateTime now) {
        ZonedDateTime at = now.minusDays(8).atZone(Vietnam.ZONE);
        ZonedDateTime last = null;
        for (ZonedDateTime next = due.next(at);
                next != null && !next.toLocalDateTime().isAfter(now);
                next = due.next(next)) {
            last = next;
        }
        return last == null ? null : last.toLocalDateTime();
    }

    /** Generates the report that fell due last, unless it exists or another node is making it. */
    @Transactional
    public Optional<WeeklyReport> generateDue(LocalDateTime now) {
        LocalDateTime dueAt = lastDue(now);
        if (dueAt == null) {
            return Optional.empty();
        }
        LocalDate from = dueAt.toLocalDate().minusDays(7);
        if (!store.lock() || store.exists(from)) {
            return Optional.empty();
        }
        WeeklyReport report = generate(from, now);
        store.add(report);
        log.info("weekly report for {} – {} generated", report.from(), report.to());
        return Optional.of(report);
    }

    /** Computes the report of the seven days from {@code from}, as of {@code now} (not stored). */
    WeeklyReport generate(LocalDate from, LocalDateTime now) {
        LocalDate to = from.plusDays(6);
        Figures week = statistics.province(from, to, null, now).get("");
        Figures previous = statistics
                .province(from.minusDays(7), to.minusDays(7), null, now)
                .get("");
        Figures year = statistics.province(to.withDayOfYear(1), to, null, now).get("");
        List<Summary.Row> agencies = statistics.provinceRows(from, to, GroupBy.AGENCY, now);
        List<Summary.Row> online = agencies.stream()
                .filter(r -> r.figures().receivedOnline() > 0)
                .sorted(Comparator.comparingLong((Summary.Row r) -> r.figures().receivedOnline())
                        .reversed()
                        .thenComparing(Summary.Row::label))
                .toList();
        List<LateDossier> late = statistics.provinceLate(from, to, now);
        return new WeeklyReport(from, to, now.withNano(0), week, previous, year, agencies, online, late);
    }

    public List<WeeklyReport.Listed> list(CurrentUser user) {
        check(user);
        return store.list(104);
    }

    public WeeklyReport get(LocalDate from, CurrentUser user) {
        check(user);
        return store.find(from).orElseThrow(() -> DomainException.notFound("statistics.report_not_found", from));
    }

    /** Generates (or answers the stored) report of the week starting {@code from}, for a manager. */
    @Transactional
    public WeeklyReport generateNow(LocalDate from, CurrentUser user) {
        check(user);
        if (from.plusDays(6).isAfter(statistics.now().toLocalDate().minusDays(1))) {
            throw DomainException.unprocessable("statistics.week_not_over", from, from.plusDays(6));
        }
        return store.find(from).orElseGet(() -> {
            WeeklyReport report = generate(from, statistics.now());
            store.add(report);
            return report;
        });
    }

    public byte[] pdf(WeeklyReport report) {
        return forms.report("statistics-weekly", Map.of("report", report, "columns", FigureColumns.ALL));
    }

    public byte[] workbook(WeeklyReport report) {
        return FigureWorkbook.weekly(report);
    }

    private static void check(CurrentUser user) {
        if (!Statistics.readsProvince(user)) {
            throw new DomainException("statistics.forbidden", HttpStatus.FORBIDDEN);
        }
    }
}
