package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures rebuilt from the dossiers equal the figures kept from the events: the demo's year of
 * dossiers (received, supplemented, consulted, extended, paid, resolved early and late, returned,
 * refused, withdrawn), counted by the listener, then wiped and counted again from the dossiers' history.
 * Its own database (the rebuild empties the statistics of the whole province).
 */
@SpringBootTest(properties = {"motcua.demo=true", "motcua.statistics.rebuild-test=own-database"})
class StatisticsRebuildTests {

    static final CurrentUser MANAGER =
            new CurrentUser(UUID.randomUUID(), "gd", "Giám đốc", Set.of(Role.CENTER_MANAGER), Set.of());

    @Autowired
    Statistics statistics;

    @Autowired
    StatisticsRebuild rebuild;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFiguresRebuiltFromTheDossiersAreTheFiguresKeptFromTheEvents() {
        // The demo's events are counted asynchronously: wait until every one is.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        LocalDate today = statistics.now().toLocalDate();
        var request = new Statistics.Request(today.minusYears(1), today, null, null, null, GroupBy.AGENCY);
        Summary before = statistics.summary(request, MANAGER);
        var lateBefore = statistics.late(request, true, MANAGER);
        assertThat(before.total().receivedNew()).as("the demo has dossiers").isPositive();
        assertThat(before.total().resolvedLate()).as("some of them late").isPositive();

        StatisticsRebuild.Result result = rebuild.rebuild();

        assertThat(result.dossiers()).isPositive();
        Summary after = statistics.summary(request, MANAGER);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(statistics.late(request, true, MANAGER))
                .extracting(LateDossier::code, LateDossier::lateMinutes, LateDossier::reason)
                .isEqualTo(lateBefore.stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.code(), l.lateMinutes(), l.reason()))
                        .toList());
    }
}
