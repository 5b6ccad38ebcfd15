package org.motcua.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
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

    StatisticsAdminController(HistoryImport history, StatisticsRebuild rebuild) {
        this.history = history;
        this.rebuild = rebuild;
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
