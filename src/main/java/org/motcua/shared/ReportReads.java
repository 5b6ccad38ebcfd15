package org.motcua.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;

/**
 * Where reports read: the streaming replica when one is configured ({@code motcua.replica.url}, with {@code
 * …username} and {@code …password}), so that a leader's yearly figures or an export never compete with the
 * officers' work on the primary; the primary otherwise. Only reads that may lag a little behind the last
 * action use it (the statistics module's figures, late lists and drill-downs). When the replica cannot be
 * reached, or the connection its pool hands out no longer answers, the reads go to the primary, and the
 * replica is tried again {@link #RETRY_AFTER} later: a replica down costs speed, never an answer.
 */
@Component
public class ReportReads implements DisposableBean {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReportReads.class);

    private final JdbcClient jdbc;
    private final HikariDataSource replica;

    ReportReads(
            DataSource primary,
            Clock clock,
            @Value("${motcua.replica.url:}") String url,
            @Value("${motcua.replica.username:}") String username,
            @Value("${motcua.replica.password:}") String password,
            @Value("${motcua.replica.pool-size:5}") int poolSize) {
        if (url.isBlank()) {
            this.replica = null;
            this.jdbc = JdbcClient.create(primary);
        } else {
            HikariDataSource ds = new HikariDataSource();
            ds.setPoolName("replica");
            ds.setJdbcUrl(url);
            ds.setUsername(username);
            ds.setPassword(password);
            ds.setReadOnly(true);
            ds.setMaximumPoolSize(poolSize);
            ds.setMinimumIdle(0);
            // A replica that does not answer must not hold a report for long before the primary takes over.
            ds.setConnectionTimeout(2_000);
            ds.setInitializationFailTimeout(-1); // start even when the replica is down
            this.replica = ds;
            this.jdbc = JdbcClient.create(new ReplicaOrPrimary(ds, primary, clock));
        }
    }

    /** The database reports read from. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Whether a replica is configured (it may still be down). */
    public boolean replicaConfigured() {
        return replica != null;
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }

    /** Connections from the replica; from the primary while the replica cannot be reached. */
    static final class ReplicaOrPrimary extends AbstractDataSource {
        private final HikariDataSource replica;
        private final DataSource primary;
        private final Clock clock;
        private volatile Instant replicaDownUntil = Instant.MIN;

        ReplicaOrPrimary(HikariDataSource replica, DataSource primary, Clock clock) {
            this.replica = replica;
            this.primary = primary;
            this.clock = clock;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (clock.instant().isAfter(replicaDownUntil)) {
                try {
                    Connection connection = replica.getConnection();
                    // A pooled connection may have died with the replica since its last use (the pool checks
                    // only connections idle for more than half a second): one round trip to be sure.
                    if (connection.isValid(1)) {
                        return connection;
                    }
                    replica.evictConnection(connection);
                    throw new SQLException("the replica's connection no longer answers");
                } catch (SQLException e) {
                    replicaDownUntil = clock.instant().plus(RETRY_AFTER);
                    log.warn(
                            "replica unreachable, reports read from the primary for {}: {}",
                            RETRY_AFTER,
                            e.getMessage());
                }
            }
            return primary.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("connections come with the configured credentials");
        }
    }
}
