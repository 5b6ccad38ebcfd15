package org.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.CalendarEntryKind;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyDraft;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two application nodes on one PostgreSQL database (an external one, as in production:
 * {@code spring.datasource.url}), each a whole application context with its own scheduler and web server:
 * jobs run on one node at a time, caches follow changes made on the other node, and a browser's session
 * (in the database) is honoured by either node.
 */
class TwoNodesIntegrationTests {

    static EmbeddedPostgres database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("motcua-two-nodes-"))
                .setCleanDataDirectory(true)
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        Path files = Files.createTempDirectory("motcua-two-nodes-files-");
        first = node("first", files);
        second = node("second", files);
    }

    static ConfigurableApplicationContext node(String name, Path files) {
        // Command-line arguments: they win over the application's own files, as a deployment's settings do.
        return new SpringApplicationBuilder(MotcuaApplication.class, NodeJobs.class)
                .run(
                        "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--server.port=0",
                        "--motcua.documents.storage-dir=" + files,
                        "--motcua.node-name=" + name,
                        // sessions in the database, as in production (the test configuration keeps them in memory)
                        "--spring.autoconfigure.exclude=");
    }

    @AfterAll
    static void stop() throws Exception {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aJobRunningOnOneNodeIsSkippedOnTheOther() throws Exception {
        NodeJobs.Job onFirst = first.getBean(NodeJobs.Job.class);
        NodeJobs.Job onSecond = second.getBean(NodeJobs.Job.class);
        CountDownLatch finish = new CountDownLatch(1);
        onFirst.holdUntil(finish);
        CompletableFuture<Void> running = CompletableFuture.runAsync(onFirst::report);
        assertThat(onFirst.awaitStart()).isTrue();

        onSecond.report(); // while the first node runs it

        finish.countDown();
        running.get(30, TimeUnit.SECONDS);
        assertThat(onFirst.runs()).isEqualTo(1);
        assertThat(onSecond.runs())
                .as("skipped while the first node held the job")
                .isZero();

        onSecond.report(); // once the first node has finished, the job is free again
        assertThat(onSecond.runs()).isEqualTo(1);
    }

    @Test
    void eachScheduledRunHappensOnOneNodeOnly() throws Exception {
        // Both schedulers fire the every-second job at the same moments for a few seconds.
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        Thread.sleep(4_500);
        List<Map<String, Object>> runs = jdbc.sql("""
                        select second, count(*) as nodes, string_agg(node, ',') as names
                          from every_second_runs group by second order by second
                        """).query().listOfRows();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(runs)
                .allSatisfy(
                        run -> assertThat(run.get("nodes")).as(run.toString()).isEqualTo(1L));
    }

    @Test
    void aCalendarChangeOnOneNodeReachesTheOtherWithoutARestart() {
        WorkingCalendar onFirst = first.getBean(WorkingCalendar.class);
        WorkingCalendar onSecond = second.getBean(WorkingCalendar.class);
        LocalDate wednesday = LocalDate.of(2026, 10, 14);
        assertThat(onSecond.isWorkingDay(wednesday, null)).isTrue(); // the second node's snapshot is loaded

        onFirst.saveEntry(wednesday, CalendarEntryKind.HOLIDAY, "Ngày lễ của tỉnh", "Quyết định 12/QĐ-UBND");

        assertThat(onFirst.isWorkingDay(wednesday, null)).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !onSecond.isWorkingDay(wednesday, null));
    }

    @Test
    void aCatalogChangeOnOneNodeReachesTheOtherWithoutARestart() {
        CatalogAdministration onFirst = first.getBean(CatalogAdministration.class);
        Catalog onSecond = second.getBean(Catalog.class);
        int before = onSecond.agencies().size(); // now cached on the second node
        AgencyView created = onFirst.createAgency(agency("Sở Tư pháp"));
        await().atMost(Duration.ofSeconds(10)).until(() -> onSecond.agencies().size() == before + 1);
        assertThat(onSecond.agency(created.id()).map(AgencyView::name)).contains("Sở Tư pháp"); // now cached

        onFirst.updateAgency(created.id(), agency("Sở Tư pháp tỉnh Hồng Lam"));

        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> onSecond.agency(created.id()).map(AgencyView::name),
                        n -> n.equals(java.util.Optional.of("Sở Tư pháp tỉnh Hồng Lam")));
    }

    @Test
    void aNodeWhoseListeningConnectionBrokeStillHearsOfChanges() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        WorkingCalendar onSecond = second.getBean(WorkingCalendar.class);
        LocalDate thursday = LocalDate.of(2026, 10, 22);
        assertThat(onSecond.isWorkingDay(thursday, null)).isTrue();
        List<Integer> listeners = jdbc.sql("select pg_terminate_backend(pid)::int from pg_stat_activity"
                        + " where query = 'listen motcua_cache_changes'")
                .query(Integer.class)
                .list();
        assertThat(listeners).as("both nodes listened").containsExactly(1, 1);

        first.getBean(WorkingCalendar.class)
                .saveEntry(thursday, CalendarEntryKind.HOLIDAY, "Ngày lễ của tỉnh", "Quyết định 13/QĐ-UBND");

        await().atMost(Duration.ofSeconds(10)).until(() -> !onSecond.isWorkingDay(thursday, null));
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOtherAndSignedOutOnBoth() throws Exception {
        first.getBean(Users.class).create("lan.nguyen", "mật-khẩu-dài", "Nguyễn Thị Lan", Set.of(Role.SPECIALIST));
        Browser browser = new Browser();
        String login = browser.get(first, "/login").body();
        HttpResponse<String> signedIn = browser.post(
                first, "/login", Map.of("username", "lan.nguyen", "password", "mật-khẩu-dài", "_csrf", csrf(login)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        // The next request goes to the other node, with the same cookie.
        HttpResponse<String> profile = browser.get(second, "/tai-khoan");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Nguyễn Thị Lan");
        assertThat(new Browser().get(second, "/tai-khoan").statusCode())
                .as("without the cookie")
                .isEqualTo(302);

        // Signed out on the second node (its form's CSRF token is the session's): the first node forgets too.
        HttpResponse<String> out = browser.post(second, "/logout", Map.of("_csrf", csrf(profile.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.get(first, "/tai-khoan");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }

    /** One browser's cookies, sent to whichever node (as a load balancer without sticky sessions would). */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(node, path)).GET());
        }

        HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> form)
                throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(node, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(java.util.stream.Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] pair = set.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair[1]);
            }
            return response;
        }

        private static URI uri(ConfigurableApplicationContext node, String path) {
            return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
        }
    }

    @Test
    void aTicketCalledOnOneNodeAppearsOnABoardConnectedToTheOther() throws Exception {
        // a center with a counter, an officer seated at it and a counter group, made on the first node
        AgencyView center = first.getBean(CatalogAdministration.class)
                .createAgency(new AgencyDraft(
                        "000.00.99.H41",
                        null,
                        "Trung tâm Phục vụ hành chính công thử",
                        null,
                        AdministrativeLevel.PROVINCE,
                        AgencyType.SERVICE_CENTER,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Users users = first.getBean(Users.class);
        var officer = users.assignAgencies(
                users.create("quay.mot", "mật-khẩu-dài", "Cán bộ quầy", Set.of(Role.RECEPTION_OFFICER))
                        .id(),
                Set.of(center.id()));
        var counter = first.getBean(CatalogAdministration.class)
                .saveCounter(
                        center.id(),
                        null,
                        new org.motcua.catalog.CounterDraft(
                                5, "Quầy 5", Set.of(), Set.of(), Set.of(officer.id()), true));
        org.motcua.queue.Tickets onFirst = first.getBean(org.motcua.queue.Tickets.class);
        var group = new org.motcua.queue.CounterGroup(
                java.util.UUID.randomUUID(),
                center.id(),
                "A",
                "Nhóm A",
                "Group A",
                List.of(),
                List.of(counter.id()),
                true,
                30,
                4,
                15);
        onFirst.saveGroup(group);

        // a board on the second node, listening
        int port = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
        StringBuffer seen = new StringBuffer();
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> board = http.sendAsync(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/public/queue/boards/" + center.id() + "/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture.runAsync(() -> {
            try {
                board.get().body().forEach(seen::append);
            } catch (Exception e) {
                // closed when the test ends
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.toString().contains(":connected"));

        // called on the first node
        var ticket = onFirst.issue(group.id(), org.motcua.queue.TicketSource.KIOSK);
        onFirst.callNext(officer);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> seen.toString().contains("\"number\":" + ticket.number() + ","));
        assertThat(seen.toString()).contains("Mời số " + ticket.number() + " đến quầy số 5");
        board.cancel(true);
    }

    private static AgencyDraft agency(String name) {
        return new AgencyDraft(
                "000.00.14.H41",
                null,
                name,
                null,
                AdministrativeLevel.PROVINCE,
                AgencyType.DEPARTMENT,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Jobs of the test, in both nodes: the same code and lock names, as two deployed nodes have. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NodeJobs {

        @Bean
        Job job() {
            return new Job();
        }

        @Bean
        EverySecond everySecond(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            jdbc.sql("create table if not exists every_second_runs (second timestamp, node text)")
                    .update();
            return new EverySecond(jdbc, env.getProperty("motcua.node-name"));
        }

        /** A job that runs until released; its state is read through methods (the bean is a proxy). */
        static class Job {
            private final AtomicInteger runs = new AtomicInteger();
            private final CountDownLatch started = new CountDownLatch(1);
            private volatile CountDownLatch hold = new CountDownLatch(0);

            public int runs() {
                return runs.get();
            }

            public void holdUntil(CountDownLatch released) {
                hold = released;
            }

            public boolean awaitStart() throws InterruptedException {
                return started.await(30, TimeUnit.SECONDS);
            }

            @SchedulerLock(name = "test.report", lockAtMostFor = "PT1M")
            public void report() {
                runs.incrementAndGet();
                started.countDown();
                try {
                    hold.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        static class EverySecond {
            final JdbcClient jdbc;
            final String node;

            EverySecond(JdbcClient jdbc, String node) {
                this.jdbc = jdbc;
                this.node = node;
            }

            @Scheduled(cron = "* * * * * *")
            @SchedulerLock(name = "test.every-second", lockAtMostFor = "PT10S", lockAtLeastFor = "PT0.5S")
            public void run() {
                jdbc.sql("insert into every_second_runs values (date_trunc('second', localtimestamp), :node)")
                        .param("node", node)
                        .update();
            }
        }
    }
}
