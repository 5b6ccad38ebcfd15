package org.motcua.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public statistics", description = "Open data: the center's figures per month and agency, no sign-in")
class PublicStatisticsController {

    private final Statistics statistics;

    PublicStatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @Bean
    static PublicEndpoints publicStatisticsApi() {
        return PublicEndpoints.readOnly("/api/v1/public/statistics");
    }

    @GetMapping(
            path = "/api/v1/public/statistics",
            produces = {"application/json", "text/csv"})
    @ApiResponse(
            responseCode = "200",
            description = "One row per month and competent agency, as JSON (default) or CSV (format=csv, UTF-8);"
                    + " the schema is in docs/statistics.md",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = PublicFigures.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ProblemResponse(
            status = 400,
            codes = {"statistics.year_invalid", "statistics.unknown_format"})
    @Operation(summary = "The public figures of a year per month and competent agency (open data)")
    ResponseEntity<?> figures(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        List<PublicFigures> rows = statistics.publicFigures(year);
        return switch (format) {
            case "csv" -> {
                StringBuilder csv = new StringBuilder(PublicFigures.CSV_HEADER).append("\r\n");
                rows.forEach(r -> csv.append(r.csv()).append("\r\n"));
                yield ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                FileResponses.disposition("so-lieu-" + year + ".csv", false))
                        .body(csv.toString());
            }
            case "json" ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
            default -> throw DomainException.invalid("statistics.unknown_format", List.of(), format);
        };
    }
}
