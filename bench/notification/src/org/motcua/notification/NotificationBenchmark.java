package org.motcua.notification;

import com.icegreen.greenmail.util.GreenMail;
import java.lang.management.ManagementFactory;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.motcua.MotcuaApplication;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierEventReplay;
import org.motcua.dossier.DossierEvents.DossierFacts;
import org.motcua.dossier.DossierEvents.DossierReceived;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.Users;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification throughput from event to provider hand-off (bench/notification/run.sh; docs/benchmarks.md).
 *
 * <p>Starts the whole application in this JVM (demo data, a fresh embedded PostgreSQL with synchronous
 * commit and fsync on, as in production), with its in-process peers: GreenMail takes the e-mail over SMTP,
 * the demo SMSC the SMS over SMPP (and answers with delivery receipts). Counter dossiers are received for
 * applicants with a phone and an e-mail address; their "received" events are then published again and
 * again — each in a transaction of its own through the application's event publisher, as the dossier module
 * publishes them, so each goes through the event publication registry to every listener (notifications
 * and statistics) — with a version of their own, so that each is new to the outbox (one e-mail and one SMS
 * per event). A message counts as handed over when the peer has accepted it.
 *
 * <p>Arguments (name=value): seconds (measured publishing, 30), warmup (seconds, 10), dossiers (100),
 * publishers (threads publishing events, 4); any argument starting with "--" goes to the application.
 */
public final class NotificationBenchmark {

    private static final long VERSION_BASE = 1_000_000_000L;
    private static final AtomicLong versions = new AtomicLong(VERSION_BASE);

    private NotificationBenchmark() {}

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
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int dossierCount = Integer.parseInt(options.getOrDefault("dossiers", "100"));
        int publishers = Integer.parseInt(options.getOrDefault("publishers", "4"));

        Path data = Files.createTempDirectory("motcua-notification-bench-");
        List<String> arguments = new ArrayList<>(List.of(
                "--motcua.demo=true",
                "--server.port=0",
                "--motcua.embedded-db.data-dir=" + data.resolve("pg"),
                "--motcua.documents.storage-dir=" + data.resolve("files"),
                // messages are sent whatever the hour, and no slower than the peers take them
                "--motcua.notification.quiet-from=00:00",
                "--motcua.notification.quiet-until=00:00",
                "--motcua.notification.rate-per-second.EMAIL=1000000",
                "--motcua.notification.rate-per-second.SMS=1000000",
                "--motcua.dossier.watch-interval=1h",
                "--logging.level.root=WARN",
                "--logging.level.org.motcua=WARN"));
        arguments.addAll(appArgs);
        System.out.println("application arguments: " + String.join(" ", arguments));
        long started = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            System.out.printf("application up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            run(app, seconds, warmup, dossierCount, publishers);
        } finally {
            app.close();
            try (Stream<Path> walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void run(ConfigurableApplicationContext app, int seconds, int warmup, int dossierCount, int publishers)
            throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        GreenMail mail = app.getBean(GreenMail.class);
        DemoSmsc smsc = app.getBean(DemoSmsc.class);
        Peers peers = new Peers(mail, smsc);

        // The demo dossiers' own messages, from the start-up, go first.
        drained(jdbc, Duration.ofMinutes(10));
        List<DossierReceived> events = dossiers(app, dossierCount);
        drained(jdbc, Duration.ofMinutes(5));
        System.out.printf("%d dossiers received for the benchmark; the demo's and their messages sent%n", events.size());

        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        ApplicationEventPublisher publisher = app;

        System.out.printf("warm-up: %d s of publishing, then until everything is handed over%n", warmup);
        Phase warm = phase(tx, publisher, events, publishers, warmup, peers, jdbc);
        warm.print("warm-up");

        Phase measured = phase(tx, publisher, events, publishers, seconds, peers, jdbc);
        measured.print("measured");
    }

    /** One phase: publish for {@code seconds}, then wait until every message is handed over. */
    static Phase phase(
            TransactionTemplate tx,
            ApplicationEventPublisher publisher,
            List<DossierReceived> events,
            int threads,
            int seconds,
            Peers peers,
            JdbcClient jdbc)
            throws Exception {
        long mailsBefore = peers.mails();
        long smsBefore = peers.sms();
        Instant createdFrom = Instant.now();
        Cpu cpuBefore = Cpu.now();
        AtomicLong published = new AtomicLong();
        long start = System.nanoTime();
        long stopAt = start + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(Thread.ofPlatform().name("publisher-" + t).start(() -> {
                int i = offset;
                while (System.nanoTime() < stopAt) {
                    DossierReceived event = withVersion(events.get(i % events.size()), versions.incrementAndGet());
                    tx.executeWithoutResult(s -> publisher.publishEvent(event));
                    published.incrementAndGet();
                    i += threads;
                }
            }));
        }
        // Hand-offs are counted in the outbox while running (a message is marked sent once the peer took
        // it; asking GreenMail for its mails every few ms would cost more than sending them), and at the
        // peers at the end.
        java.sql.Timestamp from = java.sql.Timestamp.from(createdFrom);
        for (Thread w : workers) {
            w.join();
        }
        long publishEnd = System.nanoTime();
        long handedWhilePublishing = sent(jdbc, from);
        long expected = 2 * published.get();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        long end;
        while (true) {
            long sent = sent(jdbc, from);
            end = System.nanoTime();
            if (sent >= expected || end > deadline) {
                break;
            }
            Thread.sleep(50);
        }
        Cpu cpu = Cpu.now().minus(cpuBefore);
        long created = jdbc.sql("select count(*) from notification.message where created_at >= ?")
                .param(java.sql.Timestamp.from(createdFrom))
                .query(Long.class)
                .single();
        return new Phase(
                published.get(),
                expected,
                peers.mails() - mailsBefore,
                peers.sms() - smsBefore,
                created,
                (publishEnd - start) / 1e9,
                (end - start) / 1e9,
                handedWhilePublishing,
                cpu,
                end > deadline);
    }

