package org.motcua.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Statistics", description = "Figures per agency and period, kept from the dossier events")
class StatisticsController {

    private final Statistics statistics;

    StatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping(path = "/api/v1/statistics/summary", produces = "application/json")
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
            summary = "The figures of a period (whole days, Vietnam time) for the province, an agency with its"
                    + " sub-units, a procedure or a field, optionally grouped; definitions in docs/statistics.md")
    Summary summary(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "agency code; its sub-units are included") @RequestParam(required = false)
                    String agency,
            @Parameter(description = "procedure code") @RequestParam(required = false) String procedure,
            @Parameter(description = "field code") @RequestParam(required = false) String field,
            @Parameter(description = "agency, field, procedure, officer, channel, day, week or month")
                    @RequestParam(required = false)
                    String groupBy,
            CurrentUser user) {
        return statistics.summary(
                new Statistics.Request(from, to, agency, procedure, field, GroupBy.parse(groupBy)), user);
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
