package org.motcua.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.motcua.shared.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Backups", description = "Backups of the database and the file store (ADMIN)")
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @PostMapping(path = "/api/v1/admin/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(
            summary = "Make a backup now, into motcua.backup.dir on the server (one consistent snapshot of the"
                    + " database, then the file store); answers its manifest")
    BackupManifest create() {
        return backups.create();
    }

    @GetMapping(path = "/api/v1/admin/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(summary = "The complete backups in motcua.backup.dir, newest first")
    List<BackupManifest> list() {
        return backups.list();
    }
}
