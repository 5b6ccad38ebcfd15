package org.motcua.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.motcua.bench.Load.Action;

/**
 * The raw PostgreSQL ceiling for the writes one dossier lifecycle makes in the application: the same
 * statements on the application's own schema (its Flyway migrations, with every index and trigger), each
 * request its own transaction, synchronous commit and fsync on, on an embedded PostgreSQL 17 started the
 * way the application starts it — but no HTTP, no reads, no authorization, no rendering. Per dossier:
 *
 * <ul>
 *   <li>submit: insert {@code dossier.dossier} (every column, as {@code DossierRepository.insertSql}) and
 *       its {@code dossier.submitted_document} rows;
 *   <li>receive: the code counter upsert in its own transaction (the application's {@code DossierCodes} is
 *       {@code REQUIRES_NEW}), then the versioned update of every column, the history row and the captured
 *       receipt ({@code dossier.pending_form}, jsonb);
 *   <li>after receive, on one background thread as the application's renderer: claim the pending receipt
 *       ({@code delete … returning}), store a PDF-sized file durably (written, forced, moved atomically
 *       into place, directory forced) and insert {@code dossier.issued_document};
 *   <li>forward ×3, approve, resolve, return-result: versioned update of every column and a history row;
 *   <li>in each action's transaction, what the modules' listeners write for its event (statistics fact,
 *       milestones, step passages, daily flows; in-app notices) and the audit trail's staged change;
 *   <li>every 5 s on one background thread, as the application's sealer: the staged changes moved into
 *       the audit trail's hash chain ({@code shared.audit_entry}).
 * </ul>
 *
 * Column values have the shape of the application's (the same texts, ids, times and nulls). It measures
 * like {@link HttpLifecycle} — warm-up, then a measured duration, CPU, write counts — and, given the HTTP
 * run's counts ({@code compare}), prints both side by side: they must agree, or this is not the ceiling
 * of what the application writes.
 *
 * <p>Arguments ({@code key=value}): {@code workers} (16), {@code warmup} (20 s), {@code measure} (30 s),
 * {@code migrations} (the application's {@code db/migration} directory), {@code dir} (where the database and
 * the files go; a temporary directory by default), {@code compare} (the HTTP run's {@code out} file).
 */
public final class JdbcCeiling {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String CENTER_CODE = "000.00.01.H41";
    private static final String PROCEDURE_NAME = "Cấp lại giấy phép hành nghề khoan nước dưới đất";
    private static final String PROCEDURE_CODE = "1.004253.000.00.19.H41";
    private static final String DOCUMENT_NAME = "Đơn đề nghị cấp lại giấy phép hành nghề khoan nước dưới đất theo mẫu";
    private static final String APPLICANT = "Võ Văn Bình";
    private static final String APPLICANT_ID = "040090001234";
    /** The hand-over as the history note records it ({@code HandOver.describe}). */
    private static final String HAND_OVER = APPLICANT + " (số định danh " + APPLICANT_ID + ", người nộp hồ sơ)";
    private static final String EXPLANATION_VI = "Thời hạn 8 ngày làm việc = 64 giờ làm việc (1 ngày = 8 giờ)\n"
            + "Bỏ qua 28/11–29/11/2026 (nghỉ hằng tuần)";
    private static final String EXPLANATION_EN = "Time limit 8 working days = 64 hours of working time (1 day = 8 hours)\n"
            + "Skipped 28/11–29/11/2026 (weekly rest days)";

    /** The receipt as the application captures it (a real one, 1.2 KB of jsonb); %s: code, times, number. */
    private static final String RECEIPT = """
            {"code": "%1$s", "fees": [], "kind": "RECEIPT", "sets": 1, "issuer": {"name": "Trung tâm Phục vụ hành \
            chính công tỉnh Hồng Lam", "place": "", "hotline": "0238 3555 888", "superiorName": "Ủy ban nhân dân tỉnh \
            Hồng Lam"}, "papers": [{"form": "", "name": "%4$s", "quantity": 1}], "signer": {"name": "Nguyễn Thị Lan", \
            "title": "THỦ TRƯỞNG CƠ QUAN"}, "reasons": null, "circular": "TT03_2025", "issuedAt": "%2$s", "returnAt": \
            "%3$s", "applicant": {"name": "Võ Văn Bình", "email": null, "phone": null, "address": null, "idNumber": \
            "040090001234"}, "bookEntry": "Quyển số 2026, số thứ tự %5$s", "handOvers": [], "receivedAt": "%2$s", \
            "officerName": "Nguyễn Thị Lan", "returnPlace": "Trung tâm Phục vụ hành chính công tỉnh Hồng Lam, Số 16 \
            đại lộ Lê Nin, phường Hồng Sơn, tỉnh Hồng Lam", "procedureName": "%6$s", "processingTime": "8 ngày làm \
            việc", "previousReturnAt": null}""";

