package org.motcua.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Channel;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Applicant.ApplicantType;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.DossierEvents.DossierExtended;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.DossierEvents.DossierResolved;
import org.motcua.dossier.DossierEvents.PaymentConfirmed;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.StepVerdict;
import org.motcua.dossier.Timeliness;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vnd;
import org.motcua.statistics.internal.FigureRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The weekly report falls due every Friday at 07:00 and covers Friday to Thursday just ended. Read on a
 * fixed clock in June 2024, a week no other test writes to: two weeks of dossiers worked out by hand.
 */
@SpringBootTest
class WeeklyReportsIntegrationTests {

    static final CurrentUser MANAGER =
            new CurrentUser(UUID.randomUUID(), "gd", "Giám đốc", Set.of(Role.CENTER_MANAGER), Set.of());

    @Autowired
    WeeklyReports reports;

    @Autowired
    FigureRecorder recorder;

    final UUID agency = UUID.randomUUID();

    @Test
    void dueEveryFridayAtSevenForTheSevenDaysBefore() {
        // Thursday evening: the last report due was the previous Friday's.
        assertThat(reports.lastDue(LocalDateTime.of(2026, 12, 3, 23, 59)))
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 7, 0));
        assertThat(reports.lastDue(LocalDateTime.of(2026, 12, 4, 6, 59)))
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 7, 0));
        assertThat(reports.lastDue(LocalDateTime.of(2026, 12, 4, 7, 0))).isEqualTo(LocalDateTime.of(2026, 12, 4, 7, 0));
    }

    @Test
    void theFridayReportOnAFixedClock() throws Exception {
        // Week before (Fri 7.6 – Thu 13.6.2024): 2 received, 1 resolved on time, fees 100.000.
        record(received(d1, at(6, 7, 8), at(6, 12, 17)));
        record(resolved(d1, at(6, 12, 10), StepVerdict.ON_TIME, 0));
        record(received(d2, at(6, 10, 8), at(6, 11, 17)));
        record(paid(d1, at(6, 7, 9), 100_000));
        // The week (Fri 14.6 – Thu 20.6): 3 received, 2 of them online; d2 resolved late after an apology,
        // d3 early; fees 150.000.
        record(extended(d2, at(6, 11, 9), at(6, 14, 17)));
        record(resolved(d2, at(6, 14, 10), StepVerdict.LATE, -1_140));
        record(received(d3, at(6, 14, 8), at(6, 28, 17)));
        record(resolved(d3, at(6, 18, 9), StepVerdict.EARLY, 4_000));
        record(received(d4, at(6, 17, 8), at(6, 21, 17)));
        record(received(d5, at(6, 19, 8), at(6, 19, 17)));
        record(paid(d3, at(6, 18, 9), 150_000));

        // Not due before Friday 07:00.
        LocalDateTime thursday = LocalDateTime.of(2024, 6, 20, 23, 0);
        assertThat(reports.lastDue(thursday)).isEqualTo(LocalDateTime.of(2024, 6, 14, 7, 0));
        // Friday 21.6.2024 07:00: the report of 14.6 – 20.6 is made and stored, once.
        LocalDateTime friday = LocalDateTime.of(2024, 6, 21, 7, 0);
        WeeklyReport report = reports.generateDue(friday).orElseThrow();
        assertThat(reports.generateDue(friday.plusHours(1))).as("made once").isEmpty();
        assertThat(report.from()).isEqualTo(LocalDate.of(2024, 6, 14));
        assertThat(report.to()).isEqualTo(LocalDate.of(2024, 6, 20));

        assertThat(report.week().receivedNew()).isEqualTo(3);
        assertThat(report.week().receivedOnline()).isEqualTo(2);
        assertThat(report.week().carriedOver()).as("d2").isEqualTo(1);
        assertThat(report.week().resolvedTotal()).isEqualTo(2);
        assertThat(report.week().resolvedLate()).isEqualTo(1);
        assertThat(report.week().feesCollected()).isEqualTo(Vnd.of(150_000));
        assertThat(report.previousWeek().receivedNew()).isEqualTo(2);
        assertThat(report.previousWeek().resolvedTotal()).isEqualTo(1);
        assertThat(report.previousWeek().feesCollected()).isEqualTo(Vnd.of(100_000));
        assertThat(report.yearToDate().receivedNew()).isEqualTo(5);
        assertThat(report.yearToDate().resolvedTotal()).isEqualTo(3);
        // 3 against 2: +50%; 2 against 1: +100%; 150.000 against 100.000: +50%; on time 50% against 100%.
        assertThat(report.receivedChange()).isEqualTo("+50,0% so với tuần trước");
        assertThat(report.resolvedChange()).isEqualTo("+100,0% so với tuần trước");
        assertThat(report.feesChange()).isEqualTo("+50,0% so với tuần trước");
        assertThat(report.onTimeChange()).isEqualTo("-50,0 điểm %");
        assertThat(report.online())
                .extracting(r -> r.figures().receivedOnline())
                .containsExactly(2L);
        // d5, still open at the end of the week, due Wed 19.6 17:00: Thursday late; d2 three hours into Friday
        // after Wed 12.6 and Thu 13.6 (due Tue 11.6 17:00), with its apology's reason.
        assertThat(report.late())
                .extracting(LateDossier::code, LateDossier::late, LateDossier::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "WEEK-" + d5.toString().substring(0, 8), "1 ngày làm việc", null),
                        org.assertj.core.groups.Tuple.tuple(
                                "WEEK-" + d2.toString().substring(0, 8),
                                "2 ngày 3 giờ làm việc",
                                "Chờ kết quả xác minh"));

        // Stored as made, listed, readable back.
        assertThat(reports.list(MANAGER)).extracting(WeeklyReport.Listed::from).contains(report.from());
        WeeklyReport stored = reports.get(report.from(), MANAGER);
        assertThat(stored.week()).isEqualTo(report.week());
        assertThat(stored.late()).isEqualTo(report.late());

        byte[] printed = reports.pdf(stored);
        // Kept for a person to look at (pdftoppm -png target/reports/weekly-report.pdf).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "weekly-report.pdf"), printed);
        try (var pdf = Loader.loadPDF(printed)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BÁO CÁO TUẦN", "14/06/2024", "20/06/2024", "+50,0% so với tuần trước");
            assertThat(text).contains("150.000 đồng", "Chờ kết quả xác minh");
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(reports.workbook(stored)))) {
            assertThat(book.getSheet("Tong hop").getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo("Tuần này");
            assertThat(book.getSheet("Tre han").getRow(2).getCell(7).getStringCellValue())
                    .isEqualTo("Chờ kết quả xác minh");
        }
        assertThatThrownBy(() -> reports.get(
                        report.from(),
                        new CurrentUser(
                                UUID.randomUUID(), "cv", "Chuyên viên", Set.of(Role.SPECIALIST), Set.of(agency))))
                .isInstanceOf(DomainException.class)
                .hasMessage("statistics.forbidden");
    }

    final UUID d1 = UUID.randomUUID();
    final UUID d2 = UUID.randomUUID();
    final UUID d3 = UUID.randomUUID();
    final UUID d4 = UUID.randomUUID();
    final UUID d5 = UUID.randomUUID();
    private long version;

    private void record(DossierEvent e) {
        recorder.record(e);
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2024, month, day, hour, 0);
    }

    private DossierFacts facts(UUID id, DossierStatus to, LocalDateTime at, LocalDateTime due, LocalDateTime received) {
        boolean online = id.equals(d3) || id.equals(d4);
        return new DossierFacts(
                id,
                ++version,
                "WEEK-" + id.toString().substring(0, 8),
                null,
                null,
                "P-WEEK",
                null,
                "F-WEEK",
                agency,
                null,
                online ? Channel.ONLINE : Channel.COUNTER,
                ApplicantType.CITIZEN,
                DeliveryMethod.COUNTER,
                DossierStatus.IN_PROGRESS,
                to,
                4,
                to.portalCode(),
                1,
                1,
                agency,
                new ActedBy(null, "Cán bộ", "SPECIALIST", agency, null),
                at,
                due,
                due,
                received,
                false,
                1);
    }

    private final java.util.Map<UUID, LocalDateTime[]> dossiers = new java.util.HashMap<>();

    private DossierEvent received(UUID id, LocalDateTime at, LocalDateTime due) {
        dossiers.put(id, new LocalDateTime[] {at, due});
        return new DossierReceived(facts(id, DossierStatus.RECEIVED, at, due, at));
    }

    private DossierEvent resolved(UUID id, LocalDateTime at, StepVerdict verdict, long margin) {
        LocalDateTime[] d = dossiers.get(id);
        return new DossierResolved(
                facts(id, DossierStatus.RESOLVED, at, d[1], d[0]),
                Outcome.GRANTED,
                new Timeliness(verdict, margin),
                null);
    }

    private DossierEvent extended(UUID id, LocalDateTime at, LocalDateTime newDue) {
        LocalDateTime[] d = dossiers.get(id);
        return new DossierExtended(
                facts(id, DossierStatus.IN_PROGRESS, at, d[1], d[0]), d[1], "Chờ kết quả xác minh", false);
    }

    private DossierEvent paid(UUID id, LocalDateTime at, long dong) {
        LocalDateTime[] d = dossiers.get(id);
        return new PaymentConfirmed(facts(id, DossierStatus.APPROVED, at, d[1], d[0]), Vnd.of(dong));
    }
}
