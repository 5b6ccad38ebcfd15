package org.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.internal.DossierDeadlines;
import org.motcua.dossier.internal.DossierPermissions;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vietnam;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a center manager reads through the day, counted with SQL over the dossiers their service
 * centers received (administrators and supervisors: every center). Each figure is the count of a
 * worklist filter, so a click on it lists exactly the dossiers behind it (see {@link DossierWorklists}).
 */
@Service
public class DossierDashboard {

    /** Today's counters and the dossiers at risk, per competent agency, on {@code day} (Vietnam time). */
    public record Figures(
            java.time.LocalDate day,
            long receivedToday,
            long returnedToday,
            long waitingForAcceptance,
            long waitingToReturn,
            long overdue,
            long dueSoon,
            List<AgencyFigures> agencies) {}

    /** One competent agency with dossiers overdue or due soon (within the warning window). */
    public record AgencyFigures(UUID agencyId, String agencyName, long overdue, long dueSoon) {}

    /**
     * A center manager's morning digest (the notification module sends it).
     *
     * @param day the day the first three counts are of (yesterday, seen from {@code at})
     * @param received received that day
     * @param resolved resolved that day (a result or a written refusal)
     * @param resolvedLate of those, resolved after their original appointment
     * @param overdue still open at {@code at} with the appointment passed (the dashboard's "overdue")
     * @param dueSoon still open at {@code at}, due within the warning window (the dashboard's "due soon")
     */
    public record Digest(
            java.time.LocalDate day,
            LocalDateTime at,
            long received,
            long resolved,
            long resolvedLate,
            long overdue,
            long dueSoon) {}

    private final JdbcClient jdbc;
    private final DossierPermissions permissions;
    private final DossierDeadlines deadlines;
    private final Catalog catalog;
    private final Clock clock;

    DossierDashboard(
            JdbcClient jdbc, DossierPermissions permissions, DossierDeadlines deadlines, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Whether this person reads the center's figures. */
    public static boolean mayRead(CurrentUser user) {
        return user != null
                && (user.hasRole(Role.CENTER_MANAGER) || user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR));
    }

    /**
     * The overview's statements with their parameters. Each count reads an index, never the closed history:
     * the day's receipts and returns by (receiving center, time), the desk queues and the deadlines through
     * the partial indexes on open dossiers (their predicate written out, {@link DossierWorklists#OPEN}).
     */
    record Statements(
            String receivedToday, String returnedToday, String atTheDesk, String atRisk, Map<String, Object> params) {}

