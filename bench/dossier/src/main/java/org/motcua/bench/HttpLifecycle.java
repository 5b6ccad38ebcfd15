package org.motcua.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motcua.bench.Load.Action;

/**
 * Drives whole dossier lifecycles through the HTTP API of a running motcua (demo data): a citizen submits
 * online, the desk receives and forwards, the specialist and the leader forward, the leader approves and
 * resolves, the desk returns the result — 8 requests per dossier, each its own transaction — from
 * {@code clients} threads, each with its own keep-alive connection ({@link LeanHttp}).
 *
 * <p>It warms up for {@code warmup} seconds at the same concurrency (the JIT needs thousands of requests),
 * waits for the background work (receipts rendered after commit, the modules' event listeners) to be done
 * and for PostgreSQL's counters to settle,
 * then measures for {@code measure} seconds: throughput, latency overall and per action, CPU per action
 * (application, its PostgreSQL, this client, the whole machine) and the rows written per dossier
 * (connected to the application's database with {@code db}), saved to {@code out} for {@link JdbcCeiling}.
 *
 * <p>Arguments ({@code key=value}): {@code url}, {@code clients} (16), {@code warmup} (20 s; and on until
 * {@code warm-until}, epoch seconds, when that is later), {@code measure}
 * (30 s), {@code db} (JDBC URL of the application's database; without it no write counts), {@code app-pid}
 * and {@code pg-pid} (the application's and its postmaster's process ids; without them no CPU split),
 * {@code out} (file for the ceiling), {@code client} ({@code lean}, or {@code jdk} to measure what the JDK
 * {@code HttpClient} costs).
 */
public final class HttpLifecycle {

    /** An HTTP client for one thread; any non-2xx answer throws. */
    interface Client extends AutoCloseable {
        String get(String path, String token) throws Exception;

        String post(String path, String token, String json) throws Exception;

        @Override
        void close();
    }

    private static final Pattern FIELD = Pattern.compile("\"(access_token|id|code)\":\"([^\"]+)\"");

    private final URI base;
    private final String clientKind;
    private final AtomicInteger connections = new AtomicInteger();
    private String application;
    private String citizen;
    private String desk;
    private String specialist;
    private String leader;

    private boolean background = true;

    private HttpLifecycle(URI base, String clientKind) {
        this.base = base;
        this.clientKind = clientKind;
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(
                args, "url", "clients", "warmup", "warm-until", "measure", "db", "app-pid", "pg-pid", "out", "client",
                "forms");
        HttpLifecycle bench = new HttpLifecycle(URI.create(a.get("url", "http://localhost:8095")), a.get("client", "lean"));
        // motcua.documents.render-forms of the application: with on-read nothing renders in the background.
        bench.background = !"on-read".equals(a.get("forms", "after-commit"));
        try {
            bench.run(
                    a.integer("clients", 16),
                    // At least the given seconds, and on until the given instant (epoch seconds) if later.
                    Math.max(a.number("warmup", 20), a.number("warm-until", 0) - System.currentTimeMillis() / 1000.0),
                    a.number("measure", 30),
                    a.get("db", null),
                    a.pid("app-pid"),
                    a.pid("pg-pid"),
                    a.get("out", null));
        } catch (Exception e) {
            System.err.println("HTTP lifecycle FAILED: " + e);
            System.exit(1);
        }
    }

    private Client client() {
        return switch (clientKind) {
            case "lean" -> new LeanHttp(base);
            case "jdk" -> new JdkHttp(base);
            default -> throw new IllegalArgumentException("client=lean or client=jdk");
        };
    }

