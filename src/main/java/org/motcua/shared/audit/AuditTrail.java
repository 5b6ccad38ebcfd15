package org.motcua.shared.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who read or changed whose personal data: the one door every module calls (the dossier module
 * where a person's dossier is found for them and where a dossier is saved, the identity module where an
 * account is shown or saved). Who, from which address and in which request are taken from the running
 * request; outside one (a scheduled job) the actor is {@code system}.
 *
 * <p>A change is staged in the caller's transaction: it is recorded exactly when the change is. A read
 * is queued in memory and written by a background thread in batches (one insert per batch, at most {@link
 * #BATCH} events, about every {@link #PAUSE_MS} ms under load): the request pays for building the event
 * only. A dossier page that reads the same dossier several times records one read. A crash loses the reads
 * of the last moment (those still queued), never a change. {@link AuditChain} seals staged events into the
 * hash chain.
 */
@Component
public class AuditTrail implements SmartLifecycle {

    public static final String DOSSIER = "dossier";
    public static final String ACCOUNT = "account";
    public static final String READ = "read";
    public static final String LIST = "list";

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";
    static final int BATCH = 1000;
    static final long PAUSE_MS = 100;

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final String READS_IN_REQUEST = AuditTrail.class.getName() + ".reads";
    private static final String INSERT = "insert into shared.audit_staged"
            + " (at, actor, action, subject_type, subject, subject_alias, person, address, trace_id, detail)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectProvider<AuditActor> actors;
    private final BlockingQueue<Event> reads = new LinkedBlockingQueue<>(100_000);
    /** Reads queued and not yet written (in the queue or in the batch being written). */
    private final AtomicLong unwritten = new AtomicLong();

    private final Object writing = new Object();
    /** The identity module's, found once at start (a lookup per read cost microseconds). */
    private volatile AuditActor actorSource;

    private volatile boolean running;
    private Thread writer;

    AuditTrail(JdbcTemplate jdbc, Clock clock, ObjectProvider<AuditActor> actors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
    }

    /**
     * What was read or changed, and whose personal data it holds.
     *
     * @param type {@link #DOSSIER}, {@link #ACCOUNT} …
     * @param id a dossier's code (its reference before it has one), an account's user name
     * @param alias another name of it: a dossier's reference beside its code
     * @param person whose data: an applicant's ID number or tax code, an account's user name
     */
    public record Subject(String type, String id, String alias, String person) {

        public static Subject dossier(String code, String reference, String person) {
            return code == null
                    ? new Subject(DOSSIER, reference, null, person)
                    : new Subject(DOSSIER, code, reference, person);
        }

        public static Subject account(String username) {
            return new Subject(ACCOUNT, username, null, username);
        }
    }

    /** An event before it is sealed. */
    record Event(
            Instant at, String actor, String action, Subject subject, String address, String traceId, String detail) {}

    /** The current actor read {@code subject}. Recorded once per subject and request. */
    public void read(Subject subject) {
        queueRead(READ, subject);
    }

    /**
     * The current actor saw {@code subject} in a list (a worklist line with the applicant's name): recorded
     * as {@link #LIST}, once per subject and request, apart from opening it ({@link #READ}).
     */
    public void listed(Subject subject) {
        queueRead(LIST, subject);
    }

    private void queueRead(String action, Subject subject) {
        if (!firstInRequest(action + ':' + subject.type() + ':' + subject.id())) {
            return;
        }
        Event event = event(null, action, subject, null);
        unwritten.incrementAndGet();
        try {
            reads.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unwritten.decrementAndGet();
            stage(List.of(event));
        }
    }

    /**
     * The current actor (or {@code actor} when given, e.g. {@code system:scheduler}) made a change, {@code
     * action}, to {@code subject}; recorded in the caller's transaction. {@code detail} says what changed,
     * never a secret.
     */
    public void changed(String actor, String action, Subject subject, String detail) {
        stage(List.of(event(actor, action, subject, detail)));
    }

    /** As {@link #changed(String, String, Subject, String)} by the current actor. */
    public void changed(String action, Subject subject, String detail) {
        changed(null, action, subject, detail);
    }

    /** Writes every read queued so far (before the chain is sealed and checked, and in tests). */
    public void flush() {
        synchronized (writing) {
            List<Event> batch = new ArrayList<>();
            reads.drainTo(batch);
            write(batch);
        }
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (unwritten.get() > 0 && System.nanoTime() < waitUntil) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Event event(String actor, String action, Subject subject, String detail) {
        HttpServletRequest request = request();
        return new Event(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor != null ? actor : currentActor(request != null),
                action,
                subject,
                request == null ? null : request.getRemoteAddr(),
                MDC.get("traceId"),
                detail);
    }

    private String currentActor(boolean inRequest) {
        AuditActor provided = actorSource;
        String name = provided != null ? provided.current() : null;
        if (name == null) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                name = auth.getName();
            }
        }
        return name != null ? name : inRequest ? ANONYMOUS : SYSTEM;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest()
                : null;
    }

    private static boolean firstInRequest(String key) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Set<String> seen = (Set<String>) attributes.getAttribute(READS_IN_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (seen == null) {
            seen = new HashSet<>();
            attributes.setAttribute(READS_IN_REQUEST, seen, RequestAttributes.SCOPE_REQUEST);
        }
        return seen.add(key);
    }

    private void stage(List<Event> events) {
        jdbc.batchUpdate(INSERT, events, events.size(), (ps, e) -> {
            ps.setTimestamp(1, Timestamp.from(e.at()));
            ps.setString(2, e.actor());
            ps.setString(3, e.action());
            ps.setString(4, e.subject().type());
            ps.setString(5, e.subject().id());
            ps.setString(6, e.subject().alias());
            ps.setString(7, e.subject().person());
            ps.setString(8, e.address());
            ps.setString(9, e.traceId());
            ps.setString(10, e.detail());
        });
    }

    /** Writes a batch of reads, retrying while the application runs (the database may be restarting). */
    private void write(List<Event> batch) {
        while (!batch.isEmpty()) {
            try {
                stage(batch);
                unwritten.addAndGet(-batch.size());
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    log.error("{} recorded reads could not be written to the audit trail", batch.size(), e);
                    unwritten.addAndGet(-batch.size());
                    return;
                }
                log.warn("Recorded reads not written to the audit trail yet; trying again", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void writeContinuously() {
        List<Event> batch = new ArrayList<>(BATCH);
        while (running || !reads.isEmpty()) {
            try {
                Event first = reads.poll(PAUSE_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                synchronized (writing) {
                    batch.add(first);
                    reads.drainTo(batch, BATCH - 1);
                    write(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                // stop() interrupts a waiting writer: what is left is written below
            }
        }
    }

    @Override
    public void start() {
        actorSource = actors.getIfAvailable();
        running = true;
        writer = Thread.ofPlatform().daemon().name("audit-writer").start(this::writeContinuously);
    }

    /** Writes what is queued before the database closes (the web server has stopped taking requests). */
    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the web server and stopped after it, so that no request's read is queued too late. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
