package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.shared.EmbeddedDatabaseConfiguration.EmbeddedDatabaseSettings;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedClusterKeepsItsDataCommitsSynchronouslyAndFsyncs() throws Exception {
        var settings = new EmbeddedDatabaseSettings(dataDir.toString(), true, true, 5);
        try (EmbeddedPostgres first = EmbeddedDatabaseConfiguration.start(dataDir, false, settings);
                Connection c = first.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (note text)");
            c.createStatement().execute("insert into kept values ('Hồ sơ 000.00.01.H41-260315-0007')");
            ResultSet sync = c.createStatement().executeQuery("show synchronous_commit");
            sync.next();
            assertThat(sync.getString(1)).isEqualTo("on");
            // zonky starts the server with -F (no fsync); the settings must win over it.
            ResultSet fsync = c.createStatement().executeQuery("show fsync");
            fsync.next();
            assertThat(fsync.getString(1)).isEqualTo("on");
        }
        try (EmbeddedPostgres second = EmbeddedDatabaseConfiguration.start(dataDir, false, settings);
                Connection c = second.getPostgresDatabase().getConnection()) {
            ResultSet rs = c.createStatement().executeQuery("select note from kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hồ sơ 000.00.01.H41-260315-0007");
        }
    }

    @Test
    void searchExtensionsAreAvailable() throws Exception {
        var settings = new EmbeddedDatabaseSettings(dataDir.toString(), true, true, 5);
        try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(dataDir, true, settings);
                Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create extension unaccent");
            c.createStatement().execute("create extension pg_trgm");
            ResultSet rs = c.createStatement().executeQuery("select unaccent('Cấp giấy phép xây dựng')");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Cap giay phep xay dung");
        }
    }
}
