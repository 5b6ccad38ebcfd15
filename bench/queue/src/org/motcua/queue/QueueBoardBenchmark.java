package org.motcua.queue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.motcua.MotcuaApplication;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.motcua.catalog.CounterDraft;
import org.motcua.catalog.CounterView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** See run.sh. Not a test: prints figures for docs/benchmarks.md. */
public final class QueueBoardBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\"number\":(\\d+)");

    private QueueBoardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> appArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                appArgs.add(a);
            } else if (a.contains("=")) {
                options.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        int boards = Integer.parseInt(options.getOrDefault("boards", "200"));
        int consoles = Integer.parseInt(options.getOrDefault("consoles", "4"));
        int calls = Integer.parseInt(options.getOrDefault("calls", "50"));
        int pause = Integer.parseInt(options.getOrDefault("pause", "100"));
        Path data = Files.createTempDirectory("motcua-queue-bench-");
        List<String> arguments = new ArrayList<>(List.of(
                "--motcua.demo=true",
                "--server.port=0",
                "--motcua.embedded-db.data-dir=" + data.resolve("pg"),
                "--motcua.documents.storage-dir=" + data.resolve("files"),
                "--server.tomcat.max-connections=" + (boards + 200),
                "--logging.level.root=WARN",
                "--logging.level.org.motcua=WARN"));
        arguments.addAll(appArgs);
        System.out.printf("boards=%d consoles=%d calls=%d pause=%d ms%n", boards, consoles, calls, pause);
        ConfigurableApplicationContext app =
                new SpringApplicationBuilder(MotcuaApplication.class).run(arguments.toArray(String[]::new));
        try {
            run(app, boards, consoles, calls, pause);
        } finally {
            app.close();
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(ConfigurableApplicationContext app, int boards, int consoles, int calls, int pause)
            throws Exception {
        Tickets tickets = app.getBean(Tickets.class);
        Catalog catalog = app.getBean(Catalog.class);
        CatalogAdministration administration = app.getBean(CatalogAdministration.class);
        Users users = app.getBean(Users.class);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();

        List<CurrentUser> officers = new ArrayList<>();
        List<UUID> counters = new ArrayList<>();
        for (int i = 0; i < consoles; i++) {
            CurrentUser o = users.assignAgencies(
                    users.create("bench-" + i, "bench-password", "Bench " + i, Set.of(Role.RECEPTION_OFFICER)).id(),
                    Set.of(center));
            CounterView c = administration.saveCounter(
                    center, null, new CounterDraft(900 + i, "Bench " + i, Set.of(), Set.of(), Set.of(o.id()), true));
            officers.add(o);
            counters.add(c.id());
        }
        CounterGroup group = new CounterGroup(
                UUID.randomUUID(), center, "Z", "Bench", "Bench", List.of(), counters, true, 30, 4, 15);
        tickets.saveGroup(group);

        // the boards
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger received = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        CountDownLatch connected = new CountDownLatch(boards);
        HttpClient http = HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/public/queue/boards/" + center + "/events?after="
                + tickets.lastBoardSeq(center));
        List<Thread> readers = new ArrayList<>();
        for (int b = 0; b < boards; b++) {
            readers.add(Thread.ofVirtual().start(() -> {
                Set<Integer> seen = new java.util.HashSet<>();
                try {
                    HttpResponse<java.io.InputStream> response = http.send(
                            HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            if (line.startsWith(":connected")) {
                                connected.countDown();
                            } else if (line.startsWith("data:")) {
                                long now = System.nanoTime();
                                Matcher m = NUMBER.matcher(line);
                                if (m.find()) {
                                    int n = Integer.parseInt(m.group(1));
                                    Long t0 = sentAt.get(n);
                                    if (t0 != null) {
                                        if (!seen.add(n)) {
                                            duplicates.incrementAndGet();
                                        }
                                        latencies.add(now - t0);
                                        received.incrementAndGet();
                                    }
                                }
                            }
                        }
                    }
                } catch (Exception e) {
                    // closed at the end
                }
            }));
        }
        long connectStart = System.nanoTime();
        if (!connected.await(120, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d boards connected%n", boards - connected.getCount(), boards);
        }
        System.out.printf("%d boards connected in %.1f s (the feed holds %d)%n",
                boards, (System.nanoTime() - connectStart) / 1e9, app.getBean(BoardFeed.class).connected());

        // the consoles
        List<Thread> desks = new ArrayList<>();
        List<Long> callTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (CurrentUser officer : officers) {
            desks.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < calls; i++) {
                    Ticket t = tickets.issue(group.id(), TicketSource.KIOSK);
                    long t0 = System.nanoTime();
                    sentAt.put(t.number(), t0);
                    Ticket called;
                    try {
                        called = tickets.callNext(officer);
                    } catch (RuntimeException e) {
                        continue; // another console took the one just issued: ours waits for the next call
                    }
                    callTimes.add(System.nanoTime() - t0);
                    sentAt.putIfAbsent(called.number(), t0);
                    tickets.finish(called.id(), officer);
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        for (Thread d : desks) {
            d.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int expected = callTimes.size() * boards;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        List<Long> callSorted = new ArrayList<>(callTimes);
        callSorted.sort(null);
        System.out.printf("calls: %d in %.1f s (%.1f/s); events delivered: %d of %d expected, duplicates %d%n",
                callTimes.size(), seconds, callTimes.size() / seconds, received.get(), expected, duplicates.get());
        System.out.printf("console call (transaction incl. board row + NOTIFY): p50 %.1f ms, p99 %.1f ms%n",
                pct(callSorted, 0.5), pct(callSorted, 0.99));
        System.out.printf("board update latency (call start → event read by the board): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(sorted, 0.5), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        readers.forEach(Thread::interrupt);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
