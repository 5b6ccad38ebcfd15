package org.motcua.statistics.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Channel;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.StepVerdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes checked history lines as statistics: the fact row of each dossier and its flows, taken from
 * {@link Flows} as the event listener takes them, so an imported dossier counts exactly like a native
 * one. A dossier whose code is already known (imported before, or a native dossier) is skipped.
 */
@Component
public class HistoryImporter {

    /** One dossier of another system, checked and resolved against the catalog. */
    public record Dossier(
            String code,
            UUID procedureId,
            String procedureCode,
            String fieldCode,
            UUID agencyId,
            UUID centerId,
            Channel channel,
            String applicantType,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime finishedAt,
            LocalDateTime returnedAt,
            String status,
            DeliveryMethod deliveryMethod,
            boolean fourOnSite,
            LocalDateTime extendedTo,
            String lateReason,
            long feesPaid) {

        /** The id an imported dossier has in the statistics: the same for the same code, every time. */
        UUID id() {
            return UUID.nameUUIDFromBytes(("import:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        boolean refused() {
            return "REFUSED".equals(status);
        }

        boolean withdrawn() {
            return "WITHDRAWN".equals(status);
        }

        boolean resolved() {
            return "RESOLVED".equals(status) || "RETURNED".equals(status);
        }
    }

    private final JdbcTemplate jdbc;
    private final DailyFlows daily;
    private final WorkingCalendar calendar;

    HistoryImporter(JdbcTemplate jdbc, DailyFlows daily, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.daily = daily;
        this.calendar = calendar;
    }

    /** The codes among these that the statistics already know. */
    public List<String> known(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select code from statistics.dossier_fact where code = any(?)", String.class, (Object)
                codes.toArray(String[]::new));
    }

    /** Writes the dossiers in one transaction; answers the codes written (the others were known). */
    @Transactional
    public List<String> write(List<Dossier> dossiers) {
        List<Object[]> rows = new ArrayList<>();
        List<Dossier> written = new ArrayList<>();
        List<Dossier> candidates = new ArrayList<>();
        var known = new java.util.HashSet<>(
                known(dossiers.stream().map(Dossier::code).toList()));
        for (Dossier d : dossiers) {
            if (!known.contains(d.code())) {
                candidates.add(d);
                rows.add(row(d));
            }
        }
        int[][] counts = jdbc.batchUpdate("""
                insert into statistics.dossier_fact (
                    dossier_id, code, procedure_id, procedure_code, field_code, competent_agency_id,
                    receiving_center_id, channel, applicant_type, delivery_method, status, last_version,
                    received_at, due_at, original_due_at, finished_at, finish, outcome, verdict, working_minutes_margin,
                    processing_minutes, four_on_site, refused_at, returned_at, returned_by_post, extended_at,
                    extension_reason, late_apology, fees_vnd, imported)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, true)
                on conflict (dossier_id) do nothing
                """, rows, 500, (ps, r) -> {
            for (int i = 0; i < r.length; i++) {
                Object v = r[i];
                if (v instanceof LocalDateTime t) {
                    ps.setTimestamp(i + 1, Timestamp.valueOf(t));
                } else if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
        });
        int n = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                if (c == 1) {
                    written.add(candidates.get(n));
                }
                n++;
            }
        }
        Map<DailyFlows.Key, Map<String, Long>> flows = new LinkedHashMap<>();
        for (Dossier d : written) {
            flows(d, flows);
        }
        flows.forEach(daily::add);
        return written.stream().map(Dossier::code).toList();
    }

