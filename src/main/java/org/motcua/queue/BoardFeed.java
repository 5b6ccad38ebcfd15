package org.motcua.queue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Feeds the display boards connected to this node. Every node runs one listener on PostgreSQL's channel
 * {@code queue_board} (LISTEN/NOTIFY): a call committed on any node wakes every node, which reads the
 * center's calls after the last it dispatched and hands them to its boards. The notification is only a
 * wake-up: the rows are the truth, so a lost notification (the listening connection dropped) costs at most
 * one poll interval. Each board has its own queue drained by its own virtual thread, so a slow board never
 * delays the others, and it gets each call once, in order, with the call's {@code seq} as the SSE id.
 */
@Component
public class BoardFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);
    private static final Object HEARTBEAT = new Object();

    private final DataSource dataSource;
    private final QueueStore store;
    private final Duration poll;
    private final Duration timeout;
    private final Map<UUID, Set<Board>> boards = new ConcurrentHashMap<>();
    // the last seq handed to this node's boards, per center
    private final Map<UUID, Long> dispatched = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;
    private Thread heartbeat;

    BoardFeed(
            DataSource dataSource,
            QueueStore store,
            @Value("${motcua.queue.board-poll:2s}") Duration poll,
            @Value("${motcua.queue.board-timeout:30m}") Duration timeout) {
        this.dataSource = dataSource;
        this.store = store;
        this.poll = poll;
        this.timeout = timeout;
    }

    /**
     * A board of the center: first the calls after {@code lastEventId} (a reconnecting board catches up),
     * or the last few when it has seen none, then every new call.
     */
    public SseEmitter subscribe(UUID centerId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Board board = new Board(centerId, emitter);
        emitter.onCompletion(board::close);
        emitter.onTimeout(board::close);
        emitter.onError(e -> board.close());
        // Under the dispatcher's lock: the backlog is queued before any newer call, so the board sees them in
        // order; a call both in the backlog and dispatched later is sent once (the board keeps its last seq).
        synchronized (this) {
            Set<Board> set = boards.computeIfAbsent(centerId, c -> ConcurrentHashMap.newKeySet());
            if (set.isEmpty()) {
                dispatched.put(centerId, store.lastSeq(centerId));
            }
            set.add(board);
            List<BoardCall> backlog =
                    lastEventId == null ? store.lastCalls(centerId, 8) : store.callsAfter(centerId, lastEventId, 500);
            backlog.forEach(board::offer);
        }
        Thread.ofVirtual().name("board-" + centerId).start(board::drain);
        return emitter;
    }

    /** Boards connected to this node (all centers). */
    public int connected() {
        return boards.values().stream().mapToInt(Set::size).sum();
    }

    /** Reads and dispatches the center's new calls (after a notification, or on the poll). */
    void dispatch(UUID centerId) {
        Set<Board> listeners = boards.get(centerId);
        if (listeners == null || listeners.isEmpty()) {
            return;
        }
        synchronized (this) {
            long after = dispatched.getOrDefault(centerId, 0L);
            List<BoardCall> calls = store.callsAfter(centerId, after, 500);
            if (calls.isEmpty()) {
                return;
            }
            dispatched.put(centerId, calls.getLast().seq());
            for (Board board : listeners) {
                calls.forEach(board::offer);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN queue_board");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                boards.keySet().forEach(this::dispatch); // what was missed while not listening
                while (running) {
                    PGNotification[] notes = pg.getNotifications((int) poll.toMillis());
                    if (notes == null || notes.length == 0) {
                        boards.keySet().forEach(this::dispatch); // the poll: a safety net
                        continue;
                    }
                    Set<UUID> centers = new java.util.HashSet<>();
                    for (PGNotification note : notes) {
                        String payload = note.getParameter();
                        int colon = payload.indexOf(':');
                        centers.add(UUID.fromString(colon < 0 ? payload : payload.substring(0, colon)));
                    }
                    centers.forEach(this::dispatch);
                }
            } catch (Exception e) {
                if (running) {
                    log.warn("Display board listener lost its connection; retrying in {}", poll, e);
                    sleep(poll);
                }
            }
        }
    }

    private void beat() {
        while (running) {
            sleep(Duration.ofSeconds(15));
            boards.values().forEach(set -> set.forEach(b -> b.queue.offer(HEARTBEAT)));
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofVirtual().name("board-feed").start(this::listen);
        heartbeat = Thread.ofVirtual().name("board-heartbeat").start(this::beat);
    }

    @Override
    public void stop() {
        running = false;
        if (heartbeat != null) {
            // the listener is not interrupted (that would close its pooled connection under Hikari's feet):
            // it sees "running" false at its next poll, at most board-poll later, and returns the connection
            heartbeat.interrupt();
        }
        boards.values().forEach(set -> set.forEach(b -> b.emitter.complete()));
        boards.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One connected board: its queue, drained in order by its own virtual thread. */
    private final class Board {
        final UUID centerId;
        final SseEmitter emitter;
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(10_000);
        volatile boolean closed;
        long lastSent = -1;

        Board(UUID centerId, SseEmitter emitter) {
            this.centerId = centerId;
            this.emitter = emitter;
        }

        void offer(BoardCall call) {
            if (!queue.offer(call)) {
                close(); // hopelessly behind: it reconnects and catches up with Last-Event-ID
            }
        }

        void drain() {
            try {
                emitter.send(SseEmitter.event().reconnectTime(2_000).comment("connected"));
                while (!closed) {
                    Object next = queue.poll(1, TimeUnit.SECONDS);
                    if (next == HEARTBEAT) {
                        emitter.send(SseEmitter.event().comment("ping"));
                    } else if (next instanceof BoardCall call && call.seq() > lastSent) {
                        emitter.send(SseEmitter.event()
                                .id(Long.toString(call.seq()))
                                .name("call")
                                .data(BoardEvent.of(call), MediaType.APPLICATION_JSON));
                        lastSent = call.seq();
                    }
                }
            } catch (IOException | IllegalStateException e) {
                close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }

        void close() {
            if (!closed) {
                closed = true;
                Set<Board> set = boards.get(centerId);
                if (set != null) {
                    set.remove(this);
                }
                try {
                    emitter.complete();
                } catch (RuntimeException ignored) {
                    // already completed by the container
                }
            }
        }
    }

    /** What a board receives: no ids, no names, only what the hall may see. */
    public record BoardEvent(long seq, String kind, int number, int counter, String group, String at, String spoken) {
        static BoardEvent of(BoardCall c) {
            return new BoardEvent(
                    c.seq(),
                    c.kind().name(),
                    c.number(),
                    c.counterNumber(),
                    c.groupCode(),
                    c.at().toLocalTime().toString(),
                    c.spokenVi());
        }
    }
}
