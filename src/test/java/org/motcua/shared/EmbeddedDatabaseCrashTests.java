package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.shared.EmbeddedDatabaseConfiguration.EmbeddedDatabaseSettings;

/**
 * The Java process dies ({@code kill -9}) while its embedded PostgreSQL keeps running: the next start
 * stops that server, starts afresh and finds everything committed. The dying application is a separate
 * JVM (this class's {@link #main}), killed the way an operator or the kernel would kill it.
 */
class EmbeddedDatabaseCrashTests {

    private static final String NOTE = "Hồ sơ 000.00.01.H41-261203-0001";

    @TempDir
    Path dataDir;

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndTheDataIsKept() throws Exception {
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseCrashTests.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // the child's log
            }
            assertThat(line).as("the child application started its database").isEqualTo("ready");
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to stop the server
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long leftover = postmasterPid();
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("the server outlives the application")
                .contains(true);

        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDir, false, settings());
                Connection c = restarted.getPostgresDatabase().getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select note from kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(NOTE);
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(postmasterPid()).isNotEqualTo(leftover);
        }
    }

    @Test
    void aPidFileNamingAnotherProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
        EmbeddedDatabaseConfiguration.start(dataDir, false, settings()).close();
        // After a reboot the old server's number may belong to anything, e.g. this sleep.
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(
                    dataDir.resolve("postmaster.pid"),
                    other.pid() + "\n" + dataDir + "\n1764000000\n5432\n/tmp\nlocalhost\n  1234567  7\nready   \n");
            try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(dataDir, false, settings());
                    Connection c = pg.getPostgresDatabase().getConnection()) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
        }
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsNoObstacle() throws Exception {
        EmbeddedDatabaseConfiguration.start(dataDir, false, settings()).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDir.resolve("postmaster.pid"), gone.pid() + "\n" + dataDir + "\n");
        try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(dataDir, false, settings());
                Connection c = pg.getPostgresDatabase().getConnection()) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void aServerOfARunningApplicationIsNeverTouched() throws Exception {
        try (EmbeddedPostgres running = EmbeddedDatabaseConfiguration.start(dataDir, false, settings())) {
            long pid = postmasterPid();
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(dataDir, false, settings()))
                    .hasMessageContaining("belongs to another running motcua");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
            try (Connection c = running.getPostgresDatabase().getConnection()) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
    }

    private static EmbeddedDatabaseSettings settings() {
        return new EmbeddedDatabaseSettings("unused", true, true, 5);
    }

    /** The application that dies: starts the cluster in {@code args[0]}, commits a row, says so, waits. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(Path.of(args[0]), false, settings());
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('" + NOTE + "')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
