package org.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.motcua.catalog.Channel;
import org.motcua.dossier.internal.DossierDeadlines;
import org.motcua.dossier.internal.DossierPermissions;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Paging;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Worklists and search, read straight from the dossier table with SQL (architecture: JdbcClient for
 * worklists). Always limited to what the caller may see; what is due first comes first.
 */
@Component
public class DossierWorklists {

    private final JdbcClient jdbc;
    private final DossierPermissions permissions;
    private final DossierDeadlines deadlines;
    private final Clock clock;
    private final AuditTrail audit;

    DossierWorklists(
            JdbcClient jdbc,
            DossierPermissions permissions,
            DossierDeadlines deadlines,
            Clock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param view {@code mine} (assigned to me, or the desk's queue for reception officers), {@code unit}
     *     (at a step of my agencies), {@code agency} (my agencies are competent or receiving), {@code center}
     *     (received by my service centers: what a center manager oversees)
     * @param due {@code overdue} or {@code soon} (within the warning window, default one working day); only
     *     dossiers whose clock runs, as the deadline badge counts them
     * @param q a dossier code (or part), the reference quoted before there is a code, an ID number, or the
     *     applicant's name with or without diacritics
     * @param agency only dossiers this agency is competent for (a drill-down from the center's figures)
     * @param today {@code received} or {@code returned}: only dossiers received, or returned, today
     */
    public record Query(
            String view,
            DossierStatus status,
            UUID procedure,
            String due,
            String q,
            int page,
            int size,
            UUID agency,
            String today) {

        public Query(String view, DossierStatus status, UUID procedure, String due, String q, int page, int size) {
            this(view, status, procedure, due, q, page, size, null, null);
        }
    }

    /**
     * What an officer's worklist shows by default: the dossiers not closed. Written exactly as the predicate
     * of the partial indexes on open dossiers (migration V4_14), so that PostgreSQL proves those indexes
     * cover a query that says it; a query for a subset of the open states says it too ({@link #open}).
     */
    static final String OPEN = "status not in ('RETURNED', 'REFUSED', 'STOPPED')";

    /** Whether a dossier in this state is in the partial indexes on open dossiers ({@link #OPEN}). */
    static boolean open(DossierStatus status) {
        return !status.isTerminal();
    }

    /** The states in which the processing clock runs: only these can be overdue or due soon. */
    static final String CLOCK_RUNS = java.util.Arrays.stream(DossierStatus.values())
            .filter(DossierStatus::clockRuns)
            .map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /**
     * One line of a worklist.
     *
     * @param deadline ON_TIME, DUE_SOON, OVERDUE or PAUSED (null once processing has ended)
     */
    public record Row(
            UUID id,
            String code,
            String reference,
            DossierStatus status,
            String procedureName,
            String applicantName,
            Channel channel,
            Integer currentStep,
            LocalDateTime stepDueAt,
            LocalDateTime dueAt,
            LocalDateTime submittedAt,
            String deadline,
            UUID assigneeId,
            long version) {}

    public record Page(List<Row> items, int page, int size, long total) {}

    /** The largest page of a worklist (the API has always allowed 200). */
    static final int MAX_SIZE = 200;

    public Page find(Query query, CurrentUser user) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        Select select = select(query, user, now);
        long total = jdbc.sql(select.count())
                .params(select.params())
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(select.rows())
                .params(select.params())
                .query((rs, n) -> row(rs, now))
                .list();
        return new Page(rows, query.page(), query.size(), total);
    }

    /** The two statements of a worklist page (its count and its rows) with their parameters. */
    record Select(String count, String rows, Map<String, Object> params) {}

    /**
     * Builds the worklist's statements. Every officer's view reads an index: the open dossiers through the
     * partial indexes on {@link #OPEN} (a status filter on an open state, and the deadline filters, add the
     * literal predicate), the day's receipts and returns through (receiving center, time).
     */
    Select select(Query query, CurrentUser user, LocalDateTime now) {
        Paging.check(query.page(), query.size(), MAX_SIZE);
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR)) {
            // everything
        } else if (!user.isOfficer()) {
            where.append(" and applicant_account_id = :me");
        } else {
            Set<UUID> scope = permissions.scope(user);
            params.put("scope", scope.isEmpty() ? List.of(new UUID(0, 0)) : new ArrayList<>(scope));
            switch (query.view() == null ? "unit" : query.view()) {
                case "mine" ->
                    where.append(
                            user.hasRole(Role.RECEPTION_OFFICER)
                                    ? " and (assignee_id = :me or (receiving_center_id in (:scope)"
                                            + " and status in ('NEW', 'RESOLVED')))"
                                    : " and assignee_id = :me");
                case "unit" -> where.append(" and current_step_agency_id in (:scope)");
                case "agency" ->
                    where.append(" and (competent_agency_id in (:scope) or receiving_center_id in (:scope))");
                case "center" -> where.append(" and receiving_center_id in (:scope)");
                default ->
                    throw DomainException.invalid(
                            "validation.failed", List.of(new FieldError("view", "Pattern", null)));
            }
        }
        params.put("me", user.id());
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
            if (open(query.status())) {
                // Implied by the status, but the index predicate is proved on the literal (also in a plan
                // prepared for any status).
                where.append(" and " + OPEN);
            }
        } else if ("returned".equals(query.today())) {
            where.append(" and status = 'RETURNED'");
        } else if ((user.isOfficer() && !"received".equals(query.today())) || query.due() != null) {
            where.append(" and " + OPEN);
        }
        if (query.agency() != null) {
            where.append(" and competent_agency_id = :agency");
            params.put("agency", query.agency());
        }
        if ("received".equals(query.today()) || "returned".equals(query.today())) {
            where.append(" and " + query.today() + "_at >= :dayStart and " + query.today() + "_at < :dayEnd");
            params.put("dayStart", now.toLocalDate().atStartOfDay());
            params.put("dayEnd", now.toLocalDate().plusDays(1).atStartOfDay());
        }
        if (query.procedure() != null) {
            where.append(" and procedure_id = :procedure");
            params.put("procedure", query.procedure());
        }
        if ("overdue".equals(query.due())) {
            where.append(" and finished_at is null and status in " + CLOCK_RUNS + " and due_at < :now");
            params.put("now", now);
        } else if ("soon".equals(query.due())) {
            // The same warning window as the "due soon" badge (province hours; agencies rarely differ).
            where.append(
                    " and finished_at is null and status in " + CLOCK_RUNS + " and due_at >= :now and due_at <= :soon");
            params.put("now", now);
            params.put("soon", deadlines.warningHorizon(now, null));
        }
        String q = Text.clean(query.q());
        if (q != null) {
            where.append(" and (code ilike :like or reference = :exact or applicant_id_number = :exact"
                    + " or public.f_unaccent(lower(applicant_name)) like public.f_unaccent(lower(:like)))");
            params.put("like", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", q.toUpperCase());
        }
        params.put("limit", query.size());
        params.put("offset", Paging.offset(query.page(), query.size()));
        String rows = """
                select id, code, reference, status, procedure_name, applicant_name, channel, current_step,
                       step_due_at, due_at, submitted_at, finished_at, competent_agency_id,
                       assignee_id, version, applicant_id_number, applicant_tax_code
                  from dossier.dossier
                """
                + where
                // An officer works what is due first; an applicant looks for the latest application.
                + (user.isOfficer()
                        ? " order by coalesce(step_due_at, due_at) asc nulls last, submitted_at asc"
                        : " order by submitted_at desc, id")
                + " limit :limit offset :offset";
        return new Select("select count(*) from dossier.dossier" + where, rows, params);
    }

