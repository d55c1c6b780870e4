package nl.kringloop.transparency;

import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore of PostgreSQL as docs/operations.md says (pg_dump -Fc, pg_restore into an empty database): the
 * restored database holds every published version with the same content hash, recomputed from the restored
 * document, and the same log, which the verifier still accepts. (Derby: DerbyBackupTest.)
 */
class BackupRestoreIT {

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHasEveryPublishedVersionWithTheSameHashAndTheSameLog() throws Exception {
        Assumptions.assumeTrue(Databases.postgresql(), "PostgreSQL round only");
        TransparencyLogIT.publishNew(Http.newOrganisation());
        Path dump = Files.createTempFile("kringloop", ".dump");
        String restoredUrl = Databases.PG_URL.replace("/kringloop", "/kringloop_restore");
        try (Connection c = Databases.connect(Databases.PG_URL.replace("/kringloop", "/postgres"))) {
            c.createStatement().execute("drop database if exists kringloop_restore with (force)");
            c.createStatement().execute("create database kringloop_restore");
        }
        run("pg_dump", "-Fc", "-f", dump.toString(), "-d", "kringloop");
        Map<String, String> before;
        Map<Long, String> logBefore;
        try (Connection c = Databases.connect()) {
            before = versions(c);
            logBefore = log(c);
        }
        run("pg_restore", "--no-owner", "-d", "kringloop_restore", dump.toString());
        try (Connection c = Databases.connect(restoredUrl)) {
            Map<String, String> after = versions(c);
            assertThat(after).isEqualTo(before).isNotEmpty();
            assertThat(log(c)).isEqualTo(logBefore);
        }
    }

    /** id -> stored SHA-256, after checking it against the document's canonical JSON */
    static Map<String, String> versions(Connection c) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("select ID, DOCUMENTJSON, SHA256 from KL_PASSPORT_VERSION")) {
            while (rs.next()) {
                String canonical = CanonicalJson.write(jakarta.json.Json.createReader(new StringReader(rs.getString(2))).readObject());
                assertThat(CanonicalJson.sha256(canonical)).as(rs.getString(1)).isEqualTo(rs.getString(3));
                m.put(rs.getString(1), rs.getString(3));
            }
        }
        return m;
    }

    static Map<Long, String> log(Connection c) throws Exception {
        Map<Long, String> m = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("select SEQUENCE, ENTRYHASH from KL_LOG_ENTRY")) {
            while (rs.next()) {
                m.put(rs.getLong(1), rs.getString(2));
            }
        }
        return m;
    }

    /** pg_dump / pg_restore of the newest PostgreSQL installed (same major version as the build's server) */
    static void run(String tool, String... args) throws Exception {
        File[] bins = new File("/usr/lib/postgresql").listFiles();
        String exe = bins == null ? tool : Arrays.stream(bins).map(f -> new File(f, "bin/" + tool))
                .filter(File::canExecute).max(Comparator.comparing(File::getPath)).map(File::getPath).orElse(tool);
        String port = java.net.URI.create(Databases.PG_URL.substring(5)).getPort() + "";
        List<String> cmd = new java.util.ArrayList<>(List.of(exe, "-h", "127.0.0.1", "-p", port, "-U", "kringloop"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", System.getProperty("kringloop.pg.password"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(tool + ": " + out).isZero();
    }
}