    private void run(int clients, double warmup, double measure, String db, long appPid, long pgPid, String out)
            throws Exception {
        try (Client http = client()) {
            setUp(http);
        }
        Load.Result warm = Load.run(clients, warmup, w -> worker(null));
        System.out.printf(
                "HTTP warm-up: %d clients, %d dossiers in %.1f s (%.1f dossiers/s), %s%n",
                clients, warm.dossiers(), warm.seconds(), warm.dossiersPerSecond(), Stats.summary(warm.latencies().all()));

        WriteCounts counts = db == null ? null : new WriteCounts(db);
        WriteCounts.Snapshot before = null;
        if (counts != null) {
            if (background) {
                counts.drainPendingForms(120);
            }
            counts.drainListeners(300);
            before = counts.settled();
        }
        connections.set(0);
        List<UUID> dossiers = Collections.synchronizedList(new ArrayList<>());
        Cpu.Snapshot cpuBefore = Cpu.take(appPid, pgPid);
        Instant from = Instant.now();
        Load.Result r = Load.run(clients, measure, w -> worker(dossiers));
        double receipts = counts == null || !background ? 0 : counts.drainPendingForms(120);
        // The listeners' work belongs to the actions too: count until the last event is handled.
        double drained = receipts + (counts == null ? 0 : counts.drainListeners(300));
        Cpu.Snapshot cpu = Cpu.take(appPid, pgPid).minus(cpuBefore);
        Instant to = Instant.now();

        int requests = r.actions();
        System.out.printf(
                "HTTP lifecycle (%s client): %d clients, measured %d dossiers in %.1f s: %.1f dossiers/s, %.1f actions/s%n",
                clientKind, clients, r.dossiers(), r.seconds(), r.dossiersPerSecond(), r.actionsPerSecond());
        System.out.printf(
                "  measured from %s to %s (UTC, as the application log)%n",
                from.truncatedTo(ChronoUnit.SECONDS), to.truncatedTo(ChronoUnit.SECONDS));
        System.out.print(Load.latencyReport(r.latencies()));
        if (counts != null && !background) {
            System.out.println("  receipts: captured, rendered only when first read (render-forms=on-read)");
        }
        if (counts != null) {
            System.out.printf(
                    "  background work (event listeners%s) done %.1f s after the last action"
                            + " (%.1f dossiers/s counting until then)%n",
                    background ? ", receipts" : "", drained, r.dossiers() / (r.seconds() + drained));
        }
        System.out.print(cpu.perAction(requests, "app", "client"));
        System.out.printf(
                "  client CPU per request: %.3f ms (%s client%s)%n",
                cpu.self() / requests,
                clientKind,
                clientKind.equals("lean")
                        ? String.format(", %d connections opened for %d requests", connections.get(), requests)
                        : "");

        if (counts != null) {
            WriteCounts.Snapshot after = counts.settled();
            WriteCounts.PerDossier per = counts.perDossier(before, after, dossiers);
            per.print("app (HTTP)");
            if (out != null) {
                Properties extra = new Properties();
                extra.setProperty("receipts.rendered", Boolean.toString(background));
                if (background) {
                    extra.setProperty("receipt.bytes", Double.toString(counts.receiptSize(dossiers)));
                }
                extra.setProperty("http.dossiers-per-second", Double.toString(r.dossiersPerSecond()));
                extra.setProperty("http.actions-per-second", Double.toString(r.actionsPerSecond()));
                extra.setProperty("http.sustained-dossiers-per-second", Double.toString(r.dossiers() / (r.seconds() + drained)));
                extra.setProperty("http.p99-ms", Double.toString(Stats.p99(r.latencies().all())));
                per.save(Path.of(out), extra);
            }
            counts.close();
        }
    }

    private Load.Worker worker(List<UUID> dossiers) {
        Client http = client();
        return new Load.Worker() {
            @Override
            public void lifecycle(Load.Recorder r) throws Exception {
                String id = field(r.time(Action.SUBMIT, () -> http.post("/api/v1/dossiers", citizen, application)), "id");
                String at = "/api/v1/dossiers/" + id;
                r.time(Action.RECEIVE, () -> http.post(at + "/receive", desk, "{}"));
                r.time(Action.FORWARD, () -> http.post(at + "/forward", desk, "{}"));
                r.time(Action.FORWARD, () -> http.post(at + "/forward", specialist, "{}"));
                r.time(Action.FORWARD, () -> http.post(at + "/forward", leader, "{}"));
                r.time(Action.APPROVE, () -> http.post(at + "/approve", leader, "{}"));
                r.time(Action.RESOLVE, () -> http.post(at + "/resolve", leader, "{}"));
                r.time(Action.RETURN_RESULT, () -> http.post(at + "/return-result", desk, "{\"recipientName\":\"Võ Văn Bình\",\"idNumber\":\"040090001234\"}"));
                if (dossiers != null) {
                    dossiers.add(UUID.fromString(id));
                }
            }

            @Override
            public void close() {
                if (http instanceof LeanHttp lean) {
                    connections.addAndGet(lean.connections());
                }
                http.close();
            }
        };
    }

    private void setUp(Client http) throws Exception {
        citizen = token(http, "congdan");
        desk = token(http, "tiepnhan");
        specialist = token(http, "chuyenvien");
        leader = token(http, "lanhdao");
        // An online procedure the demo officers handle: water drilling licence renewal, 8 working days.
        String procedure = field(
                http.get("/api/v1/procedures?q=" + enc("cấp lại giấy phép hành nghề khoan nước") + "&size=1", citizen), "id");
        Matcher centerId = Pattern.compile("\"id\":\"([^\"]+)\",\"code\":\"000\\.00\\.01\\.H41\"")
                .matcher(http.get("/api/v1/agencies", citizen));
        if (!centerId.find()) {
            throw new IllegalStateException("provincial service center not found");
        }
        application = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"040090001234"},
                 "documents":[%s]}
                """.formatted(procedure, centerId.group(1), documents(http, procedure));
    }

    /** The procedure's mandatory documents, sent without files. */
    private String documents(Client http, String procedure) throws Exception {
        String detail = http.get("/api/v1/procedures/" + procedure, citizen);
        // Mandatory documents by order: "order":N … "mandatory":true
        Matcher m = Pattern.compile("\"order\":(\\d+)[^}]*?\"mandatory\":true").matcher(detail);
        List<String> docs = new ArrayList<>();
        while (m.find()) {
            docs.add("{\"requiredOrder\":" + m.group(1) + "}");
        }
        return String.join(",", docs);
    }

    private static String token(Client http, String user) throws Exception {
        return field(
                http.post("/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}"),
                "access_token");
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