    /**
     * The desk's queues at the service centers the officer works for: online dossiers waiting for
     * acceptance (NEW, first submitted first) or results ready to return (RESOLVED, first ready first).
     */
    public List<Row> atTheDesk(DossierStatus status, CurrentUser user) {
        if (status != DossierStatus.NEW && status != DossierStatus.RESOLVED) {
            throw new IllegalArgumentException("not a desk queue: " + status);
        }
        Set<UUID> scope = permissions.scope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        return jdbc.sql(
                        "select id, code, reference, status, procedure_name, applicant_name, channel, current_step, step_due_at,"
                                + " due_at, submitted_at, finished_at, competent_agency_id, assignee_id, version,"
                                + " applicant_id_number, applicant_tax_code"
                                + " from dossier.dossier where receiving_center_id in (:scope) and status = :status and "
                                + OPEN
                                + (status == DossierStatus.NEW
                                        ? " order by submitted_at, id"
                                        : " order by finished_at, id")
                                + " limit 200")
                .param("scope", new ArrayList<>(scope))
                .param("status", status.name())
                .query((rs, n) -> row(rs, now))
                .list();
    }

    /** A worklist line; shown to the caller, so it is in the audit trail ({@link AuditTrail#listed}). */
    private Row row(java.sql.ResultSet rs, LocalDateTime now) throws java.sql.SQLException {
        String idNumber = rs.getString("applicant_id_number");
        audit.listed(AuditTrail.Subject.dossier(
                rs.getString("code"),
                rs.getString("reference") != null ? rs.getString("reference") : rs.getString("id"),
                idNumber != null ? idNumber : rs.getString("applicant_tax_code")));
        DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("reference"),
                status,
                rs.getString("procedure_name"),
                rs.getString("applicant_name"),
                Channel.valueOf(rs.getString("channel")),
                (Integer) rs.getObject("current_step"),
                rs.getObject("step_due_at", LocalDateTime.class),
                rs.getObject("due_at", LocalDateTime.class),
                rs.getObject("submitted_at", LocalDateTime.class),
                deadlines.state(
                        status,
                        rs.getObject("due_at", LocalDateTime.class),
                        rs.getObject("finished_at", LocalDateTime.class),
                        now,
                        rs.getObject("competent_agency_id", UUID.class)),
                rs.getObject("assignee_id", UUID.class),
                rs.getLong("version"));
    }
}
