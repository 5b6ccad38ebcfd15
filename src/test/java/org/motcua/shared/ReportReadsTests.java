package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.time.Year;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.motcua.statistics.PublicFigures;
import org.motcua.statistics.Statistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reports read from the replica when one is configured, and from the primary while it is down. The
 * "replica" here is a second PostgreSQL with the same schema and none of the primary's rows (what makes it
 * a copy, streaming replication, is PostgreSQL's): a figure read there comes out empty, read from the
 * primary it counts the demo dossiers.
 */
@SpringBootTest(properties = "motcua.demo=true")
class ReportReadsTests {

    static EmbeddedPostgres replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) throws Exception {
        replica = EmbeddedPostgres.builder().start();
        try (Connection c = replica.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database motcua encoding 'UTF8' template template0");
        }
        Flyway.configure()
                .dataSource(replica.getDatabase("postgres", "motcua"))
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        registry.add("motcua.replica.url", () -> replica.getJdbcUrl("postgres", "motcua"));
        registry.add("motcua.replica.username", () -> "postgres");
        registry.add("motcua.replica.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        replica.close();
    }

    @Autowired
    Statistics statistics;

    @Autowired
    ReportReads reads;

    @Test
    void figuresAreReadFromTheReplicaAndFromThePrimaryWhileItIsDown() throws IOException {
        int year = Year.now(Vietnam.ZONE.getRules().getOffset(java.time.Instant.now()))
                .getValue();
        assertThat(reads.replicaConfigured()).isTrue();

        assertThat(received(year))
                .as("read on the replica, which holds no dossier")
                .isZero();

        replica.close();
        assertThat(received(year))
                .as("read on the primary, with the demo dossiers")
                .isPositive();
    }

    private long received(int year) {
        return statistics.publicFigures(year).stream()
                .mapToLong(PublicFigures::received)
                .sum();
    }
}
