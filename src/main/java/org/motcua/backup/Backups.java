package org.motcua.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.documents.FileStore;
import org.motcua.shared.Vietnam;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes backups while the application runs: the whole database as one consistent snapshot (every table
 * copied in one repeatable-read transaction with PostgreSQL's {@code COPY}, so no statement of the running
 * application waits), then the file store. Files are stored before the rows that name them are committed,
 * so every file the snapshot names is there when the files are copied after it.
 *
 * <p>A backup is a directory {@code motcua-<yyyyMMdd-HHmmss>} under {@code motcua.backup.dir}: {@code
 * database/<schema.table>.copy.gz} (PostgreSQL's text copy format), {@code files/ab/cd/<sha256>} and, written
 * last, {@code manifest.json}. It is written under a {@code .partial} name and renamed when complete. A file
 * already in the previous backup is hard-linked from it instead of copied (when on the same disk), so a
 * nightly backup costs the day's new files, not the whole store again. The oldest backups beyond {@code
 * motcua.backup.keep} are deleted.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'motcua-'yyyyMMdd-HHmmss");
    static final String DATABASE = "database";
    static final String FILES = "files";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final FileStore files;
    private final JsonMapper json;
    private final Clock clock;
    private final Path directory;
    private final int keep;

    Backups(
            DataSource dataSource,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            FileStore files,
            JsonMapper json,
            Clock clock,
            @Value("${motcua.backup.dir:./data/backups}") Path directory,
            @Value("${motcua.backup.keep:7}") int keep) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.files = files;
        this.json = json;
        this.clock = clock;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = Math.max(1, keep);
    }

    /** Every night (01:00 Vietnam time by default), on one node. */
    @Scheduled(cron = "${motcua.backup.cron:0 0 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "backup.nightly", lockAtMostFor = "PT6H")
    void nightly() {
        BackupManifest made = create();
        log.info(
                "nightly backup {}: {} rows in {} tables, {} files",
                made.name(),
                made.rows(),
                made.tables().size(),
                made.files());
    }

    /** Makes a backup now; answers its manifest. */
    public synchronized BackupManifest create() {
        Instant now = clock.instant();
        String name = NAME.format(now.atZone(Vietnam.ZONE));
        Path target = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        Path previous = complete().stream().findFirst().orElse(null);
        try {
            Files.createDirectories(partial.resolve(DATABASE));
            Snapshot db = snapshot.execute(status -> copyDatabase(partial.resolve(DATABASE)));
            Copied copied = copyFiles(partial.resolve(FILES), previous == null ? null : previous.resolve(FILES));
            BackupManifest manifest = new BackupManifest(
                    BackupManifest.FORMAT,
                    name,
                    now,
                    db.migrations(),
                    db.tables(),
                    db.sequences(),
                    copied.files(),
                    copied.bytes());
            Files.writeString(
                    partial.resolve(BackupManifest.FILE),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return manifest;
        } catch (IOException e) {
            deleteTree(partial);
            throw new UncheckedIOException("backup " + name + " not made", e);
        } catch (RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    /** The complete backups in {@code motcua.backup.dir}, newest first. */
    public List<BackupManifest> list() {
        return complete().stream().map(this::read).toList();
    }

    /** The directories of the complete backups (those with a manifest), newest first: names sort by time. */
    private List<Path> complete() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve(BackupManifest.FILE)))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BackupManifest read(Path backup) {
        try {
            return json.readValue(Files.readString(backup.resolve(BackupManifest.FILE)), BackupManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Snapshot(List<String> migrations, List<BackupManifest.Table> tables, Map<String, Long> sequences) {}

    private Snapshot copyDatabase(Path into) {
        List<String> migrations = migrations(jdbc);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (Map.Entry<String, List<String>> t : Tables.inLoadOrder(jdbc).entrySet()) {
                String columns = String.join(", ", t.getValue());
                try (OutputStream out =
                        new GZIPOutputStream(Files.newOutputStream(into.resolve(t.getKey() + ".copy.gz")))) {
                    long rows = pg.getCopyAPI()
                            .copyOut("copy " + Tables.quoted(t.getKey()) + " (" + columns + ") to stdout", out);
                    tables.add(new BackupManifest.Table(t.getKey(), t.getValue(), rows));
                }
            }
            Map<String, Long> sequences = new LinkedHashMap<>();
            jdbc.sql("""
                            select quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value
                              from pg_sequences where last_value is not null order by 1
                            """).query((RowCallbackHandler) rs -> sequences.put(rs.getString(1), rs.getLong(2)));
            return new Snapshot(migrations, tables, sequences);
        } catch (SQLException e) {
            throw new IllegalStateException("database not copied", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The migrations applied, in the order they were. */
    static List<String> migrations(JdbcClient jdbc) {
        return jdbc.sql("select version from public.flyway_schema_history where success and version is not null"
                        + " order by installed_rank")
                .query(String.class)
                .list();
    }

    private record Copied(long files, long bytes) {}

    /** Copies every stored file (hard-linked from the previous backup when it has it). */
    private Copied copyFiles(Path into, Path previous) throws IOException {
        long count = 0;
        long bytes = 0;
        // Files stored up to a minute from now: every file the snapshot names, and whatever came since.
        for (String sha256 : files.storedBefore(clock.instant().plus(Duration.ofMinutes(1)))) {
            Path target = into.resolve(sha256.substring(0, 2))
                    .resolve(sha256.substring(2, 4))
                    .resolve(sha256);
            Files.createDirectories(target.getParent());
            Path earlier = previous == null ? null : previous.resolve(into.relativize(target));
            if (earlier != null && Files.isRegularFile(earlier) && link(earlier, target)) {
                bytes += Files.size(target);
            } else {
                var content = files.open(sha256);
                if (content.isEmpty()) {
                    continue; // deleted by the orphan clean-up since it was listed: nothing names it
                }
                try (InputStream in = content.get()) {
                    bytes += Files.copy(in, target);
                }
            }
            count++;
        }
        return new Copied(count, bytes);
    }

    private static boolean link(Path existing, Path link) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // another disk: copy instead
        }
    }

    private void prune() {
        List<Path> all = complete();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteTree(old);
            log.info("backup {} deleted (motcua.backup.keep = {})", old.getFileName(), keep);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