    /** Messages of this phase a peer has taken (marked sent, or delivered by the SMSC's receipt). */
    static long sent(JdbcClient jdbc, java.sql.Timestamp from) {
        return jdbc.sql("select count(*) from notification.message where created_at >= ?"
                        + " and status in ('SENT', 'DELIVERED') and channel in ('EMAIL', 'SMS')")
                .param(from)
                .query(Long.class)
                .single();
    }

    record Phase(
            long events,
            long expected,
            long mails,
            long sms,
            long created,
            double publishSeconds,
            double totalSeconds,
            long handedWhilePublishing,
            Cpu cpu,
            boolean timedOut) {

        void print(String name) {
            long handed = mails + sms;
            System.out.printf(
                    "%s: %d events published in %.1f s (%.0f events/s), %d outbox rows created%n",
                    name, events, publishSeconds, events / publishSeconds, created);
            System.out.printf(
                    "  handed over: %d of %d (%d e-mails to GreenMail, %d SMS to the SMSC) in %.1f s from the first"
                            + " event: %.0f messages/s end to end; %.0f messages/s while events were being"
                            + " published%s%n",
                    handed,
                    expected,
                    mails,
                    sms,
                    totalSeconds,
                    handed / totalSeconds,
                    handedWhilePublishing / publishSeconds,
                    timedOut ? " (TIMED OUT)" : "");
            System.out.printf(
                    "  CPU: this JVM (application, peers, publishers) %.2f ms, PostgreSQL %.2f ms per message;"
                            + " machine busy %.0f %% of %d cores, load %s%n",
                    cpu.jvmMs / Math.max(1, handed),
                    cpu.postgresMs / Math.max(1, handed),
                    100.0 * cpu.busyTicks / Math.max(1, cpu.totalTicks),
                    Runtime.getRuntime().availableProcessors(),
                    cpu.load);
        }
    }

