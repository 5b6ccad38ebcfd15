package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedFilesTests {

    @TempDir
    Path storage;

    private final Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);

    private FileStore.StoredFile store(FileStore files, String content) {
        return files.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deletesOnlyUnreferencedFilesOlderThanTheGracePeriod() {
        FileStore files = new FileStore(new LocalFileStorage(storage));
        FileStore.StoredFile kept = store(files, "giấy tờ của một hồ sơ");
        FileStore.StoredFile orphan = store(files, "tệp của một lần nộp không thành");
        FileReferences dossiers = sha256 -> sha256.equals(kept.sha256());

        int withinGrace = new OrphanedFiles(files, List.of(dossiers), Duration.ofHours(3), twoHoursLater).clean();
        int afterGrace = new OrphanedFiles(files, List.of(dossiers), Duration.ofHours(1), twoHoursLater).clean();

        assertThat(withinGrace).isZero();
        assertThat(afterGrace).isEqualTo(1);
        assertThat(files.exists(kept.sha256())).isTrue();
        assertThat(files.exists(orphan.sha256())).isFalse();
    }

    @Test
    void deletesNothingWhenNoModuleReportsReferences() {
        FileStore files = new FileStore(new LocalFileStorage(storage));
        FileStore.StoredFile file = store(files, "không ai khai báo tham chiếu");

        assertThat(new OrphanedFiles(files, List.of(), Duration.ofHours(1), twoHoursLater).clean())
                .isZero();
        assertThat(files.exists(file.sha256())).isTrue();
    }
}
