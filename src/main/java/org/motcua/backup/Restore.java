package org.motcua.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.motcua.documents.FileStore;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a backup into an empty database of the same version (the application's migrations have just
 * created its tables): its files into the file store, then every table in one transaction — the rows the
 * migrations seeded are replaced by the backup's, tables are loaded after the tables they refer to, and
 * each sequence continues from its backed-up value. Anything wrong (another version, a database that
 * already holds dossiers or accounts, a damaged file) stops it before the commit: nothing is half-loaded.
 */
@Component
class Restore {

    /** Why a restore was refused. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final FileStore files;
    private final Backups backups;

    Restore(
            DataSource dataSource,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            FileStore files,
            Backups backups) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.files = files;
        this.backups = backups;
    }

    /** Loads the backup in {@code from}; answers its manifest. */
    BackupManifest restore(Path from) {
        if (!Files.isRegularFile(from.resolve(BackupManifest.FILE))) {
            throw new Refused(from + " is not a complete backup: it has no " + BackupManifest.FILE);
        }
        BackupManifest manifest = backups.read(from);
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new Refused("backup format " + manifest.format() + " is not " + BackupManifest.FORMAT);
        }
        List<String> here = Backups.migrations(jdbc);
        if (!here.equals(manifest.migrations())) {
            throw new Refused("the backup was made with database migrations " + manifest.migrations()
                    + "; this application has " + here
                    + ": restore with the version that made it, then upgrade");
        }
        long held = jdbc.sql(
                        "select (select count(*) from dossier.dossier) + (select count(*) from identity.user_account)")
                .query(Long.class)
                .single();
        if (held > 0) {
            throw new Refused("the database already holds dossiers or accounts: restore only into an empty one");
        }
        restoreFiles(from.resolve(Backups.FILES));
        transaction.executeWithoutResult(status -> load(from.resolve(Backups.DATABASE), manifest));
        return manifest;
    }

    private void restoreFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String expected = file.getFileName().toString();
                try (InputStream in = Files.newInputStream(file)) {
                    String stored = files.store(in).sha256();
                    if (!stored.equals(expected)) {
                        throw new Refused("file " + expected + " in the backup is damaged (its content hashes to "
                                + stored + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(Path database, BackupManifest manifest) {
        List<String> seeded = manifest.tables().stream()
                .map(BackupManifest.Table::name)
                .filter(t -> jdbc.sql("select exists (select 1 from " + Tables.quoted(t) + ")")
                        .query(Boolean.class)
                        .single())
                .toList();
        if (!seeded.isEmpty()) {
            jdbc.sql("truncate "
                            + String.join(
                                    ", ", seeded.stream().map(Tables::quoted).toList()) + " cascade")
                    .update();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (BackupManifest.Table t : manifest.tables()) {
                try (InputStream in =
                        new GZIPInputStream(Files.newInputStream(database.resolve(t.name() + ".copy.gz")))) {
                    long rows = pg.getCopyAPI()
                            .copyIn(
                                    "copy " + Tables.quoted(t.name()) + " (" + String.join(", ", t.columns())
                                            + ") from stdin",
                                    in);
                    if (rows != t.rows()) {
                        throw new Refused(t.name() + ": " + rows + " rows in the backup's file, " + t.rows()
                                + " in its manifest");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backup's rows were not loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        for (Map.Entry<String, Long> s : manifest.sequences().entrySet()) {
            jdbc.sql("select setval(cast(:sequence as regclass), :value)")
                    .param("sequence", s.getKey())
                    .param("value", s.getValue())
                    .query(Long.class)
                    .single();
        }
    }
}
