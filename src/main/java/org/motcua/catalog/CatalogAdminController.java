package org.motcua.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Catalog administration: agencies, counters, procedure versions and workflows, import and export. */
@Tag(
        name = "Catalog administration",
        description = "Agencies, counters, procedure drafts, versions and workflows, import and export (ADMIN)")
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminController {

    static final MediaType XLSX = FileResponses.XLSX;

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final CatalogSpreadsheets spreadsheets;

    CatalogAdminController(Catalog catalog, CatalogAdministration administration, CatalogSpreadsheets spreadsheets) {
        this.catalog = catalog;
        this.administration = administration;
        this.spreadsheets = spreadsheets;
    }

    record NewProcedure(String code, ProcedureDraft draft) {}

    record Publication(LocalDate effectiveFrom) {}

    record Retirement(LocalDate from) {}

    @Operation(summary = "Create an agency")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 409, codes = "catalog.duplicate_agency_code")
    @ProblemResponse(status = 422, codes = "catalog.unknown_parent")
    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    AgencyView createAgency(@RequestBody AgencyDraft draft) {
        return administration.createAgency(draft);
    }

    @Operation(summary = "Change an agency")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "catalog.agency_not_found")
    @ProblemResponse(status = 409, codes = "catalog.duplicate_agency_code")
    @ProblemResponse(
            status = 422,
            codes = {"catalog.unknown_parent", "catalog.agency_cycle"})
    @PutMapping("/agencies/{id}")
    AgencyView updateAgency(@PathVariable UUID id, @RequestBody AgencyDraft draft) {
        return administration.updateAgency(id, draft);
    }

    @Operation(summary = "Retire an agency from a date")
    @ProblemResponse(status = 404, codes = "catalog.agency_not_found")
    @PostMapping("/agencies/{id}/retire")
    AgencyView retireAgency(@PathVariable UUID id, @RequestBody Retirement retirement) {
        return administration.retireAgency(id, retirement.from());
    }

    @Operation(summary = "The counters of a one-stop-shop center")
    @GetMapping("/agencies/{centerId}/counters")
    List<CounterView> counters(@PathVariable UUID centerId) {
        return catalog.counters(centerId);
    }

    @Operation(summary = "Open a counter at a center")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "catalog.center_not_found")
    @ProblemResponse(status = 409, codes = "catalog.duplicate_counter")
    @ProblemResponse(status = 422, codes = "catalog.unknown_reference")
    @PostMapping("/agencies/{centerId}/counters")
    @ResponseStatus(HttpStatus.CREATED)
    CounterView createCounter(@PathVariable UUID centerId, @RequestBody CounterDraft draft) {
        return administration.saveCounter(centerId, null, draft);
    }

    @Operation(summary = "Change a counter")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(
            status = 404,
            codes = {"catalog.center_not_found", "catalog.counter_not_found"})
    @ProblemResponse(status = 409, codes = "catalog.duplicate_counter")
    @ProblemResponse(status = 422, codes = "catalog.unknown_reference")
    @PutMapping("/agencies/{centerId}/counters/{counterId}")
    CounterView updateCounter(
            @PathVariable UUID centerId, @PathVariable UUID counterId, @RequestBody CounterDraft draft) {
        return administration.saveCounter(centerId, counterId, draft);
    }

    @Operation(summary = "Create a procedure from a first draft")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(
            status = 409,
            codes = {"catalog.duplicate_procedure_code", "catalog.duplicate_national_code"})
    @ProblemResponse(
            status = 422,
            codes = {
                "catalog.draft_missing",
                "catalog.unknown_reference",
                "catalog.inconsistent_procedure",
                "catalog.workflow_invalid",
                "catalog.workflow_budget_mismatch"
            })
    @PostMapping("/procedures")
    @ResponseStatus(HttpStatus.CREATED)
    ProcedureView createProcedure(@RequestBody NewProcedure procedure) {
        if (procedure.draft() == null) {
            throw DomainException.unprocessable("catalog.draft_missing");
        }
        return administration.createProcedure(procedure.code(), procedure.draft());
    }

    @Operation(summary = "The unpublished draft of a procedure")
    @ProblemResponse(status = 404, codes = "catalog.no_draft")
    @GetMapping("/procedures/{id}/draft")
    ProcedureView draft(@PathVariable UUID id) {
        return catalog.draft(id).orElseThrow(() -> DomainException.notFound("catalog.no_draft", id));
    }

    @Operation(summary = "Save the draft of a procedure")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @ProblemResponse(status = 409, codes = "catalog.duplicate_national_code")
    @ProblemResponse(
            status = 422,
            codes = {
                "catalog.unknown_reference",
                "catalog.inconsistent_procedure",
                "catalog.workflow_invalid",
                "catalog.workflow_budget_mismatch"
            })
    @PutMapping("/procedures/{id}/draft")
    ProcedureView saveDraft(@PathVariable UUID id, @RequestBody ProcedureDraft draft) {
        return administration.saveDraft(id, draft);
    }

    @Operation(summary = "Discard the draft of a procedure")
    @ApiResponse(responseCode = "204", description = "Discarded")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @DeleteMapping("/procedures/{id}/draft")
    ResponseEntity<Void> discardDraft(@PathVariable UUID id) {
        administration.discardDraft(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Save the workflow steps of the draft")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @ProblemResponse(status = 409, codes = "catalog.duplicate_national_code")
    @ProblemResponse(
            status = 422,
            codes = {
                "catalog.unknown_reference",
                "catalog.inconsistent_procedure",
                "catalog.workflow_invalid",
                "catalog.workflow_budget_mismatch"
            })
    @PutMapping("/procedures/{id}/workflow")
    ProcedureView saveWorkflow(@PathVariable UUID id, @RequestBody List<WorkflowStepView> steps) {
        return administration.saveWorkflow(id, steps);
    }

    @Operation(summary = "Publish the draft as a new version, effective from a date (today by default)")
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @ProblemResponse(
            status = 409,
            codes = {"catalog.no_draft", "catalog.procedure_retired", "catalog.duplicate_national_code"})
    @ProblemResponse(
            status = 422,
            codes = {
                "catalog.effective_in_past",
                "catalog.unknown_reference",
                "catalog.inconsistent_procedure",
                "catalog.workflow_invalid",
                "catalog.workflow_budget_mismatch"
            })
    @PostMapping("/procedures/{id}/publish")
    ProcedureView publish(@PathVariable UUID id, @RequestBody(required = false) Publication publication) {
        return administration.publish(id, publication == null ? null : publication.effectiveFrom());
    }

    @Operation(summary = "Retire a procedure from a date")
    @ApiResponse(responseCode = "204", description = "Retired")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @PostMapping("/procedures/{id}/retire")
    ResponseEntity<Void> retire(@PathVariable UUID id, @RequestBody(required = false) Retirement retirement) {
        administration.retireProcedure(id, retirement == null ? null : retirement.from());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Every version of a procedure, newest first")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @GetMapping("/procedures/{id}/versions")
    List<ProcedureVersionSummary> versions(@PathVariable UUID id) {
        List<ProcedureVersionSummary> history = catalog.versionHistory(id);
        if (history.isEmpty()) {
            throw DomainException.notFound("catalog.procedure_not_found", id);
        }
        return history;
    }

    @Operation(summary = "One version of a procedure")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @GetMapping("/procedure-versions/{versionId}")
    ProcedureView version(@PathVariable UUID versionId) {
        return catalog.procedureVersion(versionId)
                .orElseThrow(() -> DomainException.notFound("catalog.procedure_not_found", versionId));
    }

    /** The default workflow spread over a time limit, to copy and edit. */
    @Operation(summary = "The default workflow spread over a time limit, to copy and edit")
    @GetMapping("/workflow-template")
    List<WorkflowStepView> workflowTemplate(
            @RequestParam UUID agency,
            @RequestParam(required = false) UUID center,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) ProcessingTimeUnit unit) {
        ProcessingTime time = amount == null || unit == null ? null : new ProcessingTime(amount, unit);
        return catalog.defaultWorkflow(agency, center, time);
    }

    /**
     * Imports one .xlsx workbook or one CSV file per sheet (part name {@code file}). With {@code
     * dryRun=true} nothing is written and every problem is listed; a real import with problems answers
     * 422 and writes nothing.
     */
    @Operation(summary = "Import the catalog from an .xlsx workbook or CSV files (dryRun lists problems only)")
    @ProblemResponse(status = 422, codes = "catalog.import_rejected")
    @PostMapping(path = "/catalog/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importCatalog(
            @RequestParam("file") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean dryRun) {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (MultipartFile file : files) {
            try {
                String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
                streams.put(name, new ByteArrayInputStream(file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spreadsheets.importCatalog(CatalogSpreadsheets.read(streams), dryRun);
    }

    /** The catalog in the import template: an .xlsx workbook, or a zip of CSV files. */
    @Operation(summary = "Export the catalog as an .xlsx workbook or a zip of CSV files")
    @ApiResponse(
            responseCode = "200",
            description = "The workbook (format=xlsx) or the zip of CSV files (format=csv)",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/catalog/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format) {
        CatalogImport catalog = spreadsheets.export();
        if ("csv".equalsIgnoreCase(format)) {
            return download(
                    zip(CatalogWorkbook.writeCsv(catalog)),
                    "danh-muc-thu-tuc.zip",
                    MediaType.parseMediaType("application/zip"));
        }
        return download(CatalogWorkbook.write(catalog), "danh-muc-thu-tuc.xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
