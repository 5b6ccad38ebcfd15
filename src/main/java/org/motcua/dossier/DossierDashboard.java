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

    @Transactional(readOnly = true)
    public Figures figures(CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(user, params);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        params.put("dayStart", now.toLocalDate().atStartOfDay());
        params.put("dayEnd", now.toLocalDate().plusDays(1).atStartOfDay());
        params.put("now", now);
        // The same window as the worklist's "due soon" filter and badge.
        params.put("soon", deadlines.warningHorizon(now, null));
        long[] today = jdbc.sql("select count(*) filter (where received_at >= :dayStart and received_at < :dayEnd),"
                        + " count(*) filter (where returned_at >= :dayStart and returned_at < :dayEnd),"
                        + " count(*) filter (where status = 'NEW'),"
                        + " count(*) filter (where status = 'RESOLVED')"
                        + " from dossier.dossier" + where)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        List<AgencyFigures> agencies = new ArrayList<>(jdbc.sql("select competent_agency_id,"
                        + " count(*) filter (where due_at < :now) as overdue,"
                        + " count(*) filter (where due_at >= :now) as due_soon"
                        + " from dossier.dossier" + where
                        + " and finished_at is null and status in " + DossierWorklists.CLOCK_RUNS
                        + " and due_at <= :soon group by competent_agency_id")
                .params(params)
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
                today[0],
                today[1],
                today[2],
                today[3],
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
