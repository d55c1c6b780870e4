package nl.kringloop.platform;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derby's backup as docs/operations.md says: SYSCS_UTIL.SYSCS_BACKUP_DATABASE while the database is open (a
 * consistent copy), then the copy opened as the database. Every published version and log entry is in it as it was.
 */
class DerbyBackupTest {

    @Test
    void anOnlineBackupOpensAsADatabaseWithEveryPublishedVersionAndLogEntry() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "derby-backup");
        EmbeddedDataSource live = new EmbeddedDataSource();
        live.setDatabaseName(dir.resolve("kringloop-db").toAbsolutePath().toString());
        live.setCreateDatabase("create");
        Migrations.migrate(live, getClass().getClassLoader());
        try (Connection c = live.getConnection()) {
            for (int i = 1; i <= 3; i++) {
                try (PreparedStatement s = c.prepareStatement("insert into KL_PASSPORT_VERSION (ID, DOCUMENTJSON, NUMBER,"
                        + " PASSPORTID, PUBLISHEDAT, PUBLISHEDBY, SHA256) values (?, ?, 1, ?, CURRENT_TIMESTAMP, 'x', ?)")) {
                    s.setString(1, "p" + i + "/1");
                    s.setString(2, "{\"n\":" + i + "}");
                    s.setString(3, "p" + i);
                    s.setString(4, Integer.toString(i).repeat(64));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("insert into KL_LOG_ENTRY values (?, 't', 'passport-version', ?, 1, ?, ?, ?)")) {
                    s.setLong(1, i);
                    s.setString(2, "p" + i);
                    s.setString(3, Integer.toString(i).repeat(64));
                    s.setString(4, "p".repeat(64));
                    s.setString(5, "e".repeat(64));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                s.setString(1, dir.resolve("backup").toAbsolutePath().toString());
                s.execute();
            }
        }
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(dir.resolve("backup").resolve("kringloop-db").toAbsolutePath().toString());
        try (Connection live2 = live.getConnection(); Connection copy = restored.getConnection()) {
            String versions = "select ID, SHA256, DOCUMENTJSON from KL_PASSPORT_VERSION order by ID";
            String log = "select SEQUENCE, CONTENTHASH, ENTRYHASH from KL_LOG_ENTRY order by SEQUENCE";
            assertThat(rows(copy, versions)).hasSize(3).isEqualTo(rows(live2, versions));
            assertThat(rows(copy, log)).hasSize(3).isEqualTo(rows(live2, log));
        }
    }

    private static List<List<String>> rows(Connection c, String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }
}
