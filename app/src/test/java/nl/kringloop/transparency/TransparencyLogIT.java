package nl.kringloop.transparency;

import io.restassured.path.json.JsonPath;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency log through the running server: each publication appended and chained, the checkpoint signed
 * with the served key, the repository's verifier content with the live log and with an export, and (PostgreSQL
 * round, where the test can reach the database) reporting exactly the entry whose stored version was altered by
 * direct SQL, and the gap a deleted entry leaves.
 */
public class TransparencyLogIT {

    static String publishNew(Http.Org org) {
        String id = PassportIT.create(org, PassportIT.document(Http.unique("Logged"), ""));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> entryOf(String id, int version) {
        JsonPath page = anonymous().get("/api/log?from=1&limit=1000").then().statusCode(200).extract().jsonPath();
        while (page.getString("next") != null) {
            page = anonymous().get(page.getString("next")).then().statusCode(200).extract().jsonPath();
        }
        // the newest entries are on the last page; publications of this test are among them
        List<Map<String, Object>> entries = page.getList("entries");
        return entries.stream().filter(e -> id.equals(e.get("id")) && ((Number) e.get("version")).intValue() == version)
                .findFirst().orElseThrow(() -> new AssertionError("no log entry for " + id + " v" + version));
    }

    @Test
    void eachPublishedVersionIsAppendedWithItsContentHashAndChainedToThePreviousEntry() {
        Http.Org org = Http.newOrganisation();
        String id = publishNew(org);
        String sha = anonymous().get("/api/passports/" + id + "/versions/1").then().extract().path("contentSha256");
        Map<String, Object> e = entryOf(id, 1);
        assertThat(e.get("kind")).isEqualTo("passport-version");
        assertThat(e.get("contentHash")).isEqualTo(sha);
        long n = ((Number) e.get("sequence")).longValue();
        // entryHash = SHA-256 of the canonical JSON of the other seven fields
        String canonical = TransparencyLog.entryJson(n, (String) e.get("time"), "passport-version", id, 1, sha,
                (String) e.get("previousHash"));
        assertThat(e.get("entryHash")).isEqualTo(CanonicalJson.sha256(canonical));
        if (n > 1) {
            String before = anonymous().get("/api/log?from=" + (n - 1) + "&limit=1").then().extract().path("entries[0].entryHash");
            assertThat(e.get("previousHash")).isEqualTo(before);
        }
    }

    @Test
    void theCheckpointCoversTheHeadAndIsSignedWithTheServedEd25519Key() throws Exception {
        String id = publishNew(Http.newOrganisation());
        long n = ((Number) entryOf(id, 1).get("sequence")).longValue();
        JsonPath cp = anonymous().get("/api/log/checkpoint").then().statusCode(200).extract().jsonPath();
        assertThat(cp.getLong("sequence")).isGreaterThanOrEqualTo(n);
        JsonPath key = anonymous().get("/api/log/key").then().statusCode(200).extract().jsonPath();
        assertThat(key.getString("keyId")).isEqualTo(cp.getString("keyId"));
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(key.getString("publicKey")))));
        String signed = TransparencyLog.checkpointJson(cp.getLong("sequence"), cp.getString("entryHash"),
                cp.getString("time"), cp.getString("keyId"));
        assertThat(cp.getString("signed")).isEqualTo(signed);
        s.update(signed.getBytes(StandardCharsets.UTF_8));
        assertThat(s.verify(Base64.getDecoder().decode(cp.getString("signature")))).isTrue();
        String head = anonymous().get("/api/log?from=" + cp.getLong("sequence") + "&limit=1").then()
                .extract().path("entries[0].entryHash");
        assertThat(cp.getString("entryHash")).isEqualTo(head);
    }

    @Test
    void badPagingIsAProblemNamingTheField() {
        assertProblem(anonymous().get("/api/log?from=0"), 400, "invalid-field");
        assertThat(anonymous().get("/api/log?from=0").jsonPath().getString("field")).isEqualTo("from");
        assertThat(anonymous().get("/api/log?limit=5000").jsonPath().getString("field")).isEqualTo("limit");
    }

    @Test
    void theVerifierAcceptsTheLiveLogAndASavedExport() throws Exception {
        publishNew(Http.newOrganisation());
        String key = anonymous().get("/api/log/key").then().extract().path("publicKey");
        VerifierRun live = VerifierRun.run("--key", key, Http.BASE_URI);
        assertThat(live.exitCode()).as(live.output()).isZero();
        assertThat(live.output()).contains(": OK");

        byte[] export = anonymous().get("/api/export").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asByteArray();
        Path file = Files.createTempFile("kringloop-export", ".jsonl");
        Files.write(file, export);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).contains("\"type\":\"export\"");
        assertThat(lines).anyMatch(l -> l.contains("\"type\":\"reference-list\"") && l.contains("eu-crm-2023"))
                .anyMatch(l -> l.contains("\"type\":\"guideline-version\""))
                .anyMatch(l -> l.startsWith("{\"type\":\"checkpoint\""));
        VerifierRun saved = VerifierRun.run("--key", key, "--export", file.toString());
        assertThat(saved.exitCode()).as(saved.output()).isZero();
        // an export whose copy of a document was changed afterwards is caught too
        String changed = String.join("\n", lines).replaceFirst("\"massGram\":1850", "\"massGram\":1851");
        Files.writeString(file, changed);
        VerifierRun altered = VerifierRun.run("--key", key, "--export", file.toString());
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(altered.failures()).hasSize(1).allMatch(f -> f.contains("was altered"));
    }

    /** an issued MKI report (protocol chapter 4) of a new project of the test calculator */
    static String[] issueMkiReport() {
        String project = nl.kringloop.mki.report.MkiReportsIT.project();
        String hash = nl.kringloop.mki.report.MkiReportsIT.issue(project, "plan").getString("contentHash");
        return new String[]{project, hash};
    }

    @Test
    void issuedMkiReportsAreLoggedAndReFetchedByTheVerifier() throws Exception {
        String[] issued = issueMkiReport();
        Map<String, Object> e = entryOf(issued[0], 1);
        assertThat(e.get("kind")).isEqualTo("mki-report");
        assertThat(e.get("contentHash")).isEqualTo(issued[1]);
        String n = String.valueOf(e.get("sequence"));
        // MKI projects and their reports are public reads: anyone re-fetches the report and recomputes its hash
        VerifierRun anyone = VerifierRun.run(Http.BASE_URI);
        assertThat(anyone.exitCode()).as(anyone.output()).isZero();
        assertThat(anyone.output()).doesNotContain("entry " + n + ":");
        assertThat(anyone.output()).containsPattern("checked \\d+ entries, \\d+ documents");
    }

    @Test
    void anMkiReportAlteredByDirectSqlIsReportedAsExactlyThatEntry() throws Exception {
        Assumptions.assumeTrue(Databases.postgresql(), "direct SQL needs the PostgreSQL round");
        String[] issued = issueMkiReport();
        long n = ((Number) entryOf(issued[0], 1).get("sequence")).longValue();
        try (Connection c = Databases.connect()) {
            String original;
            try (PreparedStatement s = c.prepareStatement("select REPORT_JSON from MKI_REPORT where PROJECT_ID = ?")) {
                s.setString(1, issued[0]);
                ResultSet rs = s.executeQuery();
                rs.next();
                original = rs.getString(1);
            }
            String altered = original.replaceFirst("\"kind\":\"plan\"", "\"kind\":\"final\"");
            assertThat(altered).isNotEqualTo(original);
            update(c, "update MKI_REPORT set REPORT_JSON = ? where PROJECT_ID = ?", altered, issued[0]);
            try {
                VerifierRun r = VerifierRun.run(Http.BASE_URI);
                assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
                assertThat(r.failures()).as(r.output()).hasSize(1).allMatch(f -> f.startsWith("FAIL entry " + n
                        + ": MKI report 1 of project " + issued[0] + " was altered"));
            } finally {
                update(c, "update MKI_REPORT set REPORT_JSON = ? where PROJECT_ID = ?", original, issued[0]);
            }
        }
    }

    @Test
    void aVersionAlteredByDirectSqlIsReportedAsExactlyThatEntry() throws Exception {
        Assumptions.assumeTrue(Databases.postgresql(), "direct SQL needs the PostgreSQL round");
        String id = publishNew(Http.newOrganisation());
        long n = ((Number) entryOf(id, 1).get("sequence")).longValue();
        try (Connection c = Databases.connect()) {
            String original = documentOf(c, id);
            update(c, "update KL_PASSPORT_VERSION set DOCUMENTJSON = ? where ID = ?",
                    original.replace("\"massGram\":1850", "\"massGram\":1"), id + "/1");
            try {
                VerifierRun r = VerifierRun.run(Http.BASE_URI);
                assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
                assertThat(r.failures()).as(r.output()).containsExactly("FAIL entry " + n + ": passport " + id
                        + " version 1 was altered (content hash " + CanonicalJson.sha256(CanonicalJson.write(
                        jakarta.json.Json.createReader(new java.io.StringReader(original.replace("\"massGram\":1850",
                                "\"massGram\":1"))).readObject())) + ", logged " + entryOf(id, 1).get("contentHash") + ")");
            } finally {
                update(c, "update KL_PASSPORT_VERSION set DOCUMENTJSON = ? where ID = ?", original, id + "/1");
            }
            assertThat(VerifierRun.run(Http.BASE_URI).exitCode()).isZero();
        }
    }

    @Test
    void aDeletedLogEntryIsReportedAsAGap() throws Exception {
        Assumptions.assumeTrue(Databases.postgresql(), "direct SQL needs the PostgreSQL round");
        Http.Org org = Http.newOrganisation();
        String id = publishNew(org);
        publishNew(org); // so the deleted entry is not the last one
        long n = ((Number) entryOf(id, 1).get("sequence")).longValue();
        try (Connection c = Databases.connect()) {
            Object[] row;
            try (PreparedStatement s = c.prepareStatement("select LOGGEDAT, KIND, SUBJECTID, VERSION, CONTENTHASH,"
                    + " PREVIOUSHASH, ENTRYHASH from KL_LOG_ENTRY where SEQUENCE = ?")) {
                s.setLong(1, n);
                ResultSet rs = s.executeQuery();
                rs.next();
                row = new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)};
            }
            update(c, "delete from KL_LOG_ENTRY where SEQUENCE = ?", n);
            try {
                VerifierRun r = VerifierRun.run(Http.BASE_URI);
                assertThat(r.exitCode()).as(r.output()).isEqualTo(1);
                assertThat(r.failures()).as(r.output()).containsExactly("FAIL gap: entries " + n
                        + " missing (the log jumps from " + (n - 1) + " to " + (n + 1) + ")");
            } finally {
                update(c, "insert into KL_LOG_ENTRY (SEQUENCE, LOGGEDAT, KIND, SUBJECTID, VERSION, CONTENTHASH,"
                        + " PREVIOUSHASH, ENTRYHASH) values (?, ?, ?, ?, ?, ?, ?, ?)", n, row[0], row[1], row[2], row[3],
                        row[4], row[5], row[6]);
            }
            assertThat(VerifierRun.run(Http.BASE_URI).exitCode()).isZero();
        }
    }

    private static String documentOf(Connection c, String id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select DOCUMENTJSON from KL_PASSPORT_VERSION where ID = ?")) {
            s.setString(1, id + "/1");
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