    /** The people and agencies of the demo lifecycle (no foreign keys point at them: random ids will do). */
    private static final UUID PROCEDURE = UUID.randomUUID();
    private static final UUID PROCEDURE_VERSION = UUID.randomUUID();
    private static final UUID CENTER = UUID.randomUUID();
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID CITIZEN = UUID.randomUUID();

    /** An officer; {@code login} is the user name the audit trail records. */
    private record Actor(UUID id, String name, String role, UUID agency, String login) {}

    private static final Actor DESK =
            new Actor(UUID.randomUUID(), "Nguyễn Thị Lan", "RECEPTION_OFFICER", CENTER, "tiepnhan");
    private static final Actor SPECIALIST =
            new Actor(UUID.randomUUID(), "Trần Văn Minh", "SPECIALIST", UNIT, "chuyenvien");
    private static final Actor LEADER = new Actor(UUID.randomUUID(), "Lê Hoàng Nam", "AGENCY_LEADER", UNIT, "lanhdao");

    private final DataSource ds;
    private final Path files;
    private final int documents;
    private final int receiptBytes;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "form-renderer");
        t.setDaemon(true);
        return t;
    });
    private final Connection rendererConnection;
    private final Map<Integer, Connection> connections = new java.util.concurrent.ConcurrentHashMap<>();
    private final Connection sealerConnection;
    private final ScheduledExecutorService sealer =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "audit-sealer");
                t.setDaemon(true);
                return t;
            });

    private JdbcCeiling(DataSource ds, Path files, int documents, int receiptBytes) throws SQLException {
        this.ds = ds;
        this.files = files;
        this.documents = documents;
        this.receiptBytes = receiptBytes;
        this.rendererConnection = ds.getConnection();
        rendererConnection.setAutoCommit(false);
        this.sealerConnection = ds.getConnection();
        sealerConnection.setAutoCommit(false);
        sealer.scheduleWithFixedDelay(
                () -> {
                    try {
                        while (seal() == 5000) {}
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                },
                5,
                5,
                TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, "workers", "warmup", "measure", "migrations", "dir", "compare");
        Path dir = a.get("dir", null) == null ? Files.createTempDirectory("motcua-ceiling-") : Path.of(a.get("dir", null));
        Path migrations = Path.of(a.get("migrations", "../../src/main/resources/db/migration")).toAbsolutePath();
        Properties http = new Properties();
        if (a.get("compare", null) != null) {
            try (var in = Files.newBufferedReader(Path.of(a.get("compare", null)))) {
                http.load(in);
            }
        }
        WriteCounts.PerDossier app = http.isEmpty() ? null : WriteCounts.PerDossier.load(http);
        // The workload's shape, not the application's behaviour: how many papers the HTTP run sent per
        // dossier and how big its receipts came out.
        int documents = app == null
                ? 1
                : (int) Math.round(app.tables().getOrDefault("dossier.submitted_document", new double[] {1})[0]);
        int receiptBytes = (int) Double.parseDouble(http.getProperty("receipt.bytes", "50000"));
        // With render-forms=on-read the application only captures receipts; so does the ceiling.
        boolean render = Boolean.parseBoolean(http.getProperty("receipts.rendered", "true"));
        int code;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on") // zonky passes -F (fsync off); the app runs with it on
                .setServerConfig("max_connections", "300")
                .setLocaleConfig("locale", "C.UTF-8")
                .start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database motcua encoding 'UTF8' template template0");
            }
            DataSource ds = pg.getDatabase("postgres", "motcua");
            int applied = Flyway.configure()
                    .dataSource(ds)
                    .locations("filesystem:" + migrations)
                    .outOfOrder(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            System.out.printf(
                    "JDBC ceiling: %d migrations of the application applied from %s; %d document(s) per dossier, receipts of %d bytes%n",
                    applied, migrations, documents, receiptBytes);
            JdbcCeiling ceiling = new JdbcCeiling(ds, dir.resolve("files"), documents, render ? receiptBytes : 0);
            code = ceiling.run(
                    a.integer("workers", 16),
                    a.number("warmup", 20),
                    a.number("measure", 30),
                    pg.getJdbcUrl("postgres", "motcua"),
                    Cpu.postmaster(dir.resolve("pg")),
                    app,
                    http);
        }
        System.exit(code);
    }

    private int run(
            int workers,
            double warmup,
            double measure,
            String jdbcUrl,
            long postmaster,
            WriteCounts.PerDossier app,
            Properties http)
            throws Exception {
        Load.Result warm = Load.run(workers, warmup, w -> worker(w, null));
        System.out.printf(
                "JDBC warm-up: %d workers, %d dossiers in %.1f s (%.1f dossiers/s), %s%n",
                workers, warm.dossiers(), warm.seconds(), warm.dossiersPerSecond(), Stats.summary(warm.latencies().all()));
        try (WriteCounts counts = new WriteCounts(jdbcUrl)) {
            boolean background = receiptBytes > 0;
            if (background) {
                counts.drainPendingForms(120);
            }
            WriteCounts.Snapshot before = counts.settled();
            List<UUID> dossiers = Collections.synchronizedList(new ArrayList<>());
            Cpu.Snapshot cpuBefore = Cpu.take(-1, postmaster);
            Load.Result r = Load.run(workers, measure, w -> worker(w, dossiers));
            double drained = background ? counts.drainPendingForms(120) : 0;
            Cpu.Snapshot cpu = Cpu.take(-1, postmaster).minus(cpuBefore);
            System.out.printf(
                    "JDBC ceiling: %d workers, measured %d dossiers in %.1f s: %.1f dossiers/s, %.1f actions/s%n",
                    workers, r.dossiers(), r.seconds(), r.dossiersPerSecond(), r.actionsPerSecond());
            System.out.print(Load.latencyReport(r.latencies()));
            System.out.printf(
                    "  receipts stored in the background: the last one %.1f s after the last action"
                            + " (%.1f dossiers/s counting until then)%n",
                    drained, r.dossiers() / (r.seconds() + drained));
            System.out.print(cpu.perAction(r.actions(), "", "ceiling JVM"));

            WriteCounts.Snapshot after = counts.settled();
            WriteCounts.PerDossier ceiling = counts.perDossier(before, after, dossiers);
            if (app == null) {
                ceiling.print("JDBC ceiling");
                return 0;
            }
            List<String> differ = WriteCounts.PerDossier.compare(app, "app (HTTP)", ceiling, "ceiling (JDBC)");
            double httpActions = Double.parseDouble(http.getProperty("http.actions-per-second"));
            double httpSustained = Double.parseDouble(http.getProperty("http.sustained-dossiers-per-second"));
            double sustained = r.dossiers() / (r.seconds() + drained);
            System.out.printf(
                    "HTTP %.1f actions/s = %.0f %% of the ceiling's %.1f (target ≥ 50 %%); HTTP p99 per action %.1f ms (target < 50 ms)%n"
                            + "Counting until the last receipt was stored: HTTP %.1f dossiers/s = %.0f %% of the ceiling's %.1f%n",
                    httpActions, 100 * httpActions / r.actionsPerSecond(), r.actionsPerSecond(),
                    Double.parseDouble(http.getProperty("http.p99-ms")),
                    httpSustained, 100 * httpSustained / sustained, sustained);
            if (!differ.isEmpty()) {
                System.out.println("MISMATCH: the ceiling does not write what the application writes in " + differ);
                return 2;
            }
            return 0;
        }
    }

    // ---- one worker: a connection and the application's statements -----------------------------------

    /**
     * Worker {@code w}'s connection, kept from the warm-up to the measured phase as the application's pool
     * keeps its connections (a new connection's first statements look up types: reads the app never pays
     * again either).
     */
    private Load.Worker worker(int w, List<UUID> measured) {
        Connection c = connections.computeIfAbsent(w, k -> {
            try {
                Connection opened = ds.getConnection();
                opened.setAutoCommit(false);
                return opened;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return r -> {
            UUID id = lifecycle(c, r);
            if (measured != null) {
                measured.add(id);
            }
        };
    }

    private UUID lifecycle(Connection c, Load.Recorder r) throws Exception {
        LocalDateTime submitted = now();
        Map<String, Object> d = submitted(submitted);
        UUID id = (UUID) d.get("id");
        r.time(Action.SUBMIT, () -> {
            insert(c, d);
            submittedDocuments(c, id);
            fact(c, d, 0);
            audit(c, d, "congdan", "submit", "ONLINE");
            c.commit();
            return null;
        });
        r.time(Action.RECEIVE, () -> {
            LocalDateTime at = now();
            LocalDate day = at.toLocalDate();
            int sequence = nextSequence(c, day); // in the receipt's transaction, as DossierCodes
            String code = CENTER_CODE + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", sequence);
            LocalDateTime due = at.plusDays(10).withSecond(0);
            d.put("code", code);
            d.put("status", "RECEIVED");
            d.put("current_step", 1);
            d.put("current_step_agency_id", CENTER);
            d.put("step_started_at", at);
            d.put("step_due_at", stepDue(1, at));
            d.put("received_at", at);
            d.put("due_at", due);
            d.put("original_due_at", due);
            d.put("appointment_explanation_vi", EXPLANATION_VI);
            d.put("appointment_explanation_en", EXPLANATION_EN);
            update(c, d, 0);
            long history = history(c, id, at, "RECEIVE", "NEW", "RECEIVED", null, 1, DESK, due, null, null);
            pendingReceipt(c, id, history, code, at, due, sequence);
            fact(c, d, 1);
            milestone(c, id, "received_at = ?, received_by = ?", "received_at", at, DESK.id());
            passage(c, id, 1, "DossierReceived", 0, 1, at, CENTER, DESK, null);
            notice(c, d, "RECEIVED", at);
            flow(c, at, ordered("received", 1L, "postal_delivery", 0L));
            audit(c, d, DESK.login(), "receive", "NEW->RECEIVED");
            c.commit();
            if (receiptBytes > 0) {
                renderer.execute(() -> render(history));
            }
            return null;
        });
        step(c, r, d, 1, 2, UNIT, "FORWARD", "RECEIVED", "IN_PROGRESS", DESK, "EARLY", null);
        step(c, r, d, 2, 3, UNIT, "FORWARD", "IN_PROGRESS", "IN_PROGRESS", SPECIALIST, "EARLY", null);
        step(c, r, d, 3, 4, AGENCY, "FORWARD", "IN_PROGRESS", "IN_PROGRESS", LEADER, "EARLY", null);
        Actor leaderOfAgency = new Actor(LEADER.id(), LEADER.name(), LEADER.role(), AGENCY, LEADER.login());
        step(c, r, d, 4, 4, AGENCY, "APPROVE", "IN_PROGRESS", "APPROVED", leaderOfAgency, "EARLY", null);
        // The result goes to the workflow's last step (returning it), whose verdict the return records.
        step(c, r, d, 4, 5, CENTER, "RESOLVE", "APPROVED", "RESOLVED", leaderOfAgency, "EARLY", null);
        step(c, r, d, 5, 5, CENTER, "RETURN_RESULT", "RESOLVED", "RETURNED", DESK, "EARLY", HAND_OVER);
        return id;
    }

    /** One action after receive: the versioned update of the whole row and its history row, one transaction. */
    private void step(
            Connection c,
            Load.Recorder r,
            Map<String, Object> d,
            int fromStep,
            int toStep,
            UUID stepAgency,
            String action,
            String from,
            String to,
            Actor actor,
            String verdict,
            String note)
            throws Exception {
        Action kind = switch (action) {
            case "FORWARD" -> Action.FORWARD;
            case "APPROVE" -> Action.APPROVE;
            case "RESOLVE" -> Action.RESOLVE;
            default -> Action.RETURN_RESULT;
        };
        r.time(kind, () -> {
            LocalDateTime at = now();
            long version = (Long) d.get("version");
            d.put("status", to);
            if (fromStep != toStep) {
                d.put("current_step", toStep);
                d.put("current_step_agency_id", stepAgency);
                d.put("step_started_at", at);
                d.put("step_due_at", stepDue(toStep, at));
            }
            switch (action) {
                case "APPROVE" -> d.put("outcome", "GRANTED");
                case "RESOLVE" -> d.put("finished_at", at);
                case "RETURN_RESULT" -> {
                    d.put("returned_at", at);
                    d.put("returned_to", note);
                    d.put("returned_recipient_name", APPLICANT);
                    d.put("returned_recipient_id_number", APPLICANT_ID);
                }
                default -> {}
            }
            update(c, d, version);
            UUID id = (UUID) d.get("id");
            history(c, id, at, action, from, to, fromStep, toStep, actor, (LocalDateTime) d.get("due_at"), verdict, note);
            // What the statistics and notification listeners write for this event, in the same transaction.
            fact(c, d, version + 1);
            String event = switch (action) {
                case "FORWARD" -> "DossierForwarded";
                case "APPROVE" -> "DossierApproved";
                case "RESOLVE" -> "DossierResolved";
                default -> "DossierReturned";
            };
            passage(c, id, version + 1, event, fromStep, toStep, at, stepAgency, actor,
                    action.equals("RETURN_RESULT") ? null : verdict);
            switch (action) {
                case "RESOLVE" -> {
                    milestone(c, id, "finished_at = ?, finish = 'RESOLVED', resolved_by = ?, verdict = 'EARLY',"
                            + " working_minutes_margin = 4800, processing_minutes = 10", "finished_at", at, actor.id());
                    notice(c, d, "RESOLVED", at);
                    flow(c, at, ordered("resolved_early", 1L, "processing_minutes", 10L, "four_on_site", 0L));
                }
                case "RETURN_RESULT" -> {
                    milestone(c, id, "returned_at = ?, returned_by_post = false", "returned_at", at, null);
                    notice(c, d, "RETURNED", at);
                    flow(c, at, ordered("returned", 1L, "returned_by_post", 0L));
                }
                default -> {}
            }
            audit(c, d, actor.login(), action.toLowerCase().replace('_', '-'), from + "->" + to);
            c.commit();
            return null;
        });
    }

    /**
     * A step's due time, as the procedure's workflow gives it (steps of 0.5, 6, 0.5 and 0.5 working days;
     * here in plain hours, to the minute like the application's): every forward changes an indexed
     * column (status, step unit or step due time), so, as in the application, no update is HOT.
     */
    private static LocalDateTime stepDue(int step, LocalDateTime at) {
        long hours = step == 2 ? 6 * 24 : 4;
        return at.plusHours(hours).withSecond(0);
    }

    /** A new dossier's columns in {@code Dossier.columns()} order, as an online submission leaves them. */
    private static Map<String, Object> submitted(LocalDateTime at) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", UUID.randomUUID());
        c.put("code", null);
        c.put("reference", "HS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        c.put("procedure_code", PROCEDURE_CODE);
        c.put("procedure_national_code", "1.004253");
        c.put("field_code", "TNN");
        c.put("procedure_id", PROCEDURE);
        c.put("procedure_version_id", PROCEDURE_VERSION);
        c.put("procedure_name", PROCEDURE_NAME);
        c.put("rule_set", "TT03_2025");
        c.put("channel", "ONLINE");
        c.put("receiving_center_id", CENTER);
        c.put("competent_agency_id", AGENCY);
        c.put("applicant_account_id", CITIZEN);
        c.put("applicant_type", "CITIZEN");
        c.put("applicant_name", APPLICANT);
        c.put("applicant_id_type", "CCCD");
        c.put("applicant_id_number", "040090001234");
        c.put("applicant_date_of_birth", null);
        c.put("applicant_tax_code", null);
        c.put("applicant_phone", null);
        c.put("applicant_email", null);
        c.put("applicant_address", null);
        c.put("summary", null);
        c.put("delivery_method", "COUNTER");
        c.put("delivery_address", null);
        c.put("status", "NEW");
        c.put("current_step", null);
        c.put("current_step_agency_id", null);
        c.put("assignee_id", null);
        c.put("step_started_at", null);
        c.put("step_due_at", null);
        c.put("submitted_at", at);
        c.put("received_at", null);
        c.put("due_at", null);
        c.put("original_due_at", null);
        c.put("paused_at", null);
        c.put("finished_at", null);
        c.put("returned_at", null);
        c.put("returned_to", null);
        c.put("returned_recipient_name", null);
        c.put("returned_recipient_id_number", null);
        c.put("returned_relationship", null);
        c.put("returned_tracking_number", null);
        c.put("extensions", 0);
        c.put("supplement_requests", 0);
        c.put("four_on_site", false);
        c.put("lien_thong", false);
        c.put("outcome", null);
        c.put("payment_due_vnd", null);
        c.put("result_capital_vnd", null);
        c.put("result_foreign_investor", null);
        c.put("appointment_explanation_vi", null);
        c.put("appointment_explanation_en", null);
        return c;
    }

    // ---- the statements, as the application's repositories send them ----------------------------------

    /** {@code DossierRepository.insertSql}: every column, version 0. */
    private static void insert(Connection c, Map<String, Object> d) throws SQLException {
        String sql = "insert into dossier.dossier (" + String.join(", ", d.keySet()) + ", version) values ("
                + d.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ", 0)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object v : d.values()) {
                set(ps, i++, v);
            }
            ps.executeUpdate();
        }
        d.put("version", 0L);
    }

    /** {@code DossierRepository.updateSql}: every column but the id, versioned. */
    private static void update(Connection c, Map<String, Object> d, long version) throws SQLException {
        List<String> columns = d.keySet().stream().filter(k -> !k.equals("id") && !k.equals("version")).toList();
        String sql = "update dossier.dossier set "
                + columns.stream().map(k -> k + " = ?").collect(Collectors.joining(", "))
                + ", version = version + 1 where id = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String k : columns) {
                set(ps, i++, d.get(k));
            }
            ps.setObject(i++, d.get("id"));
            ps.setLong(i, version);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("lost update of dossier " + d.get("id"));
            }
        }
        d.put("version", version + 1);
    }

    /** {@code DossierRepository.saveCollections}: the papers handed in, one row each. */
    private void submittedDocuments(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier.submitted_document (dossier_id, position, required_order, name, form, quantity,
                    origin, file_sha256, file_name, content_type, file_size)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dossier_id, position) do nothing
                """)) {
            for (int i = 0; i < documents; i++) {
                ps.setObject(1, id);
                ps.setInt(2, i);
                ps.setInt(3, i + 1);
                ps.setString(4, DOCUMENT_NAME);
                for (int p = 5; p <= 11; p++) {
                    if (p == 6) {
                        ps.setInt(6, 1);
                    } else {
                        ps.setNull(p, Types.OTHER);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * {@code DossierCodes.next}, statement for statement: the lowest free number no receipt in flight holds;
     * when none, the unit's counter row locked, a second look, then a block of 50 handed out.
     */
    private static int nextSequence(Connection c, LocalDate day) throws SQLException {
        Integer taken = takeSlot(c, day);
        if (taken != null) {
            return taken;
        }
        int handedOut;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier.code_counter (unit_code, receipt_date, last_sequence)
                values (?, ?, 0)
                on conflict (unit_code, receipt_date)
                do update set last_sequence = dossier.code_counter.last_sequence
                returning last_sequence
                """)) {
            ps.setString(1, CENTER_CODE);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                handedOut = rs.getInt(1);
            }
        }
        taken = takeSlot(c, day);
        if (taken != null) {
            return taken;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update dossier.code_counter set last_sequence = ? where unit_code = ? and receipt_date = ?")) {
            ps.setInt(1, handedOut + 50);
            ps.setString(2, CENTER_CODE);
            ps.setObject(3, day);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier.code_slot (unit_code, receipt_date, sequence)
                select ?, ?, n from generate_series(?, ?) n
                """)) {
            ps.setString(1, CENTER_CODE);
            ps.setObject(2, day);
            ps.setInt(3, handedOut + 2);
            ps.setInt(4, handedOut + 50);
            ps.executeUpdate();
        }
        return handedOut + 1;
    }

    private static Integer takeSlot(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                delete from dossier.code_slot s
                where (s.unit_code, s.receipt_date, s.sequence) = (
                    select unit_code, receipt_date, sequence from dossier.code_slot
                    where unit_code = ? and receipt_date = ?
                    order by sequence limit 1 for update skip locked)
                returning s.sequence
                """)) {
            ps.setString(1, CENTER_CODE);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    // ---- what the statistics and notification modules write for the same events ------------------------

    /** {@code FigureRecorder.keep}: the fact row as of the dossier's latest event. */
    private static void fact(Connection c, Map<String, Object> d, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into statistics.dossier_fact as x (
                    dossier_id, code, procedure_id, procedure_code, field_code, competent_agency_id,
                    receiving_center_id, channel, applicant_type, delivery_method, status, last_version,
                    last_sequence, due_at, original_due_at, four_on_site)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dossier_id) do update set
                    code = coalesce(excluded.code, x.code),
                    receiving_center_id = coalesce(excluded.receiving_center_id, x.receiving_center_id),
                    delivery_method = excluded.delivery_method,
                    status = excluded.status,
                    last_version = excluded.last_version,
                    due_at = coalesce(excluded.due_at, x.due_at),
                    original_due_at = coalesce(excluded.original_due_at, x.original_due_at),
                    four_on_site = x.four_on_site or excluded.four_on_site,
                    last_sequence = excluded.last_sequence
                where (x.last_version, x.last_sequence) < (excluded.last_version, excluded.last_sequence)
                """)) {
            Object[] values = {
                d.get("id"), d.get("code"), PROCEDURE, PROCEDURE_CODE, "TNN", AGENCY, CENTER, "ONLINE", "CITIZEN",
                "COUNTER", d.get("status"), version, version == 0 ? 0 : 1, d.get("due_at"), d.get("original_due_at"), false
            };
            for (int i = 0; i < values.length; i++) {
                set(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** {@code FigureRecorder.milestone}: set once. */
    private static void milestone(Connection c, UUID dossier, String set, String column, LocalDateTime at, UUID by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update statistics.dossier_fact set " + set + " where dossier_id = ? and " + column + " is null")) {
            int i = 1;
            ps.setObject(i++, at);
            if (by != null) {
                ps.setObject(i++, by);
            }
            ps.setObject(i, dossier);
            ps.executeUpdate();
        }
    }

    /** {@code FigureRecorder.passage}: a hand-over between steps, for the delay attribution. */
    private static void passage(
            Connection c, UUID dossier, long version, String event, int from, int to, LocalDateTime at, UUID agency,
            Actor actor, String verdict)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into statistics.step_passage (dossier_id, version, event, from_step, to_step, at,
                    step_agency_id, actor_name, verdict, agency_id, due)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)) {
            Object[] values = {dossier, version, event, from, to, at, agency, actor.name(), verdict, null, null};
            for (int i = 0; i < values.length; i++) {
                set(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /** {@code DailyFlows.add}: the day's row of this center, agency, procedure, field and channel. */
    private static void flow(Connection c, LocalDateTime at, Map<String, Long> amounts) throws SQLException {
        String columns = String.join(", ", amounts.keySet());
        String values = amounts.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        String sums = amounts.keySet().stream()
                .map(k -> k + " = d." + k + " + excluded." + k)
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("insert into statistics.daily_figures as d (day,"
                + " receiving_center_id, competent_agency_id, procedure_id, field_code, channel, " + columns
                + ") values (?, ?, ?, ?, 'TNN', 'ONLINE', " + values + ") on conflict on constraint daily_figures_key"
                + " do update set " + sums)) {
            ps.setObject(1, at.toLocalDate());
            ps.setObject(2, CENTER);
            ps.setObject(3, AGENCY);
            ps.setObject(4, PROCEDURE);
            int i = 5;
            for (long amount : amounts.values()) {
                ps.setLong(i++, amount);
            }
            ps.executeUpdate();
        }
    }

    private static Map<String, Long> ordered(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return m;
    }

    /** {@code Outbox.add}: the applicant's in-app notice of a milestone (delivered as it is written). */
    private static void notice(Connection c, Map<String, Object> d, String trigger, LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into notification.message (id, event_key, trigger, channel, recipient, account_id,
                    dossier_id, dossier_code, language, subject, body, template_version, placeholder_values,
                    fallback_email, fallback_of, urgent, status, attempts, next_attempt_at, created_at,
                    delivered_at)
                values (?, ?, ?, 'IN_APP', ?, ?, ?, ?, 'vi', ?, ?, 1, cast(? as jsonb), null, null, false,
                    'DELIVERED', 0, null, ?, ?)
                on conflict on constraint message_once do nothing""")) {
            Timestamp now = Timestamp.from(at.atZone(VIETNAM).toInstant());
            Object[] values = {
                UUID.randomUUID(), d.get("id") + ":" + d.get("version") + ":" + trigger, trigger, CITIZEN.toString(), CITIZEN,
                d.get("id"), d.get("code"), "Hồ sơ " + d.get("code"),
                "Hồ sơ " + d.get("code") + " (" + PROCEDURE_NAME + ") của ông/bà " + APPLICANT + ": " + trigger,
                "{\"applicant\": \"" + APPLICANT + "\", \"dossierCode\": \"" + d.get("code") + "\"}", now, now
            };
            for (int i = 0; i < values.length; i++) {
                set(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * {@code AuditTrail.changed}: the change staged in the action's own transaction (who, what, whose data,
     * from which address, in which request).
     */
    private static void audit(Connection c, Map<String, Object> d, String actor, String action, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into shared.audit_staged
                        (at, actor, action, subject_type, subject, subject_alias, person, address, trace_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            String code = (String) d.get("code");
            String reference = (String) d.get("reference");
            byte[] trace = new byte[16];
            ThreadLocalRandom.current().nextBytes(trace);
            Object[] values = {
                Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)),
                actor, action, "dossier", code == null ? reference : code, code == null ? null : reference,
                d.get("applicant_id_number"), "127.0.0.1", HexFormat.of().formatHex(trace), detail
            };
            for (int i = 0; i < values.length; i++) {
                set(ps, i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * {@code AuditChain.sealBatch}, every 5 s on one thread as the application's sealer: under the advisory
     * lock, the day and the chain's head, the anchors' check, then the staged events deleted and returned,
     * hashed into the chain (sha256 over the previous hash and the entry's canonical form) and inserted.
     */
    private int seal() throws Exception {
        Connection c = sealerConnection;
        int sealed;
        try {
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                ps.setLong(1, 7_200_317_002L);
                ps.executeQuery().close();
            }
            LocalDate today;
            try (ResultSet rs = c.createStatement()
                    .executeQuery("select (clock_timestamp() at time zone 'Asia/Ho_Chi_Minh')::date")) {
                rs.next();
                today = rs.getObject(1, LocalDate.class);
            }
            long seq = 1;
            byte[] previous = new byte[32];
            try (ResultSet rs = c.createStatement()
                    .executeQuery("select seq, hash from shared.audit_entry order by seq desc limit 1")) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                    previous = rs.getBytes(2);
                }
            }
            long lastAnchored;
            try (ResultSet rs = c.createStatement()
                    .executeQuery("select last_seq from shared.audit_anchor order by day desc limit 1")) {
                lastAnchored = rs.next() ? rs.getLong(1) : 0;
            }
            try (PreparedStatement ps = c.prepareStatement("select chain_day from shared.audit_entry where seq = ?")) {
                ps.setLong(1, lastAnchored + 1);
                ps.executeQuery().close(); // a run within one day writes no anchor
            }
            List<Object[]> staged = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from shared.audit_staged where id in (select id from shared.audit_staged order by id limit 5000)
                    returning id, at, actor, action, subject_type, subject, subject_alias, person, address, trace_id, detail
                    """)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[11];
                        row[0] = rs.getLong(1);
                        row[1] = rs.getTimestamp(2).toInstant();
                        for (int i = 2; i < 11; i++) {
                            row[i] = rs.getString(i + 1);
                        }
                        staged.add(row);
                    }
                }
            }
            staged.sort(Comparator.comparingLong(r -> (Long) r[0]));
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into shared.audit_entry (seq, chain_day, at, actor, action, subject_type, subject,
                            subject_alias, person, address, trace_id, detail, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (Object[] r : staged) {
                    Instant at = (Instant) r[1];
                    StringBuilder canonical = new StringBuilder(256);
                    field(canonical, Long.toString(seq));
                    field(canonical, today.toString());
                    field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)));
                    for (int i = 2; i < 11; i++) {
                        field(canonical, (String) r[i]);
                    }
                    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                    sha256.update(previous);
                    previous = sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
                    ps.setLong(1, seq++);
                    ps.setObject(2, today);
                    ps.setTimestamp(3, Timestamp.from(at));
                    for (int i = 2; i < 11; i++) {
                        ps.setString(i + 2, (String) r[i]);
                    }
                    ps.setBytes(13, previous);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            sealed = staged.size();
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
        return sealed;
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        s.append('\n');
    }

    /** {@code DossierHistory.append}. */
    private static long history(
            Connection c,
            UUID dossier,
            LocalDateTime at,
            String action,
            String from,
            String to,
            Integer fromStep,
            Integer toStep,
            Actor actor,
            LocalDateTime due,
            String verdict,
            String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier.history (dossier_id, at, action, from_status, to_status, from_step, to_step,
                        actor_id, actor_name, actor_role, actor_agency, actor_system, due_in_force, step_verdict, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """)) {
            Object[] values = {
                dossier, at, action, from, to, fromStep, toStep, actor.id(), actor.name(), actor.role(), actor.agency(), null, due,
                verdict, note
            };
            for (int i = 0; i < values.length; i++) {
                set(ps, i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** {@code PendingForms.add}: the receipt as it prints, kept with the action. */
    private static void pendingReceipt(
            Connection c, UUID dossier, long history, String code, LocalDateTime at, LocalDateTime due, int sequence)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into dossier.pending_form (history_id, kind, dossier_id, form, file_name, created_at,
                        created_by)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?)
                """)) {
            ps.setLong(1, history);
            ps.setString(2, "RECEIPT");
            ps.setObject(3, dossier);
            ps.setString(4, RECEIPT.formatted(code, JSON_TIME.format(at), JSON_TIME.format(due), DOCUMENT_NAME, String.format("%04d", sequence), PROCEDURE_NAME));
            ps.setString(5, "receipt-" + code + ".pdf");
            ps.setObject(6, at);
            ps.setString(7, DESK.name());
            ps.executeUpdate();
        }
    }

    /**
     * {@code PendingForms.render} on the renderer thread: claim the receipt, store its file durably (the
     * local file store: spool, force, atomic move into {@code ab/cd/<sha256>}, force the directory), then
     * record it ({@code IssuedDocuments.add}) — one transaction.
     */
    private void render(long history) {
        Connection c = rendererConnection;
        try {
            UUID dossier;
            String fileName;
            LocalDateTime at;
            String by;
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from dossier.pending_form where history_id = ? and kind = ?
                    returning dossier_id, form, file_name, created_at, created_by
                    """)) {
                ps.setLong(1, history);
                ps.setString(2, "RECEIPT");
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("receipt of history row " + history + " not pending");
                    }
                    dossier = rs.getObject(1, UUID.class);
                    rs.getString(2);
                    fileName = rs.getString(3);
                    at = rs.getObject(4, LocalDateTime.class);
                    by = rs.getString(5);
                }
            }
            byte[] pdf = new byte[receiptBytes - 256 + ThreadLocalRandom.current().nextInt(512)];
            ThreadLocalRandom.current().nextBytes(pdf);
            String sha256 = store(pdf);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into dossier.issued_document (dossier_id, kind, form_number, history_id, sha256, size,
                            file_name, content_type, signature_status, signer, signed_at, created_at, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning id
                    """)) {
                Object[] values = {
                    dossier, "RECEIPT", "01", history, sha256, (long) pdf.length, fileName, "application/pdf", null, null,
                    null, at, by
                };
                for (int i = 0; i < values.length; i++) {
                    set(ps, i + 1, values[i]);
                }
                ps.executeQuery().close();
            }
            c.commit();
        } catch (Exception e) {
            System.err.println("ceiling renderer failed: " + e);
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the drain times out and reports it
            }
        }
    }

    private String store(byte[] content) throws Exception {
        Path tmp = Files.createDirectories(files.resolve("tmp"));
        Path spooled = Files.createTempFile(tmp, "upload-", ".part");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (FileChannel ch = FileChannel.open(spooled, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        Path target = files.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        Files.createDirectories(target.getParent());
        Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE);
        force(target.getParent());
        return sha256;
    }

    private static void force(Path directory) throws IOException {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.OTHER);
        } else {
            ps.setObject(i, v);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(VIETNAM).withNano(0);
    }
}
