package org.motcua.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory caches of several application nodes on one database in step. A module that
 * caches what its administrators change registers what to forget ({@link #onChangeElsewhere}) and says
 * so whenever the cached data changes ({@link #changed}); the other nodes then forget it as soon as the
 * change commits. The node that made the change forgets on its own, after its commit, as before.
 *
 * <p>Carried by PostgreSQL's {@code NOTIFY}, which is transactional: sent when the change commits,
 * never after a rollback. Each node listens on a connection of its own, next to its pool; when that
 * connection breaks, the node reconnects and forgets every registered cache, since it may have missed
 * changes meanwhile.
 */
@Component
public class CacheChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheChanges.class);
    static final String CHANNEL = "motcua_cache_changes";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Runnable>> forgets = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    CacheChanges(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** What this node forgets when {@code cache} changed on another node. */
    public void onChangeElsewhere(String cache, Runnable forget) {
        forgets.computeIfAbsent(cache, any -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /** Tells the other nodes that {@code cache} changed, once the running transaction commits (at once without one). */
    public void changed(String cache) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", node + " " + cache)
                .query((rs, n) -> n)
                .list();
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("cache-changes").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        try {
            // The listener looks at `running` at least every second.
            listener.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean reconnect = false;
        while (running) {
            try (Connection connection = listeningConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                if (reconnect) {
                    forgets.keySet().forEach(this::forget);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1_000);
                    for (PGNotification n : received == null ? new PGNotification[0] : received) {
                        String[] nodeAndCache = n.getParameter().split(" ", 2);
                        if (nodeAndCache.length == 2 && !nodeAndCache[0].equals(node)) {
                            forget(nodeAndCache[1]);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for cache changes of other nodes failed; trying again in a second", e);
                    reconnect = true;
                    pause();
                }
            }
        }
    }

    /**
     * A connection outside the pool, with the pool's settings: it is held for as long as the node runs, and
     * one that broke must not go back into the pool.
     */
    private Connection listeningConnection() throws SQLException {
        HikariDataSource pool =
                dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        if (pool == null || pool.getJdbcUrl() == null) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    private void forget(String cache) {
        for (Runnable forget : forgets.getOrDefault(cache, List.of())) {
            try {
                forget.run();
            } catch (RuntimeException e) {
                log.warn("Forgetting the cache {} after a change on another node failed", cache, e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
