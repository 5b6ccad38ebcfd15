package org.motcua.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "Figures per agency and period, kept from the dossier events")
class StatisticsController {

    private final Statistics statistics;
    private final WeeklyReports weeklyReports;

    StatisticsController(Statistics statistics, WeeklyReports weeklyReports) {
        this.statistics = statistics;
        this.weeklyReports = weeklyReports;
    }

    @GetMapping(
            path = "/api/v1/statistics/summary",
            produces = {MediaType.APPLICATION_JSON_VALUE, FileResponses.XLSX_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @ApiResponse(
            responseCode = "200",
            description = "The figures as JSON (default), as a workbook (format=xlsx) or as PDF (format=pdf); the"
                    + " Accept header chooses when format is absent",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Summary.class)),
                @Content(mediaType = FileResponses.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field",
                "statistics.unknown_group",
                "statistics.unknown_format"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "The figures of a period (whole days, Vietnam time) for the province, an agency with its"
                    + " sub-units, a procedure or a field, optionally grouped; definitions in docs/statistics.md")
    ResponseEntity<?> summary(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "agency code; its sub-units are included") @RequestParam(required = false)
                    String agency,
            @Parameter(description = "procedure code") @RequestParam(required = false) String procedure,
            @Parameter(description = "field code") @RequestParam(required = false) String field,
            @Parameter(description = "agency, field, procedure, officer, channel, day, week or month")
                    @RequestParam(required = false)
                    String groupBy,
            @Parameter(description = "json, xlsx or pdf") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            CurrentUser user) {
        String chosen = format(format, accept);
        Summary summary = statistics.summary(
                new Statistics.Request(from, to, agency, procedure, field, GroupBy.parse(groupBy)), user);
        String name = "so-lieu-" + from + "-" + to;
        return switch (chosen) {
            case "xlsx" -> FileResponses.bytes(statistics.workbook(summary), FileResponses.XLSX, name + ".xlsx", false);
            case "pdf" -> FileResponses.bytes(statistics.pdf(summary), MediaType.APPLICATION_PDF, name + ".pdf", true);
            default ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
        };
    }

