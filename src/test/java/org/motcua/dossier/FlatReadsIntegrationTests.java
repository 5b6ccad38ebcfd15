package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officers' and managers' reads stay flat as history grows (issue 15): on a table where closed dossiers
 * outnumber the open ones a hundred to one, as in a center after a few years, PostgreSQL plans each of them
 * on its index (the partial indexes on open dossiers, (receiving center, received at), (receiving center,
 * returned at)) and none scans the table. The statements are the ones the services run (built by the same
 * methods, with their parameters), explained on a realistic fixture rather than with sequential scans
 * disabled: if an index is dropped, its predicate no longer matches the query's (a status filter that does
 * not say {@link DossierWorklists#OPEN}, say) or a query changes so that only a scan answers it, the planner
 * falls back to a sequential scan and the test fails. The fixture is rolled back, statistics included.
 */
@SpringBootTest(properties = "motcua.demo=true")
class FlatReadsIntegrationTests {

    /**
     * Closed dossiers added to the demo's ~320 (of which a third are open): about 1 % open, as in a center
     * after a few years. Enough for the planner to prefer an index to a scan, as it does at a million.
     */
    private static final int CLOSED = 12_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DossierWorklists worklists;

    @Autowired
    DossierDashboard dashboard;

    @Test
    void everyWorklistViewTheOverviewAndTheTrackingBookReadAnIndexNotTheHistory() {
        withHistory(now -> {
            CurrentUser specialist = officer(Role.SPECIALIST, busiest("current_step_agency_id"));
            CurrentUser desk = officer(Role.RECEPTION_OFFICER, busiest("receiving_center_id"));
            CurrentUser manager = officer(Role.CENTER_MANAGER, busiest("receiving_center_id"));
            assertPlan(worklist(specialist, "unit", null, null, null, now), "dossier_open_step_agency_idx");
            assertPlan(
                    worklist(specialist, "agency", null, null, null, now),
                    "dossier_open_competent_idx",
                    "dossier_open_center_idx");
            assertPlan(worklist(specialist, "mine", null, null, null, now), "dossier_open_assignee_idx");
            assertPlan(
                    worklist(desk, "mine", null, null, null, now),
                    "dossier_open_assignee_idx",
                    "dossier_open_center_idx");
            assertPlan(worklist(manager, "center", null, null, null, now), "dossier_open_center_idx");
            // The overview's drill-downs.
            assertPlan(worklist(manager, "center", DossierStatus.NEW, null, null, now), "dossier_open_center_idx");
            assertPlan(worklist(manager, "center", DossierStatus.RESOLVED, null, null, now), "dossier_open_center_idx");
            assertPlan(worklist(manager, "center", null, "overdue", null, now), "dossier_open_center_idx");
            assertPlan(worklist(manager, "center", null, "soon", null, now), "dossier_open_center_idx");
            assertPlan(worklist(manager, "center", null, null, "received", now), "dossier_center_received_idx");
            assertPlan(worklist(manager, "center", null, null, "returned", now), "dossier_center_returned_idx");
            // Administrators and supervisors see every open dossier: still only the open ones.
            CurrentUser admin = officer(Role.SUPERVISOR, busiest("receiving_center_id"));
            assertPlan(worklist(admin, "unit", null, null, null, now), "dossier_open_");

            // The overview, for a center's manager and for everyone's supervisor.
            UUID center = busiest("receiving_center_id");
            for (CurrentUser user : List.of(officer(Role.CENTER_MANAGER, center), officer(Role.SUPERVISOR, center))) {
                DossierDashboard.Statements sql = dashboard.statements(user, now);
                assertPlan(new Statement(sql.receivedToday(), sql.params()), "dossier_center_received_idx");
                assertPlan(new Statement(sql.returnedToday(), sql.params()), "dossier_center_returned_idx");
                assertPlan(new Statement(sql.atTheDesk(), sql.params()), "dossier_open_center_idx");
                assertPlan(new Statement(sql.atRisk(), sql.params()), "dossier_open_");
            }
            LocalDate day = now.toLocalDate().minusDays(30);
            assertPlan(
                    new Statement(
                            DossierDocuments.BOOK_ROWS,
                            Map.of(
                                    "unit",
                                    center,
                                    "from",
                                    day.atStartOfDay(),
                                    "to",
                                    day.plusDays(1).atStartOfDay())),
                    "dossier_center_received_idx");
        });
    }

    @Test
    void aStatusFilterOnAnOpenStateSaysTheIndexPredicate() {
        for (DossierStatus status : DossierStatus.values()) {
            boolean closed = Set.of(DossierStatus.RETURNED, DossierStatus.REFUSED, DossierStatus.STOPPED)
                    .contains(status);
            assertThat(DossierWorklists.open(status)).as(status.name()).isEqualTo(!closed);
        }
        // The predicate the migration gives the partial indexes is the one the queries say.
        List<String> predicates = jdbc.sql("""
                        select pg_get_expr(i.indpred, i.indrelid) from pg_index i
                          join pg_class c on c.oid = i.indexrelid
                         where c.relname like 'dossier_open_%'
                        """).query(String.class).list();
        assertThat(predicates).hasSize(4);
        String expected = jdbc.sql("select pg_get_expr(i.indpred, i.indrelid) from pg_index i"
                        + " join pg_class c on c.oid = i.indexrelid where c.relname = 'dossier_open_center_idx'")
                .query(String.class)
                .single();
        assertThat(predicates).containsOnly(expected);
        assertThat(expected).contains("'RETURNED'", "'REFUSED'", "'STOPPED'").contains("<> ALL");
    }

    private record Statement(String sql, Map<String, ?> params) {}

    private Statement worklist(
            CurrentUser user, String view, DossierStatus status, String due, String today, LocalDateTime now) {
        DossierWorklists.Select select = worklists.select(
                new DossierWorklists.Query(view, status, null, due, null, 0, 20, null, today), user, now);
        // The count is the statement whose cost grows with the rows it touches; the page's rows read the same.
        assertPlan(new Statement(select.rows(), select.params()));
        return new Statement(select.count(), select.params());
    }

    /** The plan reads each of the indexes named (a prefix will do) and never scans the dossier table. */
    private void assertPlan(Statement statement, String... indexes) {
        String plan = String.join(
                "\n",
                jdbc.sql("explain (costs off) " + statement.sql())
                        .params(statement.params())
                        .query(String.class)
                        .list());
        assertThat(plan).as(statement.sql()).doesNotContain("Seq Scan on dossier ");
        for (String index : indexes) {
            assertThat(plan).as(statement.sql()).contains(index);
        }
    }

    private CurrentUser officer(Role role, UUID agency) {
        return new CurrentUser(UUID.randomUUID(), "plan-" + role, "Plan " + role, Set.of(role), Set.of(agency));
    }

    /** The agency with the most open dossiers in this column: the worst case for its officers. */
    private UUID busiest(String column) {
        return jdbc.sql("select " + column + " from dossier.dossier where " + column + " is not null and "
                        + DossierWorklists.OPEN + " group by 1 order by count(*) desc limit 1")
                .query(UUID.class)
                .single();
    }

    /**
     * Runs the checks on the demo's dossiers plus {@link #CLOSED} returned ones copied from the demo's
     * returned dossiers, received over the last fourteen months, analyzed; all rolled back afterwards.
     */
    private void withHistory(Consumer<LocalDateTime> checks) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // Every column copied from a returned demo dossier, but its identity and its times.
            Map<String, String> changed = Map.of(
                    "id", "gen_random_uuid()",
                    "code", "'PLAN-' || g",
                    "reference", "'PLAN' || g",
                    "submitted_at", "t.received_at - shift",
                    "received_at", "t.received_at - shift",
                    "due_at", "t.due_at - shift",
                    "original_due_at", "t.original_due_at - shift",
                    "finished_at", "t.finished_at - shift",
                    "returned_at", "t.returned_at - shift");
            List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                            + " where table_schema = 'dossier' and table_name = 'dossier' order by ordinal_position")
                    .query(String.class)
                    .list();
            String values = columns.stream()
                    .map(c -> changed.getOrDefault(c, "t." + c))
                    .collect(java.util.stream.Collectors.joining(", "));
            int added = jdbc.sql(
                            "insert into dossier.dossier (" + String.join(", ", columns) + ") select " + values + """
                             from generate_series(1, :count) g
                             cross join lateral (select interval '52 minutes' * g + interval '2 days' as shift) s
                             join (select d.*, row_number() over (order by id) - 1 as n, count(*) over () as total
                                     from dossier.dossier d
                                    where status = 'RETURNED' and received_at is not null) t on t.n = g % t.total
                            """)
                    .param("count", CLOSED)
                    .update();
            assertThat(added).isEqualTo(CLOSED);
            jdbc.sql("analyze dossier.dossier").update();
            checks.accept(LocalDateTime.now(org.motcua.shared.Vietnam.ZONE));
        });
    }
}
