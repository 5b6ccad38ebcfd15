package org.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a run wrote, as PostgreSQL counted it: rows inserted, updated (of which HOT) and deleted per table
 * ({@code pg_stat_user_tables}) and transactions committed ({@code pg_stat_database}), before and after the
 * measured phase, so the HTTP run and the JDBC ceiling can be compared per dossier. Also the average stored
 * width of the rows the measured dossiers left, to check that the ceiling writes rows of the same shape.
 *
 * <p>Backends report their counters lazily: at most once a second while busy, and an idle backend only
 * after 10 s ({@code PGSTAT_IDLE_INTERVAL}). A snapshot therefore waits 11 s after the load stopped and then
 * until two readings a second apart agree. This monitor's own transactions (its polls) are counted and
 * taken off the committed count.
 */
final class WriteCounts implements AutoCloseable {

    /** Counters of one table. */
    record Table(long ins, long upd, long hot, long del) {
        Table minus(Table o) {
            return new Table(ins - o.ins, upd - o.upd, hot - o.hot, del - o.del);
        }

        boolean isZero() {
            return ins == 0 && upd == 0 && del == 0;
        }
    }

    /** Counters at one instant; {@code ownTransactions}: this monitor's commits before the reading. */
    record Snapshot(Map<String, Table> tables, long commits, long rollbacks, long ownTransactions) {}

