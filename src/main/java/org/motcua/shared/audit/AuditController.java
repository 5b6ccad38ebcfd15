package org.motcua.shared.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators and inspectors: check the chain, the daily anchors, the entries. */
@Tag(
        name = "Audit trail",
        description = "Who read or changed whose personal data: chain check, daily anchors, export (ADMIN, SUPERVISOR)")
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class AuditController {

    static final int MAX_LISTED = 1000;

    private final AuditChain chain;
    private final AuditExport export;

    AuditController(AuditChain chain, AuditExport export) {
        this.chain = chain;
        this.export = export;
    }

    @Operation(
            summary = "Check the hash chain of the days from–to (Vietnam time; both optional: the whole chain) and"
                    + " name its first broken link; optionally compare a day's anchor with a value kept elsewhere")
    @ProblemResponse(status = 400, codes = "audit.period_reversed")
    @GetMapping("/verify")
    AuditChain.Verification verify(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "a day whose anchor to compare with `anchor`")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate anchorDay,
            @Parameter(description = "the anchor of `anchorDay` as printed or sent elsewhere (64 hexadecimal digits)")
                    @RequestParam(required = false)
                    String anchor) {
        period(from, to);
        return chain.verify(from, to, anchorDay, anchor);
    }

    @Operation(summary = "The daily anchors (the hash of each day's last entry), oldest first")
    @ProblemResponse(status = 400, codes = "audit.period_reversed")
    @GetMapping("/anchors")
    List<AuditChain.Anchor> anchors(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        period(from, to);
        return chain.anchors(from, to);
    }

    @Operation(
            summary = "The newest entries (at most `limit`) of a period, filtered by whose data (ID number, tax"
                    + " code or user name), who acted and which dossier (code or reference)")
    @ProblemResponse(status = 400, codes = "audit.period_reversed")
    @GetMapping("/entries")
    List<AuditEntry> entries(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "whose data: an applicant's ID number or tax code, an account's user name")
                    @RequestParam(required = false)
                    String person,
            @Parameter(description = "who read or changed it: a user name") @RequestParam(required = false)
                    String actor,
            @Parameter(description = "a dossier's code or reference") @RequestParam(required = false) String dossier,
            @RequestParam(defaultValue = "100") int limit) {
        period(from, to);
        return chain.latest(new AuditChain.Query(from, to, person, actor, dossier), Math.clamp(limit, 1, MAX_LISTED));
    }

    @Operation(
            summary = "Every entry matching the same filters, for inspectors, as CSV or an Excel workbook, with each"
                    + " entry's hash; the export is itself recorded")
    @ApiResponse(
            responseCode = "200",
            description = "CSV (UTF-8 with a byte order mark) or an Excel workbook",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = FileResponses.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemResponse(
            status = 400,
            codes = {"audit.period_reversed", "audit.unknown_format"})
    @GetMapping(
            path = "/export",
            produces = {"text/csv", FileResponses.XLSX_VALUE})
    void export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String dossier,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        period(from, to);
        AuditChain.Query query = new AuditChain.Query(from, to, person, actor, dossier);
        String name = "nhat-ky-" + (from == null ? "" : from + "-") + (to == null ? "" : to);
        switch (format) {
            case "csv" -> export.csv(query, FileResponses.download(response, FileResponses.CSV, name + ".csv"));
            case "xlsx" -> export.xlsx(query, FileResponses.download(response, FileResponses.XLSX, name + ".xlsx"));
            default -> throw DomainException.invalid("audit.unknown_format", List.of(), format);
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("audit.period_reversed", HttpStatus.BAD_REQUEST, from, to);
        }
    }
}