    @GetMapping(path = "/api/v1/statistics/satisfaction", produces = "application/json")
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field",
                "statistics.unknown_group"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "The applicants' satisfaction ratings of a period, optionally grouped by agency, procedure,"
                    + " field, officer, day, week or month; definitions in docs/statistics.md")
    SatisfactionSummary satisfaction(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "agency code; its sub-units are included") @RequestParam(required = false)
                    String agency,
            @Parameter(description = "procedure code") @RequestParam(required = false) String procedure,
            @Parameter(description = "field code") @RequestParam(required = false) String field,
            @Parameter(description = "agency, field, procedure, officer, day, week or month")
                    @RequestParam(required = false)
                    String groupBy,
            CurrentUser user) {
        return statistics.satisfaction(
                new Statistics.Request(from, to, agency, procedure, field, GroupBy.parse(groupBy)), user);
    }

    @GetMapping(
            path = "/api/v1/statistics/evaluation",
            produces = {MediaType.APPLICATION_JSON_VALUE, FileResponses.XLSX_VALUE})
    @ApiResponse(
            responseCode = "200",
            description = "The evaluation as JSON (default) or as a workbook (format=xlsx)",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Evaluation.class)),
                @Content(mediaType = FileResponses.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field",
                "statistics.unknown_group",
                "statistics.unknown_format"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "The evaluation of officers or agencies over a period: dossiers received and resolved, on-time"
                    + " rate, refusals, supplements asked for, and the applicants' ratings")
    ResponseEntity<?> evaluation(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "agency code; its sub-units are included") @RequestParam(required = false)
                    String agency,
            @Parameter(description = "officer (default) or agency") @RequestParam(required = false) String groupBy,
            @Parameter(description = "json or xlsx") @RequestParam(required = false) String format,
            CurrentUser user) {
        GroupBy by = groupBy == null || groupBy.isBlank() ? GroupBy.OFFICER : GroupBy.parse(groupBy);
        Evaluation evaluation = statistics.evaluation(new Statistics.Request(from, to, agency, null, null, by), user);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(evaluation);
        }
        if (!format.equalsIgnoreCase("xlsx")) {
            throw DomainException.invalid("statistics.unknown_format", java.util.List.of(), format);
        }
        return FileResponses.bytes(
                statistics.workbook(evaluation), FileResponses.XLSX, "danh-gia-" + from + "-" + to + ".xlsx", false);
    }

    @GetMapping(path = "/api/v1/statistics/dossiers", produces = "application/json")
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field",
                "statistics.unknown_figure"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "The dossiers behind one count of the summary (the drill-down), by receipt time; the first"
                    + " 500 and the total")
    FigureDossier.Page dossiers(
            @Parameter(
                            description = "the count as the summary's JSON names it: receivedNew, resolvedLate,"
                                    + " inProgressOverdue …")
                    @RequestParam
                    String figure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "agency code; its sub-units are included") @RequestParam(required = false)
                    String agency,
            @Parameter(description = "procedure code") @RequestParam(required = false) String procedure,
            @Parameter(description = "field code") @RequestParam(required = false) String field,
            CurrentUser user) {
        return statistics.dossiers(new Statistics.Request(from, to, agency, procedure, field, null), figure, user);
    }

    @GetMapping(path = "/api/v1/statistics/procedure-review", produces = "application/json")
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "Per procedure and agency, of the dossiers received in the period: shares asked for a"
                    + " supplement, refused, late, extended, online; average and p90 processing time against the"
                    + " legal time; what applicants were most often asked to supply")
    List<ProcedureReview> procedureReview(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String field,
            CurrentUser user) {
        return statistics.review(new Statistics.Request(from, to, agency, procedure, field, null), user);
    }

    @GetMapping(path = "/api/v1/statistics/weekly-reports", produces = "application/json")
    @ProblemResponse(status = 403, codes = "statistics.forbidden")
    @Operation(summary = "The stored weekly reports (Friday to Thursday), newest first")
    List<WeeklyReport.Listed> weeklyReports(CurrentUser user) {
        return weeklyReports.list(user);
    }

    @GetMapping(
            path = "/api/v1/statistics/weekly-reports/{from}",
            produces = {MediaType.APPLICATION_JSON_VALUE, FileResponses.XLSX_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @ApiResponse(
            responseCode = "200",
            description = "The report as JSON (default), workbook (format=xlsx) or PDF (format=pdf)",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = WeeklyReport.class)),
                @Content(mediaType = FileResponses.XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(status = 400, codes = "statistics.unknown_format")
    @ProblemResponse(status = 403, codes = "statistics.forbidden")
    @ProblemResponse(status = 404, codes = "statistics.report_not_found")
    @Operation(summary = "One weekly report, by the first day of its week")
    ResponseEntity<?> weeklyReport(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            CurrentUser user) {
        String chosen = format(format, accept);
        WeeklyReport report = weeklyReports.get(from, user);
        String name = "bao-cao-tuan-" + report.from() + "-" + report.to();
        return switch (chosen) {
            case "xlsx" ->
                FileResponses.bytes(weeklyReports.workbook(report), FileResponses.XLSX, name + ".xlsx", false);
            case "pdf" ->
                FileResponses.bytes(weeklyReports.pdf(report), MediaType.APPLICATION_PDF, name + ".pdf", true);
            default ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    @PostMapping(path = "/api/v1/statistics/weekly-reports/{from}", produces = "application/json")
    @ProblemResponse(status = 403, codes = "statistics.forbidden")
    @ProblemResponse(status = 422, codes = "statistics.week_not_over")
    @Operation(summary = "Generate the report of a week that is over now (answers the stored one if it exists)")
    WeeklyReport generateWeeklyReport(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, CurrentUser user) {
        return weeklyReports.generateNow(from, user);
    }

    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("json", "xlsx", "pdf").contains(f)) {
                throw DomainException.invalid("statistics.unknown_format", List.of(), format);
            }
            return f;
        }
        if (accept != null && accept.contains(FileResponses.XLSX_VALUE)) {
            return "xlsx";
        }
        if (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return "pdf";
        }
        return "json";
    }

    @GetMapping(path = "/api/v1/statistics/late", produces = "application/json")
    @ProblemResponse(
            status = 400,
            codes = {
                "statistics.period_reversed",
                "statistics.period_too_long",
                "statistics.unknown_agency",
                "statistics.unknown_procedure",
                "statistics.unknown_field"
            })
    @ProblemResponse(
            status = 403,
            codes = {"statistics.forbidden", "statistics.agency_forbidden"})
    @Operation(
            summary = "The dossiers resolved late in a period (and, with open=true, those still open past their"
                    + " appointment), each with the reason given and the steps that overran")
    List<LateDossier> late(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String field,
            @RequestParam(defaultValue = "false") boolean open,
            CurrentUser user) {
        return statistics.late(new Statistics.Request(from, to, agency, procedure, field, null), open, user);
    }
}
