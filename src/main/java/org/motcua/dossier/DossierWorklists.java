package org.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.motcua.shared.Vietnam;
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

    DossierWorklists(JdbcClient jdbc, DossierPermissions permissions, DossierDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * @param view {@code mine} (assigned to me, or the desk's queue for reception officers), {@code unit}
     *     (at a step of my agencies), {@code agency} (my agencies are competent or receiving)
     * @param due {@code overdue} or {@code soon} (within the warning window, default one working day)
     * @param q a dossier code (or part), an ID number, or the applicant's name with or without diacritics
     */
    public record Query(String view, DossierStatus status, UUID procedure, String due, String q, int page, int size) {}

    /**
     * One line of a worklist.
     *
     * @param deadline ON_TIME, DUE_SOON, OVERDUE or PAUSED (null once processing has ended)
     */
    public record Row(
            UUID id,
            String code,
            DossierStatus status,
            String procedureName,
            String applicantName,
            Dossier.Channel channel,
            Integer currentStep,
            LocalDateTime stepDueAt,
            LocalDateTime dueAt,
            LocalDateTime submittedAt,
            String deadline) {}

    public record Page(List<Row> items, int page, int size, long total) {}

    public Page find(Query query, CurrentUser user) {
        if (query.size() < 1 || query.size() > 200 || query.page() < 0) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("size", "Max", null)));
        }
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
                default ->
                    throw DomainException.invalid(
                            "validation.failed", List.of(new FieldError("view", "Pattern", null)));
            }
        }
        params.put("me", user.id());
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        } else if (user.isOfficer()) {
            where.append(" and status not in ('RETURNED', 'REFUSED', 'STOPPED')");
        }
        if (query.procedure() != null) {
            where.append(" and procedure_id = :procedure");
            params.put("procedure", query.procedure());
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Vietnam.ZONE));
        if ("overdue".equals(query.due())) {
            where.append(" and finished_at is null and due_at < :now");
            params.put("now", now);
        } else if ("soon".equals(query.due())) {
            // The same warning window as the "due soon" badge (province hours; agencies rarely differ).
            where.append(" and finished_at is null and due_at >= :now and due_at <= :soon");
            params.put("now", now);
            params.put("soon", deadlines.warningHorizon(now, null));
        }
        String q = Text.clean(query.q());
        if (q != null) {
            where.append(" and (code ilike :like or applicant_id_number = :exact"
                    + " or public.f_unaccent(lower(applicant_name)) like public.f_unaccent(lower(:like)))");
            params.put("like", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("exact", q.toUpperCase());
        }
        long total = jdbc.sql("select count(*) from dossier.dossier" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", query.size());
        params.put("offset", query.page() * query.size());
        List<Row> rows = jdbc.sql("""
                        select id, code, status, procedure_name, applicant_name, channel, current_step,
                               step_due_at, due_at, submitted_at, finished_at, competent_agency_id
                          from dossier.dossier
                        """
                        + where
                        // An officer works what is due first; an applicant looks for the latest application.
                        + (user.isOfficer()
                                ? " order by coalesce(step_due_at, due_at) asc nulls last, submitted_at asc"
                                : " order by submitted_at desc, id")
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        DossierStatus.valueOf(rs.getString("status")),
                        rs.getString("procedure_name"),
                        rs.getString("applicant_name"),
                        Dossier.Channel.valueOf(rs.getString("channel")),
                        (Integer) rs.getObject("current_step"),
                        rs.getObject("step_due_at", LocalDateTime.class),
                        rs.getObject("due_at", LocalDateTime.class),
                        rs.getObject("submitted_at", LocalDateTime.class),
                        deadlines.state(
                                DossierStatus.valueOf(rs.getString("status")),
                                rs.getObject("due_at", LocalDateTime.class),
                                rs.getObject("finished_at", LocalDateTime.class),
                                now,
                                rs.getObject("competent_agency_id", UUID.class))))
                .list();
        return new Page(rows, query.page(), query.size(), total);
    }
}
