package nl.kringloop.transparency;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Derby round's server started on a copy of a database made by the build before migrations existed (commit
 * e9d96fe; upgrade/main-e9d96fe-derby.zip, what it holds in upgrade/manifest.json): Flyway took it as version 1,
 * applied the later scripts, and every passport, project and token of it is still there, unchanged, and logged.
 */
class UpgradeIT {

    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest() throws Exception {
        try (InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/manifest.json")) {
            return new JsonPath(in).using(new io.restassured.path.json.config.JsonPathConfig(
                    io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)).getMap("");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPassportProjectAndTokenOfTheOldDatabaseIsIntact() throws Exception {
        Assumptions.assumeTrue("derby".equals(Databases.DATABASE), "the Derby round runs on the old database");
        Map<String, Object> m = manifest();
        String token = (String) m.get("token");
        // the old token still authenticates its person, with both roles
        as(token).get("/api/me").then().statusCode(200);

        for (Map<String, Object> p : (List<Map<String, Object>>) m.get("passports")) {
            String id = (String) p.get("id");
            as(token).get("/api/passports/" + id).then().statusCode(200);
            List<Map<String, Object>> published = (List<Map<String, Object>>) p.get("published");
            for (Map<String, Object> v : published) {
                int n = ((Number) v.get("version")).intValue();
                String sha = (String) v.get("contentSha256");
                assertThat((String) anonymous().get("/api/passports/" + id + "/versions/" + n).path("contentSha256"))
                        .isEqualTo(sha);
                // published before the log existed, logged at the first start after the upgrade
                assertThat(TransparencyLogIT.entryOf(id, n).get("contentHash")).isEqualTo(sha);
                // published before the analyses existed: their facts are derived on the first analysis (backfill),
                // from the version as published — the composition's total is the document's product mass
                JsonPath doc = anonymous().get("/api/passports/" + id + "/versions/" + n).then().extract().jsonPath();
                JsonPath a = anonymous().get("/api/passports/" + id + "/analysis?version=" + n).then().statusCode(200)
                        .extract().jsonPath();
                Object massGram = doc.get("document.massGram");
                if (massGram != null) {
                    assertThat(a.getDouble("composition.totalMassGram")).isEqualTo(((Number) massGram).doubleValue());
                }
                assertThat(a.getList("products.version", Integer.class)).containsExactly(n);
            }
            if (published.isEmpty()) {
                // a draft-only passport: still its owner's draft
                assertThat((String) as(token).get("/api/passports/" + id).path("status")).isEqualTo("draft");
            }
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) m.get("projects")) {
            JsonPath r = anonymous().get("/api/mki/projects/" + p.get("id") + "/result").then().statusCode(200)
                    .extract().jsonPath();
            double expected = ((Number) p.get("totalMkiEuro")).doubleValue();
            Number total = r.get("totalMkiEuro") != null ? r.get("totalMkiEuro") : r.get("mkiEuro");
            assertThat(total.doubleValue()).isCloseTo(expected, within(1e-6));
        }
        List<String> names = anonymous().get("/api/mki/projects").jsonPath().getList("name");
        for (Map<String, Object> p : (List<Map<String, Object>>) m.get("projects")) {
            assertThat(names).contains((String) p.get("name"));
        }
    }
}
