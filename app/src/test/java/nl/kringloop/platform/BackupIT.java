package nl.kringloop.platform;

import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.stream.Stream;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's online backup of the embedded Derby database through the running server (docs/operations.md). */
class BackupIT {

    static final boolean DERBY = "derby".equals(System.getProperty("kringloop.database", "derby"));

    @Test
    void theAdministratorTakesAnOnlineBackupThatHoldsWhatWasPublished() throws Exception {
        Http.Org org = Http.newOrganisation();
        String id = PassportIT.create(org, PassportIT.document(Http.unique("Backed up"), ""));
        String sha = as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200).extract()
                .path("contentSha256");
        assertProblem(anonymous().post("/api/admin/backups"), 401, "unauthorized");
        assertProblem(as(org.token()).post("/api/admin/backups"), 403, "forbidden");
        if (!DERBY) {
            assertProblem(Http.admin().post("/api/admin/backups"), 409, "conflict");
            return;
        }
        var r = Http.admin().post("/api/admin/backups").then().statusCode(201).extract().jsonPath();
        Path copy = Path.of(r.getString("path"));
        assertThat(r.getLong("sizeBytes")).isPositive();
        // the copy is one database folder (Derby names it after the database) that opens as a database
        Path database;
        try (Stream<Path> s = Files.list(copy)) {
            database = s.filter(p -> Files.exists(p.resolve("service.properties"))).findFirst().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database + ";readonly=true");
             PreparedStatement q = c.prepareStatement("select SHA256 from KL_PASSPORT_VERSION where ID = ?")) {
            q.setString(1, id + "/1");
            ResultSet rs = q.executeQuery();
            assertThat(rs.next()).as("the version published before the backup is in it").isTrue();
            assertThat(rs.getString(1)).isEqualTo(sha);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a successful shutdown as an exception
            }
        }
    }
}