    Statements statements(CurrentUser user, LocalDateTime now) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(user, params);
        String centers = where;
        if (!params.containsKey("scope")) {
            // Every center: a dossier's receiving center is an agency of the catalog (or none yet), so this
            // is every dossier, said so that (receiving center, time) serves the day's receipts and returns.
            centers = " where (receiving_center_id in (:centers) or receiving_center_id is null)";
            List<UUID> all = catalog.agencies().stream().map(AgencyView::id).toList();
            params.put("centers", all.isEmpty() ? List.of(new UUID(0, 0)) : all);
        }
        params.put("dayStart", now.toLocalDate().atStartOfDay());
        params.put("dayEnd", now.toLocalDate().plusDays(1).atStartOfDay());
        params.put("now", now);
        // The same window as the worklist's "due soon" filter and badge.
        params.put("soon", deadlines.warningHorizon(now, null));
        return new Statements(
                "select count(*) from dossier.dossier" + centers
                        + " and received_at >= :dayStart and received_at < :dayEnd",
                "select count(*) from dossier.dossier" + centers
                        + " and returned_at >= :dayStart and returned_at < :dayEnd",
                "select count(*) filter (where status = 'NEW'), count(*) filter (where status = 'RESOLVED')"
                        + " from dossier.dossier" + where + " and status in ('NEW', 'RESOLVED') and "
                        + DossierWorklists.OPEN,
                "select competent_agency_id,"
                        + " count(*) filter (where due_at < :now) as overdue,"
                        + " count(*) filter (where due_at >= :now) as due_soon"
                        + " from dossier.dossier" + where + " and " + DossierWorklists.OPEN
                        + " and finished_at is null and status in " + DossierWorklists.CLOCK_RUNS
                        + " and due_at <= :soon group by competent_agency_id",
                params);
    }

    @Transactional(readOnly = true)
    public Figures figures(CurrentUser user) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        Statements sql = statements(user, now);
        long receivedToday = jdbc.sql(sql.receivedToday())
                .params(sql.params())
                .query(Long.class)
                .single();
        long returnedToday = jdbc.sql(sql.returnedToday())
                .params(sql.params())
                .query(Long.class)
                .single();
        long[] desk = jdbc.sql(sql.atTheDesk())
                .params(sql.params())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        List<AgencyFigures> agencies = new ArrayList<>(jdbc.sql(sql.atRisk())
                .params(sql.params())
                .query((rs, n) -> {
                    UUID agency = rs.getObject("competent_agency_id", UUID.class);
                    return new AgencyFigures(
                            agency,
                            catalog.agency(agency).map(AgencyView::name).orElse(""),
                            rs.getLong("overdue"),
                            rs.getLong("due_soon"));
                })
                .list());
        agencies.sort(Comparator.comparingLong(AgencyFigures::overdue)
                .reversed()
                .thenComparing(Comparator.comparingLong(AgencyFigures::dueSoon).reversed())
                .thenComparing(AgencyFigures::agencyName));
        return new Figures(
                now.toLocalDate(),
                receivedToday,
                returnedToday,
                desk[0],
                desk[1],
                agencies.stream().mapToLong(AgencyFigures::overdue).sum(),
                agencies.stream().mapToLong(AgencyFigures::dueSoon).sum(),
                List.copyOf(agencies));
    }

    /**
     * The digest of the day before {@code at} for the centers the person reads (received, resolved, resolved
     * late), with what is overdue and due soon at {@code at}: the same definitions as {@link #figures}.
     */
    @Transactional(readOnly = true)
    public Digest digest(CurrentUser user, LocalDateTime at) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(user, params);
        params.put("dayStart", at.toLocalDate().minusDays(1).atStartOfDay());
        params.put("dayEnd", at.toLocalDate().atStartOfDay());
        params.put("now", at);
        params.put("soon", deadlines.warningHorizon(at, null));
        return jdbc.sql("select count(*) filter (where received_at >= :dayStart and received_at < :dayEnd),"
                        + " count(*) filter (where outcome is not null and finished_at >= :dayStart"
                        + " and finished_at < :dayEnd),"
                        + " count(*) filter (where outcome is not null and finished_at >= :dayStart"
                        + " and finished_at < :dayEnd and finished_at > original_due_at),"
                        + " count(*) filter (where finished_at is null and status in " + DossierWorklists.CLOCK_RUNS
                        + " and due_at < :now),"
                        + " count(*) filter (where finished_at is null and status in " + DossierWorklists.CLOCK_RUNS
                        + " and due_at >= :now and due_at <= :soon)"
                        + " from dossier.dossier" + where)
                .params(params)
                .query((rs, n) -> new Digest(
                        at.toLocalDate().minusDays(1),
                        at,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }

    /** The where clause of the dossiers the person's figures count: their centers', or every one. */
    private String scope(CurrentUser user, Map<String, Object> params) {
        if (!mayRead(user)) {
            throw new DomainException("dossier.action_forbidden", HttpStatus.FORBIDDEN, "dashboard");
        }
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR)) {
            return " where true";
        }
        Set<UUID> scope = permissions.scope(user);
        params.put("scope", scope.isEmpty() ? List.of(new UUID(0, 0)) : new ArrayList<>(scope));
        return " where receiving_center_id in (:scope)";
    }
}
