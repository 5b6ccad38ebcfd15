package org.motcua.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads that no dossier ever came to refer to (a submission that failed after its files were
 * stored, an abandoned upload). A file is a candidate only after a grace period, so an upload whose
 * dossier is still being saved is never touched; and nothing is deleted while no module reports
 * references, so a wiring mistake cannot empty the store.
 */
@Component
class OrphanedFiles {

    private static final Logger log = LoggerFactory.getLogger(OrphanedFiles.class);

    private final FileStore files;
    private final List<FileReferences> references;
    private final Duration grace;
    private final Clock clock;

    OrphanedFiles(
            FileStore files,
            List<FileReferences> references,
            @Value("${motcua.documents.orphan-grace:24h}") Duration grace,
            Clock clock) {
        this.files = files;
        this.references = references;
        this.grace = grace;
        this.clock = clock;
    }

    /** Nightly, on one node. */
    @Scheduled(cron = "${motcua.documents.orphan-cleanup-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "documents.orphan-cleanup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void cleanNightly() {
        clean();
    }

    /** Returns how many files it deleted. */
    int clean() {
        if (references.isEmpty()) {
            return 0;
        }
        Instant before = Instant.now(clock).minus(grace);
        int deleted = 0;
        for (String sha256 : files.storedBefore(before)) {
            if (references.stream().noneMatch(r -> r.isReferenced(sha256))) {
                files.delete(sha256);
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("deleted {} orphaned uploads older than {}", deleted, grace);
        }
        return deleted;
    }
}
