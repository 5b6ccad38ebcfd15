package org.motcua.bench.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes realistic history into the application's database in bulk (generate.sql, statement by statement,
 * each timed), then vacuums and analyzes, and prints what the database holds.
 *
 * <p>Arguments: db=jdbc:postgresql://... n=dossiers [years=5]
 */
public final class Generate {

    public static void main(String[] args) throws Exception {
        String db = arg(args, "db", null);
        long n = Long.parseLong(arg(args, "n", "1000000"));
        String years = arg(args, "years", "5");
        // trial=true: everything in one transaction, rolled back (to try the script on a database)
        boolean trial = Boolean.parseBoolean(arg(args, "trial", "false"));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db)) {
            c.setAutoCommit(!trial);
            try (Statement s = c.createStatement()) {
                s.execute("set work_mem = '512MB'");
                s.execute("set maintenance_work_mem = '1GB'");
                // Generation only: a crash means generating again, so its commits need not wait for the disk.
                s.execute("set synchronous_commit = off");
                s.execute("set bench.n = '" + n + "'");
                s.execute("set bench.years = '" + years + "'");
                s.execute("set bench.now = '" + now + "'");
                for (String sql : statements()) {
                    long t = System.nanoTime();
                    s.execute(sql);
                    int rows = s.getUpdateCount();
                    System.out.printf(
                            "%8.1f s  %,12d rows  %s%n", (System.nanoTime() - t) / 1e9, Math.max(rows, 0), first(sql));
                }
                if (trial) {
                    report(s);
                    c.rollback();
                    return;
                }
                long generated = System.nanoTime();
                System.out.printf("generated in %.0f s%n", (generated - start) / 1e9);
                for (String table : List.of(
                        "dossier.dossier",
                        "dossier.history",
                        "statistics.dossier_fact",
                        "statistics.daily_figures",
                        "statistics.step_passage",
                        "statistics.fee_payment")) {
                    long t = System.nanoTime();
                    s.execute("vacuum (analyze) " + table);
                    System.out.printf("%8.1f s  vacuum analyze %s%n", (System.nanoTime() - t) / 1e9, table);
                }
                System.out.printf("generated, vacuumed and analyzed in %.0f s%n", (System.nanoTime() - start) / 1e9);
                report(s);
            }
        }
    }

    static void report(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("""
                select n.nspname || '.' || c.relname, c.reltuples::bigint,
                       pg_size_pretty(pg_total_relation_size(c.oid)), pg_total_relation_size(c.oid)
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind = 'r' and n.nspname in ('dossier', 'statistics')
                   and pg_total_relation_size(c.oid) > 1000000
                 order by pg_total_relation_size(c.oid) desc""")) {
            while (rs.next()) {
                System.out.printf("%-32s %,14d rows  %10s%n", rs.getString(1), rs.getLong(2), rs.getString(3));
            }
        }
        try (ResultSet rs = s.executeQuery("""
                select pg_size_pretty(pg_database_size(current_database())),
                       (select count(*) from dossier.dossier),
                       (select count(*) from dossier.dossier where status not in ('RETURNED', 'REFUSED', 'STOPPED')),
                       (select count(*) from dossier.history),
                       (select min(received_at)::date || ' .. ' || max(received_at)::date from dossier.dossier)""")) {
            rs.next();
            System.out.printf(
                    "database %s; %,d dossiers (%,d open), %,d history rows; received %s%n",
                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
        }
    }

    /** The statements of generate.sql: each ends with a semicolon at the end of a line; comments dropped. */
    static List<String> statements() throws IOException {
        String text;
        try (InputStream in = Generate.class.getResourceAsStream("/generate.sql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String first(String sql) {
        String line = sql.strip().split("\n")[0];
        return line.length() > 90 ? line.substring(0, 90) + "…" : line;
    }

    static String arg(String[] args, String name, String otherwise) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        if (otherwise == null) {
            throw new IllegalArgumentException("missing " + name + "=");
        }
        return otherwise;
    }
}
