package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.motcua.catalog.Channel;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Applicant.ApplicantType;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierEvents.ConsultationAnswered;
import org.motcua.dossier.DossierEvents.ConsultationOpened;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierForwarded;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierRefused;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.DossierReturned;
import org.motcua.dossier.DossierEvents.DossierStopped;
import org.motcua.dossier.DossierEvents.DossierSubmitted;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierEvents.SupplementRequested;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.HandOver;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.RegisteredCapital;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.Timeliness;
import org.motcua.shared.Vnd;
import org.motcua.statistics.internal.FigureDossiers;
import org.motcua.statistics.internal.FigureQueries;
import org.motcua.statistics.internal.FigureQueries.Scope;
import org.motcua.statistics.internal.FigureRecorder;
import org.motcua.statistics.internal.LateQueries;
import org.motcua.statistics.internal.ResultQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The figures of one week (Friday 27.11 to Thursday 3.12.2026, read at noon on the Thursday) for an agency
 * of its own, from ten dossiers whose every figure was worked out by hand (see the comments). The events
 * are recorded as the listener receives them; each is recorded twice, and in reverse order, to show that
 * neither changes a figure.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2026, 11, 27);
    static final LocalDate TO = LocalDate.of(2026, 12, 3);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 12, 0);

    final UUID agency = UUID.randomUUID();
    final UUID center = UUID.randomUUID();
    final UUID desk = UUID.randomUUID();
    final UUID leader = UUID.randomUUID();
    final UUID consulted = UUID.randomUUID();
    final Scope scope = new Scope(Set.of(agency), null, null);

    @Autowired
    FigureRecorder recorder;

    @Autowired
    FigureQueries queries;

    @Autowired
    LateQueries late;

    @Autowired
    ResultQueries results;

    @Autowired
    FigureDossiers dossiers;

    @Autowired
    org.motcua.statistics.internal.ReviewQueries review;

    @BeforeAll
    void recordTheWeek() {
        List<DossierEvent> events = new ArrayList<>();
        // D1: received before the week (Fri 20.11 09:00), due Mon 30.11 17:00, resolved that day 10:00: on time.
        Dossier d1 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d1.received(t(11, 20, 9, 0), t(11, 30, 17, 0)));
        events.add(d1.resolved(t(11, 30, 10, 0), StepVerdict.ON_TIME));
        // D2: received Wed 25.11, due Thu 26.11 17:00, still open: carried over, overdue at the end.
        Dossier d2 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d2.received(t(11, 25, 8, 0), t(11, 26, 17, 0)));
        // D3: online, result by post, received Fri 27.11 08:00, fee 50.000 paid that day, resolved Mon 30.11
        // 15:00 (early: due 10.12), returned by post Tue 1.12.
        Dossier d3 = new Dossier(Channel.ONLINE, DeliveryMethod.POSTAL);
        events.add(d3.submitted(t(11, 26, 20, 0)));
        events.add(d3.received(t(11, 27, 8, 0), t(12, 10, 17, 0)));
        events.add(d3.paid(t(11, 27, 9, 0), 50_000));
        events.add(d3.resolved(t(11, 30, 15, 0), StepVerdict.EARLY));
        events.add(d3.returned(t(12, 1, 10, 0), DeliveryMethod.POSTAL));
        // D4: received Tue 1.12 14:00, due Wed 2.12 17:00, extended with an apology to Fri 4.12, resolved Thu
        // 3.12 09:00: late against the original appointment although the extension was kept.
        Dossier d4 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        // Its way: step 1 until 16:00 (on time); step 2 asked another agency at 16:30 for an answer by Wed
        // 10:00, which came at 15:00 (late); step 2 took until the resolution.
        events.add(d4.received(t(12, 1, 14, 0), t(12, 2, 17, 0)));
        events.add(d4.forwarded(t(12, 1, 16, 0), StepVerdict.ON_TIME));
        events.add(d4.consulted(t(12, 1, 16, 30), consulted, t(12, 2, 10, 0)));
        events.add(d4.extended(t(12, 2, 10, 0), t(12, 4, 17, 0)));
        events.add(d4.answered(t(12, 2, 15, 0), consulted, StepVerdict.LATE));
        events.add(d4.resolved(t(12, 3, 9, 0), StepVerdict.LATE, -120));
        // D5: received Wed 2.12, withdrawn Thu 3.12: finished, neither resolved nor late.
        Dossier d5 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d5.received(t(12, 2, 8, 0), t(12, 9, 17, 0)));
        events.add(d5.stopped(t(12, 3, 8, 0), true));
        // D6: refused at reception Mon 30.11: never received.
        Dossier d6 = new Dossier(Channel.ONLINE, DeliveryMethod.COUNTER);
        events.add(d6.submitted(t(11, 29, 8, 0)));
        events.add(d6.refused(t(11, 30, 8, 0)));
        // D7: received Thu 26.11, supplement asked that afternoon and not handed in: carried over, waiting.
        Dossier d7 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d7.received(t(11, 26, 10, 0), t(12, 10, 17, 0)));
        events.add(d7.supplementRequested(t(11, 26, 15, 0)));
        // D8: by post, received Thu 3.12 08:00 and handled "4 tại chỗ": resolved and returned 08:30, early.
        Dossier d8 = new Dossier(Channel.POSTAL, DeliveryMethod.COUNTER).fourOnSite();
        events.add(d8.received(t(12, 3, 8, 0), t(12, 4, 17, 0)));
        events.add(d8.resolved(t(12, 3, 8, 30), StepVerdict.EARLY));
        events.add(d8.returned(t(12, 3, 8, 30), DeliveryMethod.COUNTER));
        // D9: received and resolved before the week; D10: received and stopped before it. Neither counts.
        Dossier d9 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d9.received(t(11, 10, 8, 0), t(11, 24, 17, 0)));
        events.add(d9.resolved(t(11, 20, 8, 0), StepVerdict.EARLY));
        Dossier d10 = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
        events.add(d10.received(t(11, 24, 8, 0), t(12, 8, 17, 0)));
        events.add(d10.stopped(t(11, 26, 8, 0), false));

        List<DossierEvent> twiceAndReversed = new ArrayList<>(events);
        Collections.reverse(twiceAndReversed);
        twiceAndReversed.addAll(events);
        twiceAndReversed.forEach(recorder::record);
    }

    @Test
    void theWeekAsWorkedOutByHand() {
        Figures f = total(queries.figures(FROM, TO, scope, null, DayOfWeek.FRIDAY, NOW));

        assertThat(f.carriedOver()).as("D1, D2, D7 open at Friday 00:00").isEqualTo(3);
        assertThat(f.receivedNew()).as("D3, D4, D5, D8").isEqualTo(4);
        assertThat(f.receivedOnline()).isEqualTo(1);
        assertThat(f.receivedCounter()).isEqualTo(2);
        assertThat(f.receivedPostal()).isEqualTo(1);
        assertThat(f.receivedTotal()).isEqualTo(7);
        assertThat(f.resolvedEarly()).as("D3, D8").isEqualTo(2);
        assertThat(f.resolvedOnTime()).as("D1").isEqualTo(1);
        assertThat(f.resolvedLate()).as("D4, extended or not").isEqualTo(1);
        assertThat(f.resolvedTotal()).isEqualTo(4);
        assertThat(f.withdrawn()).as("D5").isEqualTo(1);
        assertThat(f.stopped()).as("D10 stopped before the week").isZero();
        assertThat(f.refused()).as("D6").isEqualTo(1);
        assertThat(f.inProgressOnTime()).as("D7").isEqualTo(1);
        assertThat(f.inProgressOverdue()).as("D2").isEqualTo(1);
        assertThat(f.waitingSupplement()).as("D7").isEqualTo(1);
        // Nothing is lost: carried over + new = resolved + withdrawn + stopped + in progress.
        assertThat(f.receivedTotal()).isEqualTo(f.resolvedTotal() + f.withdrawn() + f.stopped() + f.inProgress());
        assertThat(f.returned()).as("D3, D8").isEqualTo(2);
        assertThat(f.returnedByPost()).as("D3").isEqualTo(1);
        assertThat(f.fourOnSite()).as("D8").isEqualTo(1);
        assertThat(f.postalDelivery()).as("D3").isEqualTo(1);
        assertThat(f.extended()).as("D4").isEqualTo(1);
        assertThat(f.supplementRequested())
                .as("D7's request came before the week")
                .isZero();
        assertThat(f.feesCollected()).isEqualTo(Vnd.of(50_000));
        assertThat(f.onTimeRate()).isEqualByComparingTo("0.75");
        assertThat(f.onlineShare()).isEqualByComparingTo("0.25");
        assertThat(f.postalReturnShare()).isEqualByComparingTo("0.25");
        assertThat(f.fourOnSiteShare()).isEqualByComparingTo("0.25");
        // Working minutes, 07:00–11:30 and 13:30–17:00 Monday to Friday: D1 360 + 5 × 480 + 180 = 2 940;
        // D3 420 + 360 = 780; D4 180 + 480 + 120 = 780; D8 30. 4 530 / (4 × 480) = 2.36 working days.
        assertThat(f.processingMinutes()).isEqualTo(4_530);
        assertThat(f.averageProcessingDays()).isEqualByComparingTo(new BigDecimal("2.36"));
    }

    @Test
    void perDayEachDayCarriesOverWhatThePreviousLeftOpen() {
        Map<String, Figures> days = queries.figures(FROM, TO, scope, GroupBy.DAY, DayOfWeek.FRIDAY, NOW);
        assertThat(days.keySet())
                .containsExactly(
                        "2026-11-27",
                        "2026-11-28",
                        "2026-11-29",
                        "2026-11-30",
                        "2026-12-01",
                        "2026-12-02",
                        "2026-12-03");
        Figures monday = days.get("2026-11-30");
        assertThat(monday.carriedOver()).as("D1, D2, D7 and D3").isEqualTo(4);
        assertThat(monday.resolvedEarly()).as("D3").isEqualTo(1);
        assertThat(monday.resolvedOnTime()).as("D1").isEqualTo(1);
        assertThat(monday.refused()).as("D6").isEqualTo(1);
        assertThat(monday.inProgressOverdue()).as("D2").isEqualTo(1);
        assertThat(monday.inProgressOnTime()).as("D7").isEqualTo(1);
        Figures friday = days.get("2026-11-27");
        assertThat(friday.receivedNew()).isEqualTo(1);
        assertThat(friday.feesCollected()).isEqualTo(Vnd.of(50_000));
        for (var day : List.copyOf(days.values()).subList(0, 6)) {
            int i = List.copyOf(days.values()).indexOf(day);
            assertThat(List.copyOf(days.values()).get(i + 1).carriedOver())
                    .as("carried into the next day")
                    .isEqualTo(day.inProgress());
        }
        Figures week = total(queries.figures(FROM, TO, scope, GroupBy.WEEK, DayOfWeek.FRIDAY, NOW));
        assertThat(week).isEqualTo(total(queries.figures(FROM, TO, scope, null, DayOfWeek.FRIDAY, NOW)));
    }

    @Test
    void perChannelAndPerOfficer() {
        Map<String, Figures> channels = queries.figures(FROM, TO, scope, GroupBy.CHANNEL, DayOfWeek.FRIDAY, NOW);
        assertThat(channels.get("ONLINE").receivedNew()).isEqualTo(1);
        assertThat(channels.get("ONLINE").resolvedEarly()).as("D3").isEqualTo(1);
        assertThat(channels.get("COUNTER").receivedNew()).as("D4, D5").isEqualTo(2);
        assertThat(channels.get("COUNTER").carriedOver()).as("D1, D2, D7").isEqualTo(3);
        assertThat(channels.get("POSTAL").fourOnSite()).isEqualTo(1);

        Map<String, Figures> officers = queries.figures(FROM, TO, scope, GroupBy.OFFICER, DayOfWeek.FRIDAY, NOW);
        assertThat(officers.get(desk.toString()).receivedNew()).isEqualTo(4);
        assertThat(officers.get(leader.toString()).resolvedTotal()).isEqualTo(4);
        assertThat(officers.get(leader.toString()).resolvedLate()).isEqualTo(1);
    }

    @Test
    void aPeriodInTheFutureCountsNothingNew() {
        Figures f = total(queries.figures(
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11), scope, null, DayOfWeek.FRIDAY, NOW));
        assertThat(f.receivedNew()).isZero();
        assertThat(f.carriedOver()).as("what is open now").isEqualTo(2);
    }

    @Test
    void theLateOnesWithTheirReasonAndWhereTheTimeWent() {
        List<LateDossier> list = late.late(FROM, TO, scope, true, NOW);
        assertThat(list).hasSize(2);

        // D2, still open: due Thu 26.11 17:00; Fri, Mon, Tue, Wed whole (4 × 480) and Thu 07:00–11:30 (270).
        LateDossier d2 = list.get(0);
        assertThat(d2.finishedAt()).isNull();
        assertThat(d2.lateMinutes()).isEqualTo(2_190);
        assertThat(d2.late()).isEqualTo("4 ngày 4 giờ 30 phút làm việc");
        assertThat(d2.apologised()).isFalse();

        // D4: resolved Thu 09:00, two working hours after its original appointment, extended with an apology.
        LateDossier d4 = list.get(1);
        assertThat(d4.finishedAt()).isEqualTo(t(12, 3, 9, 0));
        assertThat(d4.appointment()).isEqualTo(t(12, 2, 17, 0));
        assertThat(d4.extendedTo()).isEqualTo(t(12, 4, 17, 0));
        assertThat(d4.lateMinutes()).isEqualTo(120);
        assertThat(d4.late()).isEqualTo("2 giờ làm việc");
        assertThat(d4.apologised()).isTrue();
        assertThat(d4.reason()).isEqualTo("Chờ ý kiến phối hợp");
        assertThat(d4.steps())
                .extracting(
                        LateDossier.Step::step,
                        LateDossier.Step::consultation,
                        s -> s.usedDays().toPlainString(),
                        LateDossier.Step::overran)
                .containsExactly(
                        // 14:00–16:00
                        org.assertj.core.groups.Tuple.tuple(1, false, "0.25", false),
                        // Tue 16:30–17:00, Wed 07:00–11:30 and 13:30–15:00: 390 minutes, answered after its due time
                        org.assertj.core.groups.Tuple.tuple(2, true, "0.81", true),
                        // Tue 16:00–17:00, Wed 480, Thu 07:00–09:00: 660 minutes
                        org.assertj.core.groups.Tuple.tuple(2, false, "1.38", true));

        assertThat(late.late(FROM, TO, scope, false, NOW))
                .extracting(LateDossier::lateMinutes)
                .containsExactly(120L);
    }

    @Test
    void theProcedureReviewOfTheDossiersReceivedInTheTwoWeeks() {
        var rows = review.review(LocalDate.of(2026, 11, 20), TO, scope);
        assertThat(rows).hasSize(1);
        var r = rows.get(0);
        // Received 20.11–3.12: D1, D2, D3, D4, D5, D7, D8, D10 (D9 before); refused: D6.
        assertThat(r.received()).isEqualTo(8);
        assertThat(r.refused()).isEqualTo(1);
        assertThat(r.resolved()).as("D1, D3, D4, D8").isEqualTo(4);
        assertThat(r.late()).as("D4").isEqualTo(1);
        assertThat(r.supplemented()).as("D7").isEqualTo(1);
        assertThat(r.extended()).as("D4").isEqualTo(1);
        assertThat(r.online()).as("D3").isEqualTo(1);
        // 2 940, 780, 780 and 30 minutes: average 1 132,5 = 2,36 days; p90 780 + 0,7 × 2 160 = 2 292 = 4,78.
        assertThat(r.averageDays()).isEqualByComparingTo("2.36");
        assertThat(r.p90Days()).isEqualByComparingTo("4.78");
        assertThat(r.mostAskedFor()).containsExactly("thiếu giấy");
    }

    private static Figures total(Map<String, Figures> rows) {
        return rows.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    @Test
    void behindEveryCountAreExactlyTheDossiersItCounted() {
        // The week, a period that ends in the future (open dossiers taken now), and the days before the week.
        for (LocalDate[] period :
                new LocalDate[][] {{FROM, TO}, {FROM, TO.plusDays(10)}, {FROM.minusDays(10), FROM.minusDays(1)}}) {
            Figures f = total(queries.figures(period[0], period[1], scope, null, DayOfWeek.FRIDAY, NOW));
            for (String figure : FigureDossiers.FIGURES) {
                long counted = (Long) FigureColumns.ALL.stream()
                        .filter(c -> c.name().equals(figure))
                        .findFirst()
                        .orElseThrow()
                        .value()
                        .apply(f);
                assertThat(dossiers.count(figure, period[0], period[1], scope, NOW))
                        .as(figure + " " + period[0] + "–" + period[1])
                        .isEqualTo(counted);
                assertThat(dossiers.list(figure, period[0], period[1], scope, NOW, 500))
                        .hasSize((int) counted);
            }
        }
        // The week's late one is D4.
        assertThat(dossiers.list("resolvedLate", FROM, TO, scope, NOW, 500))
                .singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo("LATE"));
    }

    @Test
    void enterprisesAndInvestmentAsWorkedOutByHand() {
        UUID investmentAgency = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        UUID investment = UUID.randomUUID();
        UUID untagged = UUID.randomUUID();
        results.tag(enterprise, ResultFigure.ENTERPRISE_REGISTERED, NOW.toInstant(java.time.ZoneOffset.UTC), "test");
        results.tag(investment, ResultFigure.INVESTMENT_APPROVED, NOW.toInstant(java.time.ZoneOffset.UTC), "test");
        List<DossierEvent> events = new ArrayList<>();
        java.util.function.BiFunction<UUID, LocalDateTime, Dossier> received = (procedure, at) -> {
            Dossier d = new Dossier(Channel.COUNTER, DeliveryMethod.COUNTER);
            d.agencyId = investmentAgency;
            d.procedureId = procedure;
            events.add(d.received(at, at.plusDays(10)));
            return d;
        };
        // E1: enterprise granted Mon 30.11, 2 billion, domestic: counts.
        events.add(received.apply(enterprise, t(11, 20, 9, 0))
                .resolved(t(11, 30, 10, 0), Outcome.GRANTED, new RegisteredCapital(Vnd.of(2_000_000_000L), false)));
        // E2: enterprise granted Wed 2.12, 5 billion, foreign: counts.
        events.add(received.apply(enterprise, t(11, 25, 9, 0))
                .resolved(t(12, 2, 10, 0), Outcome.GRANTED, new RegisteredCapital(Vnd.of(5_000_000_000L), true)));
        // E3: enterprise rejected Tue 1.12: no enterprise registered.
        events.add(received.apply(enterprise, t(11, 25, 10, 0)).resolved(t(12, 1, 10, 0), Outcome.REJECTED, null));
        // E4: enterprise granted Thu 26.11, before the week: not in it.
        events.add(received.apply(enterprise, t(11, 20, 10, 0))
                .resolved(t(11, 26, 10, 0), Outcome.GRANTED, new RegisteredCapital(Vnd.of(9_000_000_000L), false)));
        // E5: investment project granted Thu 3.12, 12.5 billion, foreign: counts.
        events.add(received.apply(investment, t(11, 23, 9, 0))
                .resolved(t(12, 3, 9, 0), Outcome.GRANTED, new RegisteredCapital(Vnd.of(12_500_000_000L), true)));
        // E6: an untagged procedure's result with a capital recorded: feeds no figure.
        events.add(received.apply(untagged, t(11, 23, 9, 0))
                .resolved(t(12, 1, 9, 0), Outcome.GRANTED, new RegisteredCapital(Vnd.of(1_000_000_000L), false)));
        // E7: enterprise granted Fri 27.11 with no capital recorded: counts as domestic, adds no capital.
        events.add(received.apply(enterprise, t(11, 20, 11, 0)).resolved(t(11, 27, 8, 0), Outcome.GRANTED, null));
        events.forEach(recorder::record);
        events.reversed().forEach(recorder::record); // twice and out of order: nothing changes

        Scope own = new Scope(Set.of(investmentAgency), null, null);
        assertThat(results.figures(FROM, TO, own))
                .containsExactly(
                        new ResultFigures(ResultFigure.ENTERPRISE_REGISTERED, 3, 1, 7_000_000_000L, 5_000_000_000L),
                        new ResultFigures(ResultFigure.ENTERPRISE_SUSPENDED, 0, 0, 0, 0),
                        new ResultFigures(ResultFigure.ENTERPRISE_DISSOLVED, 0, 0, 0, 0),
                        new ResultFigures(ResultFigure.INVESTMENT_APPROVED, 1, 1, 12_500_000_000L, 12_500_000_000L));
        assertThat(results.figures(FROM, TO, own).getFirst().domestic()).isEqualTo(2);
        assertThat(results.figures(FROM, TO, own).getFirst().domesticCapitalVnd())
                .isEqualTo(2_000_000_000L);
        // The week before holds E4 alone; the fixture's own agency none.
        assertThat(results.figures(FROM.minusDays(7), FROM.minusDays(1), own).getFirst())
                .isEqualTo(new ResultFigures(ResultFigure.ENTERPRISE_REGISTERED, 1, 0, 9_000_000_000L, 0));
        assertThat(results.figures(FROM, TO, scope)).allMatch(r -> r.count() == 0);
        // A tag removed counts nothing any more, for the past too.
        results.tag(investment, null, NOW.toInstant(java.time.ZoneOffset.UTC), "test");
        assertThat(results.figures(FROM, TO, own).getLast().count()).isZero();
    }

    private static LocalDateTime t(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    /** One dossier of the fixture and the events of its life; each event is one version more. */
    final class Dossier {
        final UUID id = UUID.randomUUID();
        final Channel channel;
        final DeliveryMethod delivery;
        UUID agencyId = agency;
        UUID procedureId = UUID.nameUUIDFromBytes("procedure".getBytes());
        boolean fourOnSite;
        long version;
        int step;
        Integer previousStep;
        DossierStatus status = DossierStatus.NEW;
        LocalDateTime receivedAt;
        LocalDateTime due;
        LocalDateTime originalDue;

        Dossier(Channel channel, DeliveryMethod delivery) {
            this.channel = channel;
            this.delivery = delivery;
        }

        Dossier fourOnSite() {
            this.fourOnSite = true;
            return this;
        }

        private DossierFacts facts(DossierStatus to, LocalDateTime at, UUID actor) {
            DossierStatus from = status;
            status = to;
            Integer fromStep = previousStep;
            previousStep = step == 0 ? null : step;
            return new DossierFacts(
                    id,
                    version++,
                    receivedAt == null ? null : "TEST-" + id.toString().substring(0, 8),
                    "HS" + id.toString().substring(0, 8).toUpperCase(),
                    procedureId,
                    "P1",
                    null,
                    "F1",
                    agencyId,
                    center,
                    channel,
                    ApplicantType.CITIZEN,
                    delivery,
                    from,
                    to,
                    from.portalCode(),
                    to.portalCode(),
                    fromStep,
                    step == 0 ? null : step,
                    agencyId,
                    new ActedBy(actor, "Cán bộ", "SPECIALIST", agencyId, null),
                    at,
                    due,
                    originalDue,
                    receivedAt,
                    fourOnSite,
                    1);
        }

        DossierEvent submitted(LocalDateTime at) {
            return new DossierSubmitted(facts(DossierStatus.NEW, at, null));
        }

        DossierEvent received(LocalDateTime at, LocalDateTime appointment) {
            receivedAt = at;
            step = 1;
            due = appointment;
            originalDue = appointment;
            return new DossierReceived(facts(DossierStatus.RECEIVED, at, desk));
        }

        DossierEvent resolved(LocalDateTime at, StepVerdict verdict) {
            return resolved(at, verdict, 0);
        }

        /** Resolved on time with {@code outcome}, recording the capital the result registers (or none). */
        DossierEvent resolved(LocalDateTime at, Outcome outcome, RegisteredCapital capital) {
            step++;
            return new DossierResolved(
                    facts(DossierStatus.RESOLVED, at, leader),
                    outcome,
                    new Timeliness(StepVerdict.ON_TIME, 0),
                    outcome == Outcome.REJECTED ? "Không đủ điều kiện" : null,
                    capital);
        }

        DossierEvent resolved(LocalDateTime at, StepVerdict verdict, long margin) {
            step++;
            return new DossierResolved(
                    facts(DossierStatus.RESOLVED, at, leader), Outcome.GRANTED, new Timeliness(verdict, margin), null);
        }

        DossierEvent forwarded(LocalDateTime at, StepVerdict verdict) {
            step++;
            return new DossierForwarded(facts(DossierStatus.IN_PROGRESS, at, leader), verdict, null);
        }

        DossierEvent consulted(LocalDateTime at, UUID consulted, LocalDateTime due) {
            return new ConsultationOpened(facts(DossierStatus.CONSULTING, at, leader), consulted, "Ý kiến?", due);
        }

        DossierEvent answered(LocalDateTime at, UUID consulted, StepVerdict verdict) {
            return new ConsultationAnswered(facts(DossierStatus.IN_PROGRESS, at, leader), consulted, verdict, true);
        }

        DossierEvent returned(LocalDateTime at, DeliveryMethod method) {
            return new DossierReturned(
                    facts(DossierStatus.RETURNED, at, desk),
                    new HandOver(method, "Nguyễn Văn A", null, null, null, at));
        }

        DossierEvent paid(LocalDateTime at, long dong) {
            return new PaymentConfirmed(facts(DossierStatus.APPROVED, at, desk), Vnd.of(dong));
        }

        DossierEvent extended(LocalDateTime at, LocalDateTime newAppointment) {
            LocalDateTime previous = due;
            due = newAppointment;
            return new DossierExtended(facts(status, at, leader), previous, "Chờ ý kiến phối hợp", false);
        }

        DossierEvent stopped(LocalDateTime at, boolean withdrawn) {
            return new DossierStopped(facts(DossierStatus.STOPPED, at, desk), withdrawn, "Theo đề nghị");
        }

        DossierEvent refused(LocalDateTime at) {
            return new DossierRefused(facts(DossierStatus.REFUSED, at, desk), "Không thuộc thẩm quyền");
        }

        DossierEvent supplementRequested(LocalDateTime at) {
            return new SupplementRequested(facts(DossierStatus.SUPPLEMENT_REQUESTED, at, leader), false, "Thiếu giấy");
        }
    }
}
