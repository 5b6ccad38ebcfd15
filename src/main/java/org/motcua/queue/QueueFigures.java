package org.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.Vietnam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter floor's figures, read from the tickets: arrivals, no-shows, waiting time (issue → first call)
 * p50/p90 and mean service time (serve or call → finish) per counter group and hour, a day's summary, and
 * the staffing advice built on the rates measured over the latest working days. This is the documented read
 * other modules (statistics, reports) use; see {@code docs/queue.md}.
 */
@Service
@Transactional(readOnly = true)
public class QueueFigures {

    /** Working days measured for the rates of the staffing advice. */
    public static final int MEASURED_DAYS = 10;

    /** The share of visitors that must wait no longer than the target. */
    public static final double SHARE = 0.9;

    private final JdbcClient jdbc;
    private final QueueStore store;
    private final Tickets tickets;
    private final WorkingCalendar calendar;
    private final Clock clock;

    QueueFigures(JdbcClient jdbc, QueueStore store, Tickets tickets, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.tickets = tickets;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * One counter group in one hour of a day (hour null: the whole day; group null: every group). Minutes are
     * null when nothing was measured.
     */
    public record Row(
            UUID groupId,
            String groupCode,
            Integer hour,
            int arrivals,
            int served,
            int noShows,
            Double waitP50,
            Double waitP90,
            Double serviceMean) {}

    /** A day's figures: per group and hour, per group, and the center's total. */
    public record Day(LocalDate day, List<Row> byHour, List<Row> byGroup, Row total) {}

    public Day day(UUID centerId, LocalDate day, CurrentUser user) {
        Tickets.requireReader(user, centerId);
        return day(centerId, day);
    }

    Day day(UUID centerId, LocalDate day) {
        List<Row> byHour = rows(centerId, day, day, true, true);
        List<Row> byGroup = rows(centerId, day, day, true, false);
        List<Row> total = rows(centerId, day, day, false, false);
        return new Day(
                day,
                byHour,
                byGroup,
                total.isEmpty() ? new Row(null, null, null, 0, 0, 0, null, null, null) : total.getFirst());
    }

    private List<Row> rows(UUID centerId, LocalDate from, LocalDate to, boolean byGroup, boolean byHour) {
        String group = byGroup ? "t.group_id, g.code" : "null::uuid, null::text";
        String hour = byHour ? "extract(hour from t.issued_at)::int" : "null::int";
        String sql = "select " + group + ", " + hour + ", count(*) arrivals,"
                + " count(*) filter (where t.status = 'DONE') served,"
                + " count(*) filter (where t.status = 'NO_SHOW') no_shows,"
                + " percentile_cont(0.5) within group (order by extract(epoch from t.called_at - t.issued_at) / 60.0)"
                + "   filter (where t.called_at is not null) p50,"
                + " percentile_cont(0.9) within group (order by extract(epoch from t.called_at - t.issued_at) / 60.0)"
                + "   filter (where t.called_at is not null) p90,"
                + " avg(extract(epoch from t.finished_at - coalesce(t.serving_at, t.called_at)) / 60.0)"
                + "   filter (where t.status = 'DONE') service"
                + " from queue.ticket t join queue.counter_group g on g.id = t.group_id"
                + " where t.center_id = ? and t.day between ? and ?"
                + (byGroup || byHour ? " group by 1, 2, 3 order by 2, 3" : "");
        return jdbc.sql(sql)
                .params(centerId, from, to)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        (Integer) rs.getObject(3),
                        rs.getInt("arrivals"),
                        rs.getInt("served"),
                        rs.getInt("no_shows"),
                        round(rs.getObject("p50")),
                        round(rs.getObject("p90")),
                        round(rs.getObject("service"))))
                .list();
    }

    // ---- staffing advice ------------------------------------------------------------------------------

    /** The advice for one group and hour: the rates measured, the counters needed, and those staffed now. */
    public record Advice(
            UUID groupId,
            String groupCode,
            String groupName,
            int hour,
            double arrivalsPerHour,
            double serviceMinutes,
            double erlangs,
            int needed,
            Double p90WithNeeded,
            int seated,
            Double p90WithSeated) {}

    /** The whole advice, with what it was computed from. */
    public record Staffing(
            LocalDate from, LocalDate to, int days, int targetMinutes, int growthPercent, List<Advice> advice) {}

    /**
     * Counters per group and hour so that {@value #SHARE} of visitors wait no longer than {@code targetMinutes}
     * (the group's own target when null), with arrivals grown by {@code growthPercent} (what-if).
     */
    public Staffing staffing(UUID centerId, Integer targetMinutes, Integer growthPercent, CurrentUser user) {
        Tickets.requireReader(user, centerId);
        int growth = growthPercent == null ? 0 : growthPercent;
        if ((targetMinutes != null && (targetMinutes < 1 || targetMinutes > 240)) || growth < -90 || growth > 500) {
            throw QueueError.WHAT_IF_OUT_OF_RANGE.exception();
        }
        List<LocalDate> days = measuredDays(centerId);
        if (days.isEmpty()) {
            return new Staffing(null, null, 0, targetMinutes == null ? 0 : targetMinutes, growth, List.of());
        }
        LocalDate from = days.getLast();
        LocalDate to = days.getFirst();
        Map<UUID, CounterGroup> groups =
                store.groups(centerId).stream().collect(Collectors.toMap(CounterGroup::id, Function.identity()));
        List<Advice> advice = new ArrayList<>();
        for (Row r : rows(centerId, from, to, true, true)) {
            CounterGroup g = groups.get(r.groupId());
            if (g == null || r.hour() == null) {
                continue;
            }
            double lambda = r.arrivals() / (double) days.size() * (1 + growth / 100.0);
            double service = Optional.ofNullable(r.serviceMean()).orElse((double) Tickets.DEFAULT_SERVICE_MINUTES);
            int target = targetMinutes == null ? g.targetWaitMinutes() : targetMinutes;
            int needed = ErlangC.countersNeeded(lambda, service, target, SHARE);
            int seated = tickets.seatedCounters(g);
            advice.add(new Advice(
                    g.id(),
                    g.code(),
                    g.name(),
                    r.hour(),
                    round1(lambda),
                    round1(service),
                    round1(lambda * service / 60),
                    needed,
                    needed == 0 ? null : finite(ErlangC.waitPercentile(needed, lambda, service, SHARE)),
                    seated,
                    seated == 0 ? null : finite(ErlangC.waitPercentile(seated, lambda, service, SHARE))));
        }
        return new Staffing(
                from,
                to,
                days.size(),
                targetMinutes == null
                        ? groups.values().stream()
                                .mapToInt(CounterGroup::targetWaitMinutes)
                                .max()
                                .orElse(15)
                        : targetMinutes,
                growth,
                advice);
    }

    /** The latest working days before today with tickets, newest first. */
    private List<LocalDate> measuredDays(UUID centerId) {
        LocalDate today = java.time.LocalDate.now(clock.withZone(Vietnam.ZONE));
        return jdbc
                .sql("select distinct day from queue.ticket where center_id = ? and day < ? and day >= ?"
                        + " order by day desc")
                .params(centerId, today, today.minusDays(60))
                .query(LocalDate.class)
                .list()
                .stream()
                .filter(d -> calendar.isWorkingDay(d, centerId))
                .limit(MEASURED_DAYS)
                .toList();
    }

    private static Double round(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Infinity (the counters cannot keep up) as null: JSON has no infinity. */
    private static Double finite(double v) {
        return Double.isInfinite(v) ? null : round1(v);
    }
}
