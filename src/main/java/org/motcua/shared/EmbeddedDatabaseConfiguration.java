package org.motcua.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded PostgreSQL, used whenever {@code spring.datasource.url} is not set. With a data directory
 * ({@code motcua.embedded-db.data-dir}, {@code ./data/pg} by default) the cluster keeps its data between
 * runs; with an empty one (the tests) a temporary cluster lives as long as the JVM and every application
 * context gets a fresh database in it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgres temporary;

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(EmbeddedDatabaseSettings settings) {
        if (settings.dataDir().isBlank()) {
            return new EmbeddedCluster(temporaryCluster(settings), "motcua_" + CONTEXTS.incrementAndGet(), false);
        }
        Path dir = Path.of(settings.dataDir());
        log.info("Embedded PostgreSQL with data kept in {}", dir.toAbsolutePath());
        return new EmbeddedCluster(start(dir, false, settings), "motcua", true);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedCluster cluster, EmbeddedDatabaseSettings settings) throws SQLException {
        cluster.createDatabaseIfMissing();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster.postgres().getJdbcUrl("postgres", cluster.database()));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(settings.poolSize());
        dataSource.setPoolName("motcua");
        return dataSource;
    }

    /**
     * Starts a cluster in {@code dataDir}; an existing cluster there is reused unless {@code clean}. A server
     * that a dead application left running there is stopped first ({@link LeftoverPostmaster}).
     */
    static EmbeddedPostgres start(Path dataDir, boolean clean, EmbeddedDatabaseSettings settings) {
        try {
            Files.createDirectories(dataDir);
            LeftoverPostmaster.clear(dataDir, Duration.ofMinutes(1));
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("synchronous_commit", settings.synchronousCommit() ? "on" : "off")
                    // After zonky's -F on the command line, so it wins.
                    .setServerConfig("fsync", settings.fsync() ? "on" : "off")
                    .setServerConfig("max_connections", "300")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // Stopped by whoever owns it once the application contexts are closed; zonky's own
                    // hook would race Spring's and leave closing contexts waiting for a dead server.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDir, e);
        }
    }

    /** One temporary cluster per JVM (tests), stopped after every application context has closed. */
    private static synchronized EmbeddedPostgres temporaryCluster(EmbeddedDatabaseSettings settings) {
        if (temporary == null) {
            try {
                EmbeddedPostgres started = start(Files.createTempDirectory("motcua-pg-"), true, settings);
                SpringApplication.getShutdownHandlers().add(() -> closeQuietly(started));
                temporary = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return temporary;
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** A database in an embedded cluster; the cluster stops with the context only when it owns it. */
    record EmbeddedCluster(EmbeddedPostgres postgres, String database, boolean owned) implements AutoCloseable {

        void createDatabaseIfMissing() throws SQLException {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                if (!exists.executeQuery().next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        }

        @Override
        public void close() {
            if (owned) {
                closeQuietly(postgres);
            }
        }
    }

    /**
     * {@code motcua.embedded-db.*}. {@code synchronousCommit} and {@code fsync} are on by default: zonky
     * turns both off (it starts the server with {@code -F}), which can lose transactions the application
     * already acknowledged — or corrupt the cluster — if the machine crashes.
     */
    @ConfigurationProperties("motcua.embedded-db")
    record EmbeddedDatabaseSettings(
            @DefaultValue("./data/pg") String dataDir,
            @DefaultValue("true") boolean synchronousCommit,
            @DefaultValue("true") boolean fsync,
            @DefaultValue("20") int poolSize) {}
}
