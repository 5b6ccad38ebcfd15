package org.motcua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The raw PostgreSQL ceiling for the writes one dossier lifecycle makes: 1 insert and 7 updates of the
 * dossier row plus 8 history rows, each action its own transaction (as each HTTP request is), with
 * synchronous commit on — on an embedded PostgreSQL 17 started the same way the application starts it.
 *
 * <p>Arguments: workers, dossiers per worker.
 */
public final class JdbcCeiling {

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int perWorker = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("motcua-ceiling-"))
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on") // zonky passes -F (fsync off); the app runs with it on
                .setServerConfig("max_connections", "300")
                .start()) {
            DataSource ds = pg.getPostgresDatabase();
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("""
                        create table dossier (id uuid primary key, code text unique, status text, current_step int,
                            step_due_at timestamp, due_at timestamp, received_at timestamp, version bigint);
                        create table history (id bigint generated always as identity primary key, dossier_id uuid,
                            at timestamp, action text, from_status text, to_status text, note text);
                        create index on history (dossier_id, id);
                        """);
            }
            long[][] lat = new long[workers][perWorker * 8];
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    int worker = w;
                    futures.add(pool.submit(() -> {
                        try (Connection c = ds.getConnection()) {
                            for (int i = 0; i < perWorker; i++) {
                                lifecycle(c, worker, i, lat[worker], i * 8);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int total = workers * perWorker;
            long[] all = new long[total * 8];
            int n = 0;
            for (long[] l : lat) {
                for (long v : l) {
                    all[n++] = v;
                }
            }
            System.out.printf(
                    "JDBC ceiling: %d workers, %d dossiers in %.1f s: %.1f dossiers/s, %.1f actions/s; per action %s%n",
                    workers, total, seconds, total / seconds, n / seconds, Stats.summary(all, n));
        }
    }

    private static void lifecycle(Connection c, int worker, int i, long[] lat, int at) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long t = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(
                "insert into dossier (id, code, status, current_step, version) values (?, ?, 'NEW', null, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, "W" + worker + "-" + i);
            insert.executeUpdate();
        }
        history(c, id, now, "submit");
        c.commit();
        lat[at] = System.nanoTime() - t;
        String[] actions = {"receive", "forward", "forward", "forward", "approve", "resolve", "return-result"};
        for (int a = 0; a < actions.length; a++) {
            t = System.nanoTime();
            try (PreparedStatement update = c.prepareStatement(
                    "update dossier set status = ?, current_step = ?, step_due_at = ?, version = version + 1"
                            + " where id = ? and version = ?")) {
                update.setString(1, actions[a]);
                update.setInt(2, a + 1);
                update.setTimestamp(3, now);
                update.setObject(4, id);
                update.setLong(5, a);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("lost update");
                }
            }
            history(c, id, now, actions[a]);
            c.commit();
            lat[at + a + 1] = System.nanoTime() - t;
        }
    }

    private static void history(Connection c, UUID id, Timestamp at, String action) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into history (dossier_id, at, action, from_status, to_status, note) values (?, ?, ?, 'a', 'b', null)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, at);
            insert.setString(3, action);
            insert.executeUpdate();
        }
    }
}
