package org.motcua.web;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.documents.Forms;
import org.motcua.documents.TrackingBook;
import org.motcua.dossier.DossierDocuments;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.statistics.FigureColumns;
import org.motcua.statistics.Figures;
import org.motcua.statistics.GroupBy;
import org.motcua.statistics.Statistics;
import org.motcua.statistics.Summary;
import org.motcua.statistics.WeeklyReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Thống kê, báo cáo" for managers, leaders and officers: a period and a scope, the table of figures
 * (each number a way to the dossiers behind it), charts, the exports, the late dossiers and the weekly
 * reports. The figures come from the statistics module; this page only shows them.
 */
@Controller
class StatisticsPage {

    private final Statistics statistics;
    private final WeeklyReports weeklyReports;
    private final Catalog catalog;
    private final JsonMapper json;
    private final DossierDocuments documents;
    private final Forms forms;

    StatisticsPage(
            Statistics statistics,
            WeeklyReports weeklyReports,
            Catalog catalog,
            JsonMapper json,
            DossierDocuments documents,
            Forms forms) {
        this.statistics = statistics;
        this.weeklyReports = weeklyReports;
        this.catalog = catalog;
        this.json = json;
        this.documents = documents;
        this.forms = forms;
    }

    @GetMapping("/can-bo/thong-ke")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String groupBy,
            CurrentUser user,
            Model model) {
        if (!Statistics.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        LocalDate today = statistics.now().toLocalDate();
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        GroupBy group = groupBy == null ? GroupBy.AGENCY : GroupBy.parse(groupBy);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("agency", agency);
        model.addAttribute("groupBy", group == null ? "" : group.name().toLowerCase());
        model.addAttribute("presets", presets(today));
        model.addAttribute("agencies", agencies(user));
        model.addAttribute("columns", FigureColumns.ALL);
        model.addAttribute("province", Statistics.readsProvince(user));
        // The tracking books of the one-stop centers the officer works at.
        model.addAttribute(
                "bookCenters",
                user.agencyIds().stream()
                        .map(catalog::agency)
                        .flatMap(java.util.Optional::stream)
                        .filter(a -> a.type() == AgencyType.SERVICE_CENTER || a.type() == AgencyType.COMMUNE_CENTER)
                        .toList());
        try {
            Summary summary = statistics.summary(new Statistics.Request(start, end, agency, null, null, group), user);
            model.addAttribute("summary", summary);
            model.addAttribute("charts", charts(summary, start, end, agency, user));
        } catch (DomainException refused) {
            model.addAttribute("problem", refused);
        }
        if (Statistics.readsProvince(user)) {
            model.addAttribute("reports", weeklyReports.list(user));
        }
        return "officer/statistics";
    }

    @GetMapping("/can-bo/thong-ke/tre-han")
    String late(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            CurrentUser user,
            Model model) {
        if (!Statistics.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("agency", agency);
        model.addAttribute(
                "late", statistics.late(new Statistics.Request(from, to, agency, null, null, null), true, user));
        return "officer/statistics-late";
    }

    /** "Sổ theo dõi hồ sơ" of a center for the period, as PDF or as a workbook. */
    @GetMapping("/can-bo/thong-ke/so-theo-doi")
    ResponseEntity<byte[]> trackingBook(
            @RequestParam UUID center,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "pdf") String format,
            CurrentUser user) {
        TrackingBook book = documents.trackingBook(center, from, to, user);
        String name = "so-theo-doi-ho-so-" + from + "-" + to;
        return "xlsx".equals(format)
                ? FileResponses.bytes(forms.workbook(book), FileResponses.XLSX, name + ".xlsx", false)
                : FileResponses.bytes(forms.render(book), MediaType.APPLICATION_PDF, name + ".pdf", true);
    }

    /** The dossiers behind one count of the table (the drill-down). */
    @GetMapping("/can-bo/thong-ke/ho-so")
    String dossiers(
            @RequestParam String figure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String field,
            CurrentUser user,
            Model model) {
        if (!Statistics.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("agency", agency);
        model.addAttribute(
                "column",
                FigureColumns.ALL.stream()
                        .filter(c -> c.name().equals(figure))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "page",
                statistics.dossiers(new Statistics.Request(from, to, agency, procedure, field, null), figure, user));
        return "officer/statistics-dossiers";
    }

    /** "Rà soát thủ tục": how each procedure fares, for the team that proposes simplifications. */
    @GetMapping("/can-bo/thong-ke/ra-soat-thu-tuc")
    String review(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            CurrentUser user,
            Model model) {
        if (!Statistics.mayRead(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("agency", agency);
        model.addAttribute(
                "review", statistics.review(new Statistics.Request(from, to, agency, null, null, null), user));
        return "officer/statistics-review";
    }

    /** The page's table as a workbook or a PDF, for the same period and scope. */
    @GetMapping("/can-bo/thong-ke/tai-ve")
    ResponseEntity<byte[]> download(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String groupBy,
            @RequestParam String format,
            CurrentUser user) {
        Summary summary =
                statistics.summary(new Statistics.Request(from, to, agency, null, null, GroupBy.parse(groupBy)), user);
        String name = "so-lieu-" + from + "-" + to;
        return "xlsx".equals(format)
                ? FileResponses.bytes(statistics.workbook(summary), FileResponses.XLSX, name + ".xlsx", false)
                : FileResponses.bytes(statistics.pdf(summary), MediaType.APPLICATION_PDF, name + ".pdf", true);
    }

    @GetMapping("/can-bo/thong-ke/bao-cao-tuan/{from}")
    ResponseEntity<byte[]> weeklyReport(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "pdf") String format,
            CurrentUser user) {
        var report = weeklyReports.get(from, user);
        String name = "bao-cao-tuan-" + report.from() + "-" + report.to();
        return "xlsx".equals(format)
                ? FileResponses.bytes(weeklyReports.workbook(report), FileResponses.XLSX, name + ".xlsx", false)
                : FileResponses.bytes(weeklyReports.pdf(report), MediaType.APPLICATION_PDF, name + ".pdf", true);
    }

    /** Periods one click away: this week (as the weekly report counts it), this month, quarter, year. */
    private Map<String, LocalDate[]> presets(LocalDate today) {
        Map<String, LocalDate[]> presets = new LinkedHashMap<>();
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(statistics.weekStart()));
        presets.put("stats.thisWeek", new LocalDate[] {weekStart, today});
        presets.put("stats.lastWeek", new LocalDate[] {weekStart.minusDays(7), weekStart.minusDays(1)});
        presets.put("stats.thisMonth", new LocalDate[] {today.withDayOfMonth(1), today});
        LocalDate quarter =
                today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        presets.put("stats.thisQuarter", new LocalDate[] {quarter, today});
        presets.put("stats.thisYear", new LocalDate[] {today.withDayOfYear(1), today});
        return presets;
    }

    private List<AgencyView> agencies(CurrentUser user) {
        return catalog.agencies().stream()
                .filter(a -> Statistics.readsProvince(user) || user.agencyIds().contains(a.id()))
                .sorted(Comparator.comparing(AgencyView::code))
                .toList();
    }

    /** The charts' data as JSON in a data attribute (no script in the page). */
    private String charts(Summary summary, LocalDate from, LocalDate to, String agency, CurrentUser user) {
        // Twelve weeks up to the end of the period, whatever its length, for the trends.
        LocalDate weeksFrom = to.minusWeeks(12).plusDays(1);
        Summary weeks =
                statistics.summary(new Statistics.Request(weeksFrom, to, agency, null, null, GroupBy.WEEK), user);
        Summary procedures =
                statistics.summary(new Statistics.Request(from, to, agency, null, null, GroupBy.PROCEDURE), user);
        Summary agencies = summary.groupBy() == GroupBy.AGENCY
                ? summary // the table's own rows: not asked twice
                : statistics.summary(new Statistics.Request(from, to, agency, null, null, GroupBy.AGENCY), user);
        Figures t = summary.total();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("weeks", weeks.rows().stream().map(Summary.Row::key).toList());
        data.put(
                "received",
                weeks.rows().stream().map(r -> r.figures().receivedNew()).toList());
        data.put(
                "resolved",
                weeks.rows().stream().map(r -> r.figures().resolvedTotal()).toList());
        data.put(
                "onTime",
                weeks.rows().stream()
                        .map(r -> percent(r.figures().onTimeRate()))
                        .toList());
        data.put(
                "channels",
                List.of(
                        Map.of("name", "Trực tiếp", "value", t.receivedCounter()),
                        Map.of("name", "Trực tuyến", "value", t.receivedOnline()),
                        Map.of("name", "Bưu chính", "value", t.receivedPostal())));
        List<Summary.Row> top = procedures.rows().stream()
                .sorted(Comparator.comparingLong((Summary.Row r) -> r.figures().receivedNew())
                        .reversed())
                .limit(10)
                .toList();
        data.put("procedures", top.stream().map(Summary.Row::label).toList());
        data.put(
                "procedureReceived",
                top.stream().map(r -> r.figures().receivedNew()).toList());
        List<Summary.Row> ranked = agencies.rows().stream()
                .filter(r -> r.figures().resolvedTotal() > 0)
                .sorted(Comparator.comparing((Summary.Row r) -> r.figures().onTimeRate()))
                .toList();
        data.put("agencies", ranked.stream().map(Summary.Row::label).toList());
        data.put(
                "agencyOnTime",
                ranked.stream().map(r -> percent(r.figures().onTimeRate())).toList());
        return json.writeValueAsString(data);
    }

    private static Double percent(java.math.BigDecimal rate) {
        return rate == null ? null : rate.doubleValue() * 100;
    }
}