    /** The peers' counts: what they accepted. */
    record Peers(GreenMail mail, DemoSmsc smsc) {
        long mails() {
            return mail.getReceivedMessages().length;
        }

        long sms() {
            return smsc.taken();
        }

        long total() {
            return mails() + sms();
        }
    }

    /** Waits until nothing is due in the outbox and every notification listener has completed. */
    static void drained(JdbcClient jdbc, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() < deadline) {
            long pending = jdbc.sql("select count(*) from notification.message where status = 'PENDING'"
                            + " and next_attempt_at <= now() + interval '5 minutes'")
                    .query(Long.class)
                    .single();
            long incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class)
                    .single();
            quiet = pending == 0 && incomplete == 0 ? quiet + 1 : 0;
            Thread.sleep(1_000);
        }
    }

    /** Receives {@code count} counter dossiers for applicants with a phone and an e-mail; their events. */
    static List<DossierReceived> dossiers(ConfigurableApplicationContext app, int count) {
        Catalog catalog = app.getBean(Catalog.class);
        Dossiers dossiers = app.getBean(Dossiers.class);
        Actor desk = Actor.person(app.getBean(Users.class).findByUsername("tiepnhan").orElseThrow());
        UUID procedure = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow().id();
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String n = String.format("%07d", i);
            ids.add(dossiers.submit(
                            new Submit(
                                    procedure,
                                    Channel.COUNTER,
                                    center,
                                    new Applicant(
                                            Applicant.ApplicantType.CITIZEN,
                                            "Người Thử " + i,
                                            Applicant.IdType.CCCD,
                                            "09" + String.format("%010d", i),
                                            null,
                                            null,
                                            "0918" + n.substring(1),
                                            "thu-" + i + "@bench.example.vn",
                                            "Phường Hồng Sơn"),
                                    null,
                                    DeliveryMethod.COUNTER,
                                    null,
                                    List.of(new DocumentInput(
                                            1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                            List.of(),
                            desk,
                            null)
                    .id());
        }
        List<DossierReceived> events = new ArrayList<>();
        app.getBean(DossierEventReplay.class).replay(e -> {
            if (e instanceof DossierReceived r && ids.contains(r.facts().dossierId())) {
                events.add(r);
            }
        });
        return events;
    }

    /** The same event with another version of the dossier: a new event key, so new messages. */
    static DossierReceived withVersion(DossierReceived event, long version) {
        try {
            RecordComponent[] components = DossierFacts.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("version")
                        ? version
                        : components[i].getAccessor().invoke(event.facts());
            }
            return new DossierReceived(
                    DossierFacts.class.getDeclaredConstructor(types).newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU used: this JVM, the PostgreSQL server (postmaster and backends), the machine (/proc, Linux). */
    record Cpu(double jvmMs, double postgresMs, long busyTicks, long totalTicks, String load) {

        static Cpu now() {
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1e6;
            long[] machine = machine();
            return new Cpu(jvm, postgres(), machine[0], machine[1], loadAverage());
        }

        Cpu minus(Cpu before) {
            return new Cpu(
                    jvmMs - before.jvmMs,
                    postgresMs - before.postgresMs,
                    busyTicks - before.busyTicks,
                    totalTicks - before.totalTicks,
                    before.load + " → " + load);
        }

        /** Every postgres process's time, exited backends included (collected by the postmaster). */
        static double postgres() {
            double ms = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.toList()) {
                    try {
                        String comm = Files.readString(p.resolve("comm")).strip();
                        if (!comm.equals("postgres") && !comm.equals("postmaster")) {
                            continue;
                        }
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime, stime (fields 14, 15) and, for the postmaster, cutime and cstime (16, 17)
                        ms += (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                        + Long.parseLong(f[14]))
                                * 10.0;
                    } catch (Exception notOneOfOurs) {
                        // gone, or not readable
                    }
                }
            } catch (Exception e) {
                return -1;
            }
            return ms;
        }

        static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (Exception e) {
                return new long[] {0, 1};
            }
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (Exception e) {
                return "?";
            }
        }
    }
}
