package org.motcua.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Statistics administration", description = "History import and rebuild of the statistics (ADMIN)")
@PreAuthorize("hasRole('ADMIN')")
class StatisticsAdminController {

    private final HistoryImport history;
    private final StatisticsRebuild rebuild;
    private final ResultFigureTags tags;

    StatisticsAdminController(HistoryImport history, StatisticsRebuild rebuild, ResultFigureTags tags) {
        this.history = history;
        this.rebuild = rebuild;
        this.tags = tags;
    }

    /** The figure to tag a procedure with. */
    record TagRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ResultFigure figure) {}

    @GetMapping(path = "/api/v1/admin/statistics/result-figures", produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(summary = "The procedures whose granted results feed the investment and enterprise figures")
    List<ResultFigureTags.TaggedProcedure> resultFigures() {
        return tags.list();
    }

    @PutMapping(
            path = "/api/v1/admin/statistics/result-figures/{procedureId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 400, codes = "validation.failed")
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @Operation(
            summary = "Tag a procedure with the figure its granted results feed; it counts every dossier of the"
                    + " procedure, those resolved before the tag included")
    ResultFigureTags.TaggedProcedure tag(
            @PathVariable UUID procedureId, @RequestBody TagRequest body, CurrentUser user) {
        if (body == null || body.figure() == null) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("figure", "NotNull", null)));
        }
        return tags.tag(procedureId, body.figure(), user);
    }

    @DeleteMapping(path = "/api/v1/admin/statistics/result-figures/{procedureId}")
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @Operation(summary = "Remove a procedure's tag: its results feed no investment or enterprise figure")
    ResponseEntity<Void> untag(@PathVariable UUID procedureId, CurrentUser user) {
        tags.tag(procedureId, null, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/admin/statistics/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(
            summary = "Rebuild every figure from the dossiers (and the imported history); for when the figures"
                    + " were lost or wrong. Run it when the center is quiet")
    StatisticsRebuild.Result rebuild() {
        return rebuild.rebuild();
    }

    @PostMapping(
            path = "/api/v1/admin/import/dossiers",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(
            summary = "Import finished and unfinished dossiers of another system from a JSON Lines file (one"
                    + " dossier a line; fields in docs/statistics.md); errors are reported per line, a code is"
                    + " imported once")
    HistoryImport.Report importDossiers(
            @Parameter(description = "the JSON Lines file, UTF-8") @RequestPart("file") MultipartFile file,
            @Parameter(description = "check only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale) {
        try {
            return history.run(file.getInputStream(), dryRun, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
