package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.motcua.MotcuaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * Production runs on an external PostgreSQL, not the embedded one: here Debian's own server (the {@code
 * postgresql} package, version 15 on Debian 12, which {@code .ci/run} installs) in a throw-away cluster,
 * with the role, database and extensions set up as {@code docs/operations.md} says. The application
 * migrates it, loads the demo data and answers a diacritics-insensitive catalog search (unaccent, pg_trgm).
 * Runs where Debian's cluster tools are installed and the build runs as root (as in CI); skipped elsewhere.
 */
@EnabledIf("debianPostgresql")
class ExternalPostgresTests {

    private static final String CLUSTER =
            "motcua-test-" + ProcessHandle.current().pid();
    private static String version;
    private static int port;

    static boolean debianPostgresql() {
        return Files.isExecutable(Path.of("/usr/bin/pg_createcluster"))
                && "root".equals(System.getProperty("user.name"))
                && installedVersion() != null;
    }

    private static String installedVersion() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(p -> p.getFileName().toString())
                    .filter(v -> Files.isExecutable(Path.of("/usr/lib/postgresql", v, "bin", "postgres")))
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    @BeforeAll
    static void startCluster() throws Exception {
        version = installedVersion();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(
                "pg_createcluster",
                version,
                CLUSTER,
                "-p",
                Integer.toString(port),
                "--",
                "--auth-local=peer",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8");
        run("pg_ctlcluster", version, CLUSTER, "start");
        psql(
                "postgres",
                "create role motcua login password 'motcua-test'",
                "create database motcua owner motcua encoding 'UTF8' template template0");
        psql("motcua", "create extension if not exists unaccent", "create extension if not exists pg_trgm");
    }

    @AfterAll
    static void dropCluster() throws Exception {
        if (version != null) {
            run("pg_dropcluster", version, CLUSTER, "--stop");
        }
    }

    @Test
    void theApplicationMigratesDebiansPostgresqlLoadsItsDataAndSearchesWithoutDiacritics() {
        try (ConfigurableApplicationContext app = SpringApplication.run(
                MotcuaApplication.class,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/motcua",
                "--spring.datasource.username=motcua",
                "--spring.datasource.password=motcua-test",
                "--motcua.demo=true",
                "--server.port=0")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("show server_version").query(String.class).single())
                    .startsWith(version + ".");
            long migrations = db.sql("select count(*) from public.flyway_schema_history where success")
                    .query(Long.class)
                    .single();
            assertThat(migrations).isGreaterThanOrEqualTo(30);
            assertThat(db.sql("select count(*) from dossier.dossier")
                            .query(Long.class)
                            .single())
                    .isPositive();

            int http = ((WebServerApplicationContext) app).getWebServer().getPort();
            String found = RestClient.create("http://127.0.0.1:" + http)
                    .get()
                    .uri("/api/v1/procedures?q=ly lich tu phap")
                    .retrieve()
                    .body(String.class);
            List<String> names = JsonPath.read(found, "$.items[*].name");
            assertThat(names).anySatisfy(n -> assertThat(n).contains("lý lịch tư pháp"));
        }
    }

    private static void psql(String database, String... statements) throws Exception {
        for (String sql : statements) {
            run(
                    "runuser",
                    "-u",
                    "postgres",
                    "--",
                    "psql",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-p",
                    Integer.toString(port),
                    "-d",
                    database,
                    "-c",
                    sql);
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
