package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "motcua.demo=true")
class DemoDossiersIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasDossiersInEveryStateWithAConsistentHistory() {
        Map<String, Long> byStatus = jdbc
                .sql("select status, count(*) n from dossier.dossier group by status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(300);
        assertThat(byStatus.keySet())
                .contains("RETURNED", "RESOLVED", "IN_PROGRESS", "REFUSED", "SUPPLEMENT_REQUESTED", "NEW");

        long late = jdbc.sql("select count(*) from dossier.dossier where finished_at > original_due_at")
                .query(Long.class)
                .single();
        long onTime = jdbc.sql("select count(*) from dossier.dossier where finished_at <= original_due_at")
                .query(Long.class)
                .single();
        assertThat(late).isPositive();
        assertThat(onTime).isGreaterThan(late);
        assertThat(jdbc.sql("select count(*) from dossier.dossier where extensions > 0")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from dossier.dossier where lien_thong")
                        .query(Long.class)
                        .single())
                .isPositive();

        // Every received dossier has its receipt in the history, and the last row matches its state.
        List<String> mismatched = jdbc.sql("""
                        select d.code from dossier.dossier d
                         where d.code is not null and d.status <> (
                               select h.to_status from dossier.history h where h.dossier_id = d.id
                                order by h.id desc limit 1)
                        """).query(String.class).list();
        assertThat(mismatched).isEmpty();
    }
}
