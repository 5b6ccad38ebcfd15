package org.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.MotcuaApplication;
import org.motcua.documents.FileStore;
import org.motcua.shared.audit.AuditChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup made while the application runs restores into an empty data directory; the application then
 * starts on it and finds the dossiers, their files and an intact audit trail.
 */
@SpringBootTest(properties = "motcua.demo=true")
class BackupRestoreTests {

    @Autowired
    Backups backups;

    @Autowired
    FileStore files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChain audit;

    @TempDir
    Path temp;

    @Test
    void aBackupRestoresIntoAnEmptyDataDirectoryAndTheApplicationStartsOnItWithEveryDossierAndFile()
            throws IOException {
        byte[] scan = ("%PDF-1.4 scanned application form " + temp).getBytes(StandardCharsets.UTF_8);
        String sha256 = files.store(new ByteArrayInputStream(scan)).sha256();
        String code = jdbc.sql("select code from dossier.dossier where code is not null order by code limit 1")
                .query(String.class)
                .single();
        jdbc.sql("""
                        update dossier.submitted_document set file_sha256 = :sha, file_name = 'don.pdf',
                               content_type = 'application/pdf', file_size = :size
                         where dossier_id = (select id from dossier.dossier where code = :code) and position = (
                               select min(position) from dossier.submitted_document
                                where dossier_id = (select id from dossier.dossier where code = :code))
                        """)
                .param("sha", sha256)
                .param("size", scan.length)
                .param("code", code)
                .update();
        audit.seal();
        long sealed = count(jdbc, "shared.audit_entry");
        Map<String, Long> before = counts(jdbc);

        BackupManifest made = backups.create();

        assertThat(backups.list()).extracting(BackupManifest::name).contains(made.name());
        assertThat(made.tables())
                .extracting(BackupManifest.Table::name)
                .contains("dossier.dossier", "identity.user_account", "shared.audit_entry")
                .doesNotContain("shared.http_session", "identity.api_token", "public.flyway_schema_history");
        assertThat(made.files()).isGreaterThanOrEqualTo(1);
        Path backup = Path.of(System.getProperty("java.io.tmpdir"), "motcua-test-backups", made.name());

        String[] target = {
            "--motcua.embedded-db.data-dir=" + temp.resolve("pg"),
            "--motcua.documents.storage-dir=" + temp.resolve("files"),
            "--motcua.backup.dir=" + temp.resolve("backups")
        };
        assertThat(RestoreCommand.run(MotcuaApplication.class, args("restore", backup.toString(), target)))
                .isZero();
        // Restoring again over what was restored is refused: it is no longer empty.
        assertThat(RestoreCommand.run(MotcuaApplication.class, args("restore", backup.toString(), target)))
                .isEqualTo(1);

        try (ConfigurableApplicationContext restored = SpringApplication.run(
                MotcuaApplication.class, args("--server.port=0", "--motcua.demo=false", target))) {
            JdbcClient there = restored.getBean(JdbcClient.class);
            assertThat(counts(there)).isEqualTo(before);
            String file = there.sql("""
                            select s.file_sha256 from dossier.submitted_document s
                              join dossier.dossier d on d.id = s.dossier_id
                             where d.code = :code and s.file_sha256 is not null
                            """).param("code", code).query(String.class).single();
            try (InputStream in = restored.getBean(FileStore.class).open(file).orElseThrow()) {
                assertThat(in.readAllBytes()).isEqualTo(scan);
            }
            AuditChain.Verification chain = restored.getBean(AuditChain.class).verify(null, null);
            assertThat(chain.intact()).isTrue();
            assertThat(chain.entries()).isGreaterThanOrEqualTo(sealed);
        }
    }

    @Test
    void aDirectoryWithoutAManifestIsNotRestored() throws IOException {
        Path half = Files.createDirectories(temp.resolve("motcua-20261203-010000.partial"));
        Restore restore = new Restore(null, jdbc, null, files, backups);

        assertThatThrownBy(() -> restore.restore(half))
                .isInstanceOf(Restore.Refused.class)
                .hasMessageContaining("not a complete backup");
    }

    private static Map<String, Long> counts(JdbcClient db) {
        return Map.of(
                "dossiers", count(db, "dossier.dossier"),
                "history", count(db, "dossier.history"),
                "accounts", count(db, "identity.user_account"),
                "procedures", count(db, "catalog.procedure"),
                "issued forms", count(db, "dossier.issued_document"));
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String[] args(String first, String second, String... rest) {
        return java.util.stream.Stream.concat(List.of(first, second).stream(), List.of(rest).stream())
                .toArray(String[]::new);
    }
}