    /** Per-dossier writes of a measured phase, and the row widths of its dossiers. */
    record PerDossier(
            int dossiers, Map<String, double[]> tables, double commits, double rollbacks, Map<String, Double> rowBytes) {

        void save(Path file, Properties extra) throws IOException {
            Properties p = new Properties();
            p.putAll(extra);
            p.setProperty("dossiers", Integer.toString(dossiers));
            p.setProperty("commits", Double.toString(commits));
            p.setProperty("rollbacks", Double.toString(rollbacks));
            tables.forEach((t, v) -> p.setProperty(
                    "table." + t, v[0] + "," + v[1] + "," + v[2] + "," + v[3]));
            rowBytes.forEach((t, v) -> p.setProperty("bytes." + t, Double.toString(v)));
            try (var out = Files.newBufferedWriter(file)) {
                p.store(out, "per-dossier writes of the measured phase");
            }
        }

        static PerDossier load(Properties p) {
            Map<String, double[]> tables = new TreeMap<>();
            Map<String, Double> bytes = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("table.")) {
                    String[] v = p.getProperty(key).split(",");
                    double[] d = new double[4];
                    for (int i = 0; i < 4; i++) {
                        d[i] = Double.parseDouble(v[i]);
                    }
                    tables.put(key.substring(6), d);
                } else if (key.startsWith("bytes.")) {
                    bytes.put(key.substring(6), Double.parseDouble(p.getProperty(key)));
                }
            }
            return new PerDossier(
                    Integer.parseInt(p.getProperty("dossiers")),
                    tables,
                    Double.parseDouble(p.getProperty("commits")),
                    Double.parseDouble(p.getProperty("rollbacks")),
                    bytes);
        }

        void print(String name) {
            System.out.printf(
                    "Writes per dossier, %s, %d dossiers (inserted / updated (HOT) / deleted; avg stored row bytes):%n",
                    name, dossiers);
            tables.forEach((t, v) -> System.out.printf("  %-28s %s%n", t, cell(v, rowBytes.get(t))));
            System.out.printf("  %-28s %.2f committed, %.2f rolled back%n", "transactions", commits, rollbacks);
        }

        /** The two runs side by side; returns the tables whose counts differ by more than rounding. */
        static List<String> compare(PerDossier app, String appName, PerDossier ceiling, String ceilingName) {
            TreeSet<String> names = new TreeSet<>(app.tables.keySet());
            names.addAll(ceiling.tables.keySet());
            System.out.printf(
                    "Writes per dossier (pg_stat_user_tables: inserted / updated (HOT) / deleted; avg stored row bytes)%n"
                            + "  %-28s %-34s %-34s%n",
                    "table", appName + " (" + app.dossiers + " dossiers)", ceilingName + " (" + ceiling.dossiers + " dossiers)");
            List<String> differ = new ArrayList<>();
            for (String t : names) {
                double[] a = app.tables.getOrDefault(t, new double[4]);
                double[] c = ceiling.tables.getOrDefault(t, new double[4]);
                boolean same = true;
                for (int i = 0; i < 4; i++) {
                    // HOT too: an update that changes no indexed column is much cheaper than one that does.
                    if (Math.abs(a[i] - c[i]) > 0.05 && compared(t, i)) {
                        same = false;
                    }
                }
                if (!same) {
                    differ.add(t);
                }
                System.out.printf(
                        "  %-28s %-34s %-34s%s%n", t, cell(a, app.rowBytes.get(t)), cell(c, ceiling.rowBytes.get(t)), same ? "" : "  ≠ DIFFERENT");
            }
            System.out.printf(
                    "  %-28s %-34s %-34s%n",
                    "transactions committed",
                    String.format("%.2f (with the app's reads)", app.commits),
                    String.format("%.2f", ceiling.commits));
            System.out.printf(
                    "  %-28s %-34s %-34s%n",
                    "transactions rolled back",
                    String.format("%.2f", app.rollbacks),
                    String.format("%.2f", ceiling.rollbacks));
            return differ;
        }

        /**
         * Which counts must agree. The event registry is the application's outbox, what the ceiling (one
         * transaction per action, no outbox) is measured against; it is not compared. The listeners' tables
         * (statistics, notification) must hold the same rows, but their updates are not compared: the
         * listeners run in whatever order the events arrive, and a late older event updates nothing, while
         * the ceiling writes in order.
         */
        private static boolean compared(String table, int count) {
            if (table.equals("public.event_publication")) {
                return false;
            }
            boolean listeners = table.startsWith("statistics.") || table.startsWith("notification.");
            // A block of 50 codes is taken when no handed-out code is free: how often depends on how many
            // receipts are in flight at once, not on what one receipt writes.
            boolean codeBlocks = table.equals("dossier.code_counter");
            return !(listeners || codeBlocks) || count == 0 || count == 3;
        }

        private static String cell(double[] v, Double bytes) {
            return String.format("%5.2f / %5.2f (%4.2f) / %4.2f", v[0], v[1], v[2], v[3])
                    + (bytes == null ? "" : String.format("  %4.0f B", bytes));
        }
    }

    private final Connection c;
    private long ownTransactions;

    WriteCounts(String jdbcUrl) throws SQLException {
        this.c = DriverManager.getConnection(jdbcUrl);
        c.setAutoCommit(true);
    }

    /** Waits for the pending receipts (the background renderer's work) to be done; returns the seconds waited. */
    double drainPendingForms(double timeoutSeconds) throws Exception {
        return drain("select count(*) from dossier.pending_form", "receipts still pending", timeoutSeconds);
    }

    /**
     * Waits for the modules' event listeners to be done: no incomplete publication left in the event
     * registry (none to wait for where there is no registry, as in the ceiling); returns the seconds waited.
     */
    double drainListeners(double timeoutSeconds) throws Exception {
        return drain(
                "select case when to_regclass('public.event_publication') is null then 0"
                        + " else (select count(*) from public.event_publication where completion_date is null) end",
                "event publications still incomplete",
                timeoutSeconds);
    }

    /** Polls {@code countSql} until it counts nothing; returns the seconds waited. */
    private double drain(String countSql, String what, double timeoutSeconds) throws Exception {
        long started = System.nanoTime();
        while (true) {
            long pending;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(countSql)) {
                rs.next();
                pending = rs.getLong(1);
            }
            ownTransactions++;
            double waited = (System.nanoTime() - started) / 1e9;
            if (pending == 0) {
                return waited;
            }
            if (waited > timeoutSeconds) {
                throw new IllegalStateException(pending + " " + what + " after " + timeoutSeconds + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Counters once every backend has reported what it did (see the class comment). */
    Snapshot settled() throws Exception {
        Thread.sleep(11_000);
        Snapshot previous = read();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(1_000);
            Snapshot now = read();
            if (now.tables().equals(previous.tables())) {
                break;
            }
            previous = now;
        }
        try (Statement s = c.createStatement()) {
            // This monitor's own counts up to and including this transaction are reported at its end.
            s.execute("select pg_stat_force_next_flush()");
        }
        ownTransactions++;
        return read();
    }

    /** One reading of every counter, in one transaction. */
    private Snapshot read() throws SQLException {
        long own = ownTransactions;
        Map<String, Table> tables = new TreeMap<>();
        long commits = 0;
        long rollbacks = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del,
                               d.xact_commit, d.xact_rollback
                          from pg_stat_user_tables
                          cross join (select xact_commit, xact_rollback from pg_stat_database
                                       where datname = current_database()) d
                        """)) {
            while (rs.next()) {
                tables.put(rs.getString(1), new Table(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                commits = rs.getLong(6);
                rollbacks = rs.getLong(7);
            }
        }
        ownTransactions++;
        return new Snapshot(tables, commits, rollbacks, own);
    }

    /** Per-dossier counts between two snapshots, with the row widths of these dossiers. */
    PerDossier perDossier(Snapshot before, Snapshot after, List<UUID> dossiers) throws SQLException {
        int n = dossiers.size();
        Map<String, double[]> tables = new TreeMap<>();
        after.tables().forEach((t, a) -> {
            Table d = a.minus(Objects.requireNonNullElse(before.tables().get(t), new Table(0, 0, 0, 0)));
            if (!d.isZero()) {
                tables.put(t, new double[] {(double) d.ins() / n, (double) d.upd() / n, (double) d.hot() / n, (double) d.del() / n});
            }
        });
        // The before-reading's transaction and every poll up to the after-reading are this monitor's.
        long own = after.ownTransactions() - before.ownTransactions();
        return new PerDossier(
                n,
                tables,
                (double) (after.commits() - before.commits() - own) / n,
                (double) (after.rollbacks() - before.rollbacks()) / n,
                rowBytes(dossiers));
    }

    private Map<String, Double> rowBytes(List<UUID> dossiers) throws SQLException {
        Map<String, Double> bytes = new TreeMap<>();
        Array ids = c.createArrayOf("uuid", dossiers.toArray());
        String[][] queries = {
            {"dossier.dossier", "select avg(pg_column_size(t.*)) from dossier.dossier t where id = any(?)"},
            {"dossier.history", "select avg(pg_column_size(t.*)) from dossier.history t where dossier_id = any(?)"},
            {"dossier.submitted_document", "select avg(pg_column_size(t.*)) from dossier.submitted_document t where dossier_id = any(?)"},
            {"dossier.issued_document", "select avg(pg_column_size(t.*)) from dossier.issued_document t where dossier_id = any(?)"},
        };
        for (String[] q : queries) {
            try (var ps = c.prepareStatement(q[1])) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    bytes.put(q[0], rs.getDouble(1));
                }
            }
            ownTransactions++;
        }
        return bytes;
    }

    /** Average size of the issued receipts (bytes) of these dossiers. */
    double receiptSize(List<UUID> dossiers) throws SQLException {
        try (var ps = c.prepareStatement("select coalesce(avg(size), 0) from dossier.issued_document where dossier_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", dossiers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ownTransactions++;
                return rs.getDouble(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