    /** Adds the flows of every imported dossier again (the rebuild, after the flows were emptied). */
    public int reflow() {
        List<Dossier> imported = jdbc.query(
                """
                select code, procedure_id, procedure_code, field_code, competent_agency_id, receiving_center_id,
                       channel, applicant_type, coalesce(received_at, refused_at) received_at, original_due_at,
                       finished_at, returned_at, finish, refused_at, delivery_method, four_on_site, due_at,
                       extended_at, extension_reason, fees_vnd
                from statistics.dossier_fact where imported
                """,
                (rs, n) -> new Dossier(
                        rs.getString("code"),
                        rs.getObject("procedure_id", UUID.class),
                        rs.getString("procedure_code"),
                        rs.getString("field_code"),
                        rs.getObject("competent_agency_id", UUID.class),
                        rs.getObject("receiving_center_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("applicant_type"),
                        rs.getTimestamp("received_at").toLocalDateTime(),
                        time(rs.getTimestamp("original_due_at")),
                        time(rs.getTimestamp("finished_at")),
                        time(rs.getTimestamp("returned_at")),
                        rs.getTimestamp("refused_at") != null
                                ? "REFUSED"
                                : "WITHDRAWN".equals(rs.getString("finish"))
                                        ? "WITHDRAWN"
                                        : "RESOLVED".equals(rs.getString("finish")) ? "RESOLVED" : "IN_PROGRESS",
                        rs.getString("delivery_method") == null
                                ? DeliveryMethod.COUNTER
                                : DeliveryMethod.valueOf(rs.getString("delivery_method")),
                        rs.getBoolean("four_on_site"),
                        rs.getTimestamp("extended_at") == null ? null : time(rs.getTimestamp("due_at")),
                        rs.getString("extension_reason"),
                        rs.getLong("fees_vnd")));
        Map<DailyFlows.Key, Map<String, Long>> flows = new LinkedHashMap<>();
        imported.forEach(d -> flows(d, flows));
        flows.forEach(daily::add);
        return imported.size();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private Object[] row(Dossier d) {
        StepVerdict verdict = d.resolved() ? StepVerdict.of(d.finishedAt(), d.dueAt()) : null;
        Long margin = d.resolved() ? margin(d) : null;
        Long processing = d.resolved() ? processingMinutes(d) : null;
        String status = switch (d.status()) {
            case "WITHDRAWN" -> "STOPPED";
            default -> d.status();
        };
        return new Object[] {
            d.id(),
            d.code(),
            d.procedureId(),
            d.procedureCode(),
            d.fieldCode(),
            d.agencyId(),
            d.centerId(),
            d.channel().name(),
            d.applicantType(),
            d.deliveryMethod() == null ? null : d.deliveryMethod().name(),
            status,
            d.refused() ? null : d.receivedAt(),
            d.extendedTo() != null ? d.extendedTo() : d.dueAt(),
            d.dueAt(),
            d.resolved() || d.withdrawn() ? d.finishedAt() : null,
            d.resolved() ? "RESOLVED" : d.withdrawn() ? "WITHDRAWN" : null,
            // The other system's results carry no outcome: a resolved dossier counts as granted.
            d.resolved() ? "GRANTED" : null,
            verdict == null ? null : verdict.name(),
            margin,
            processing,
            d.fourOnSite(),
            d.refused() ? d.receivedAt() : null,
            d.returnedAt(),
            d.returnedAt() != null && d.deliveryMethod() == DeliveryMethod.POSTAL,
            d.extendedTo() == null ? null : extendedOn(d),
            d.lateReason(),
            d.feesPaid()
        };
    }

    /** The flows of one imported dossier, on the days its milestones fell. */
    private void flows(Dossier d, Map<DailyFlows.Key, Map<String, Long>> into) {
        if (d.refused()) {
            add(into, d, d.receivedAt(), Flows.refused());
            return;
        }
        add(into, d, d.receivedAt(), Flows.received(d.deliveryMethod()));
        if (d.resolved()) {
            add(
                    into,
                    d,
                    d.finishedAt(),
                    Flows.resolved(StepVerdict.of(d.finishedAt(), d.dueAt()), processingMinutes(d), d.fourOnSite()));
        }
        if (d.withdrawn()) {
            add(into, d, d.finishedAt(), Flows.stopped(true));
        }
        if (d.returnedAt() != null) {
            add(into, d, d.returnedAt(), Flows.returned(d.deliveryMethod() == DeliveryMethod.POSTAL));
        }
        if (d.extendedTo() != null) {
            add(into, d, extendedOn(d), Flows.extended());
        }
        if (d.feesPaid() > 0) {
            add(into, d, d.receivedAt(), Flows.fees(d.feesPaid()));
        }
    }

    /**
     * The history gives the new appointment, not the day of the apology: it is counted on the original
     * appointment's day (an apology comes before it), or the finish if that came first.
     */
    private static LocalDateTime extendedOn(Dossier d) {
        return d.finishedAt() != null && d.finishedAt().isBefore(d.dueAt()) ? d.finishedAt() : d.dueAt();
    }

    private static void add(
            Map<DailyFlows.Key, Map<String, Long>> into, Dossier d, LocalDateTime at, Map<String, Long> amounts) {
        var key = new DailyFlows.Key(
                at.toLocalDate(), d.centerId(), d.agencyId(), d.procedureId(), d.fieldCode(), d.channel());
        Map<String, Long> sums = into.computeIfAbsent(key, k -> new HashMap<>());
        amounts.forEach((column, amount) -> sums.merge(column, amount, Long::sum));
    }

    /** Working minutes between the finish and the original appointment: positive early, negative late. */
    private long margin(Dossier d) {
        return calendar.workingTimeBetween(d.finishedAt(), d.dueAt(), d.agencyId())
                .minutes();
    }

    private long processingMinutes(Dossier d) {
        return calendar.workingTimeBetween(d.receivedAt(), d.finishedAt(), d.agencyId())
                .minutes();
    }
}
