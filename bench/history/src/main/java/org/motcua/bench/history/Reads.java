package org.motcua.bench.history;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reads of officers, managers and the public through the HTTP API of a running application, one
 * request at a time over one keep-alive connection per user: each read is called {@code warmup} times,
 * then {@code calls} times measured; prints p50, p95, p99 and max as the client saw them, and the size
 * of the answer. Signed in as the demo users (bearer token; the overview page with the form login).
 *
 * <p>Arguments: url=http://localhost:8096 db=jdbc:postgresql://... [calls=200] [warmup=20] [only=text]
 * (only the reads whose name contains the text)
 */
public final class Reads {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Read(String name, String target, Client client, IntFunction<String> path) {}

    interface Client {
        HttpResponse<byte[]> get(String path, int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String url = Generate.arg(args, "url", null);
        String db = Generate.arg(args, "db", null);
        int calls = Integer.parseInt(Generate.arg(args, "calls", "200"));
        int warmup = Integer.parseInt(Generate.arg(args, "warmup", "20"));
        String only = Generate.arg(args, "only", "");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String manager = token(http, url, "giamdoc");
        String specialist = token(http, url, "chuyenvien");
        HttpClient page = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
        login(page, url, "giamdoc");

        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        // The last Friday-to-Thursday week ended, the previous month, the last working day before today.
        LocalDate thursday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        LocalDate day = today.minusDays(1);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(1);
        }
        String center;
        List<String[]> tracked = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id from catalog.agency where code = '000.00.01.H41'")) {
                rs.next();
                center = rs.getString(1);
            }
            // Dossiers the public looks up: any, old or new (a sample of the table's pages).
            try (ResultSet rs = s.executeQuery("select code, applicant_id_number from dossier.dossier"
                    + " tablesample system (1) repeatable (7) where code is not null and applicant_id_number"
                    + " is not null limit " + (calls + warmup))) {
                while (rs.next()) {
                    tracked.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            Generate.report(s);
        }
        String year = "from=" + today.withDayOfYear(1) + "&to=" + today;
        String week = "from=" + thursday.minusDays(6) + "&to=" + thursday;
        String month = "from=" + monthStart + "&to=" + monthStart.plusMonths(1).minusDays(1);
        String book = "agency=" + center + "&from=" + day + "&to=" + day + "&format=xlsx";
        Client asManager = bearer(http, url, manager);
        Client asSpecialist = bearer(http, url, specialist);
        Client overview = (path, i) -> page.send(
                HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        // A different client address for each look-up: the public API allows each address 20 a minute (the
        // application runs with server.forward-headers-strategy=framework for this benchmark).
        // The path is "<address>|<ID number>": the ID number goes in the body, as the API takes it.
        Client publicly = (path, i) -> http.send(
                HttpRequest.newBuilder(URI.create(url + path.substring(0, path.indexOf('|'))))
                        .header("X-Forwarded-For", "10.1." + (i / 250) % 250 + "." + i % 250)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"idNumber\":\"" + path.substring(path.indexOf('|') + 1) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        List<Read> reads = List.of(
                new Read("yearly province summary", "< 200 ms", asManager, i -> "/api/v1/statistics/summary?" + year),
                new Read(
                        "weekly summary by agency",
                        "",
                        asManager,
                        i -> "/api/v1/statistics/summary?" + week + "&groupBy=agency"),
                new Read("late dossiers of a month", "", asManager, i -> "/api/v1/statistics/late?" + month),
                new Read(
                        "officer's worklist (view=unit)",
                        "p95 < 50 ms",
                        asSpecialist,
                        i -> "/api/v1/dossiers?view=unit"),
                new Read("manager's worklist (view=center)", "", asManager, i -> "/api/v1/dossiers?view=center"),
                new Read("manager's overview page", "", overview, i -> "/can-bo/tong-quan"),
                new Read("tracking book, one day (xlsx)", "", asManager, i -> "/api/v1/tracking-book?" + book),
                new Read("public tracking look-up", "", publicly, i -> {
                    String[] t = tracked.get(i % tracked.size());
                    return "/api/v1/public/dossiers/" + t[0] + "/track|" + t[1];
                }));
        System.out.printf("%n%d calls each after %d warm-up calls, one at a time (ms)%n", calls, warmup);
        System.out.printf("%-34s %8s %8s %8s %8s %10s  %s%n", "read", "p50", "p95", "p99", "max", "bytes", "target");
        for (Read read : reads) {
            if (!read.name().contains(only)) {
                continue;
            }
            long bytes = 0;
            for (int i = 0; i < warmup; i++) {
                call(read, i);
            }
            double[] ms = new double[calls];
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                bytes = call(read, warmup + i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(
                    "%-34s %8.1f %8.1f %8.1f %8.1f %10d  %s%n",
                    read.name(), at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1], bytes, read.target());
        }
    }

    private static long call(Read read, int i) throws Exception {
        String path = read.path().apply(i);
        HttpResponse<byte[]> r = read.client().get(path, i);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(read.name() + ": " + r.statusCode() + " for " + path + "\n"
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body().length;
    }

    /** The value at quantile q (nearest rank). */
    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static Client bearer(HttpClient http, String url, String token) {
        return (path, i) -> http.send(
                HttpRequest.newBuilder(URI.create(url + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token(HttpClient http, String url, String user) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static void login(HttpClient page, String url, String user) throws Exception {
        String html = page.send(
                        HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = page.send(
                HttpRequest.newBuilder(URI.create(url + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login as " + user + " failed: " + r.statusCode() + " " + location);
        }
    }
}
