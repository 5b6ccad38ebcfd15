package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.satisfaction.DossierRated;
import org.motcua.satisfaction.Grade;
import org.motcua.satisfaction.RatingSource;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.motcua.statistics.internal.RatingQueries;
import org.motcua.statistics.internal.RatingRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The satisfaction figures of March 2026 for an agency of its own, from seven ratings worked out by hand:
 *
 * <pre>
 * dossier officer day   grades given (revisions)              counts as
 * d1      A       02.03 SATISFIED                              satisfied
 * d2      A       02.03 NOT_SATISFIED, then VERY_SATISFIED     very satisfied (the last revision)
 * d3      A       10.03 NOT_SATISFIED                          not satisfied
 * d4      B       15.03 VERY_SATISFIED                         very satisfied
 * d5      B       31.03 SATISFIED                              satisfied
 * d6      B       28.02 VERY_SATISFIED                         outside the period (first given in February)
 * d7      –       20.03 NOT_SATISFIED (returned by post)       not satisfied, no officer
 * </pre>
 *
 * In the period 6 rated: very 2 (d2, d4), satisfied 2 (d1, d5), not 2 (d3, d7); rate
 * 4/6 = 0,6667. Officer A: 1 very, 1 satisfied, 1 not: 2/3 = 0,6667. Officer B: 1 very, 1 satisfied: 1.
 * Each event is recorded twice, and d2's first revision again after its second, to show that neither
 * changes a figure.
 */
@SpringBootTest
class SatisfactionFiguresIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    final UUID agency = UUID.randomUUID();
    final UUID officerA = UUID.randomUUID();
    final UUID officerB = UUID.randomUUID();

    @Autowired
    RatingRecorder recorder;

    @Autowired
    RatingQueries queries;

    private DossierRated rated(UUID dossier, UUID officer, String day, Grade grade, int revision) {
        LocalDateTime first = LocalDate.parse(day).atTime(9, 30);
        return new DossierRated(
                dossier,
                "X-" + dossier,
                null,
                "F",
                agency,
                null,
                officer,
                grade,
                null,
                revision,
                RatingSource.COUNTER,
                first,
                first.plusMinutes(revision));
    }

    @Test
    void theSatisfactionRateCountsTheLastGradeOfEachDossierRatedInThePeriod() {
        UUID d2 = UUID.randomUUID();
        var events = java.util.List.of(
                rated(UUID.randomUUID(), officerA, "2026-03-02", Grade.SATISFIED, 1),
                rated(d2, officerA, "2026-03-02", Grade.NOT_SATISFIED, 1),
                rated(d2, officerA, "2026-03-02", Grade.VERY_SATISFIED, 2),
                rated(UUID.randomUUID(), officerA, "2026-03-10", Grade.NOT_SATISFIED, 1),
                rated(UUID.randomUUID(), officerB, "2026-03-15", Grade.VERY_SATISFIED, 1),
                rated(UUID.randomUUID(), officerB, "2026-03-31", Grade.SATISFIED, 1),
                rated(UUID.randomUUID(), officerB, "2026-02-28", Grade.VERY_SATISFIED, 1),
                rated(UUID.randomUUID(), null, "2026-03-20", Grade.NOT_SATISFIED, 1));
        events.forEach(recorder::record);
        events.forEach(recorder::record);
        recorder.record(rated(d2, officerA, "2026-03-02", Grade.NOT_SATISFIED, 1));

        Scope scope = new Scope(Set.of(agency), null, null);
        SatisfactionFigures total =
                queries.figures(FROM, TO, scope, null).values().iterator().next();
        assertThat(total).isEqualTo(new SatisfactionFigures(2, 2, 2));
        assertThat(total.rated()).isEqualTo(6);
        assertThat(total.satisfactionRate()).isEqualByComparingTo(new BigDecimal("0.6667"));

        Map<String, SatisfactionFigures> byOfficer = queries.figures(FROM, TO, scope, GroupBy.OFFICER);
        assertThat(byOfficer.get(officerA.toString())).isEqualTo(new SatisfactionFigures(1, 1, 1));
        assertThat(byOfficer.get(officerB.toString())).isEqualTo(new SatisfactionFigures(1, 1, 0));
        assertThat(byOfficer.get(officerB.toString()).satisfactionRate()).isEqualByComparingTo("1");
        assertThat(byOfficer.get("")).isEqualTo(new SatisfactionFigures(0, 0, 1));

        Map<String, SatisfactionFigures> byMonth = queries.figures(LocalDate.of(2026, 2, 1), TO, scope, GroupBy.MONTH);
        assertThat(byMonth).containsEntry("2026-02", new SatisfactionFigures(1, 0, 0));
        assertThat(byMonth).containsEntry("2026-03", total);
    }

    @Test
    void nothingRatedHasNoRate() {
        SatisfactionFigures none = queries.figures(FROM, TO, new Scope(Set.of(UUID.randomUUID()), null, null), null)
                .values()
                .iterator()
                .next();
        assertThat(none.rated()).isZero();
        assertThat(none.satisfactionRate()).isNull();
    }
}
