package org.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives whole dossier lifecycles through the HTTP API of a running motcua (demo data): a citizen submits
 * online, the desk receives and forwards, the specialist and the leader forward, the leader approves and
 * resolves, the desk returns the result — 8 requests per dossier, each its own transaction.
 *
 * <p>Arguments: base URL, concurrent clients, dossiers per client.
 */
public final class HttpLifecycle {

    private static final Pattern FIELD = Pattern.compile("\"(access_token|id|code)\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private HttpLifecycle(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8095";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        new HttpLifecycle(base).run(clients, perClient);
    }

    private void run(int clients, int perClient) throws Exception {
        String citizen = token("congdan");
        String desk = token("tiepnhan");
        String specialist = token("chuyenvien");
        String leader = token("lanhdao");
        // An online procedure the demo officers handle: water drilling licence renewal, 8 working days.
        String procedure = field(get("/api/v1/procedures?q=" + enc("cấp lại giấy phép hành nghề khoan nước") + "&size=1", citizen), "id");
        Matcher centerId = Pattern.compile("\"id\":\"([^\"]+)\",\"code\":\"000\\.00\\.01\\.H41\"")
                .matcher(get("/api/v1/agencies", citizen));
        if (!centerId.find()) {
            throw new IllegalStateException("provincial service center not found");
        }
        String center = centerId.group(1);
        String application = """
                {"procedureId":"%s","channel":"ONLINE","receivingCenterId":"%s",
                 "applicant":{"type":"CITIZEN","name":"Võ Văn Bình","idType":"CCCD","idNumber":"040090001234"},
                 "documents":[%s]}
                """.formatted(procedure, center, documents(procedure, citizen));

        // Warm-up: a few lifecycles before measuring.
        for (int i = 0; i < 5; i++) {
            lifecycle(application, citizen, desk, specialist, leader, new long[8], 0);
        }
        long[][] latencies = new long[clients][perClient * 8];
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[] mine = latencies[c];
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        try {
                            lifecycle(application, citizen, desk, specialist, leader, mine, i * 8);
                        } catch (Exception e) {
                            failures.incrementAndGet();
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
        long[] all = new long[clients * perClient * 8];
        int n = 0;
        for (long[] l : latencies) {
            for (long v : l) {
                if (v > 0) {
                    all[n++] = v;
                }
            }
        }
        int dossiers = clients * perClient - failures.get();
        System.out.printf(
                "HTTP lifecycle: %d clients, %d dossiers in %.1f s: %.1f dossiers/s, %.1f actions/s; per action %s; failures %d%n",
                clients, dossiers, seconds, dossiers / seconds, n / seconds, Stats.summary(all, n), failures.get());
    }

    private void lifecycle(String application, String citizen, String desk, String specialist, String leader, long[] lat, int at)
            throws Exception {
        String id = field(timed(lat, at, () -> post("/api/v1/dossiers", citizen, application)), "id");
        timed(lat, at + 1, () -> post("/api/v1/dossiers/" + id + "/receive", desk, "{}"));
        timed(lat, at + 2, () -> post("/api/v1/dossiers/" + id + "/forward", desk, "{}"));
        timed(lat, at + 3, () -> post("/api/v1/dossiers/" + id + "/forward", specialist, "{}"));
        timed(lat, at + 4, () -> post("/api/v1/dossiers/" + id + "/forward", leader, "{}"));
        timed(lat, at + 5, () -> post("/api/v1/dossiers/" + id + "/approve", leader, "{}"));
        timed(lat, at + 6, () -> post("/api/v1/dossiers/" + id + "/resolve", leader, "{}"));
        timed(lat, at + 7, () -> post("/api/v1/dossiers/" + id + "/return-result", desk, "{\"recipient\":\"Võ Văn Bình\"}"));
    }

    private interface Call {
        String run() throws Exception;
    }

    private static String timed(long[] lat, int at, Call call) throws Exception {
        long t = System.nanoTime();
        String body = call.run();
        lat[at] = System.nanoTime() - t;
        return body;
    }

    private String documents(String procedure, String token) throws Exception {
        String detail = get("/api/v1/procedures/" + procedure, token);
        // Mandatory documents by order: "order":N … "mandatory":true
        Matcher m = Pattern.compile("\"order\":(\\d+)[^}]*?\"mandatory\":true").matcher(detail);
        List<String> docs = new ArrayList<>();
        while (m.find()) {
            docs.add("{\"requiredOrder\":" + m.group(1) + "}");
        }
        return String.join(",", docs);
    }

    private String token(String user) throws Exception {
        return field(post("/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"demo\"}"), "access_token");
    }

    private String get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    private String post(String path, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private String send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
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
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
