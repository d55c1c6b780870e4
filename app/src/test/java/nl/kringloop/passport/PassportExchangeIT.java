package nl.kringloop.passport;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.net.URI;
import java.util.Map;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 15 items 6–8 against the running server: the JSON-LD export of published passports (full with an EMF MCI
 * attached by the plugin, minimal, with nulls, with ZZS) validates against the UNTP DPP 0.6.1 schema and expands
 * with Kringloop's context as this server serves it, losing no value; the CSV and XLSX exports import back into
 * the same draft.
 */
class PassportExchangeIT {

    /** the server's passport for each test passport, published once for the class */
    private static final Map<String, String> PUBLISHED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Http.Org ORG = Http.newOrganisation();

    static String published(String name) {
        return PUBLISHED.computeIfAbsent(name, n -> {
            JsonObject doc = parse(PassportExportTest.PASSPORTS.get(n));
            // calculated values are attached by the method's plugin, never submitted
            String body = Json.createObjectBuilder(doc).remove("calculatedMethods").build().toString();
            String id = as(ORG.token()).body(body).post("/api/passports").then().statusCode(201).extract().path("id");
            if ("full".equals(n)) {
                // EMF MCI golden case: 100 g, nothing recycled or reused, X = 1 ⇒ MCI 10 %
                as(ORG.token()).body("""
                        {"components": [{"id": "m", "unitMassGram": 100, "unitsPerProduct": 1}],
                         "disassemblies": [{"id": "m", "unitMassGram": 100, "count": 1}]}""")
                        .post("/api/passports/" + id + "/methods/emf-mci").then().statusCode(200);
            }
            as(ORG.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
            return id;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void jsonLdExportValidatesAgainstUntpDpp061AndExpandsWithoutLoss(String name) throws Exception {
        String id = published(name);
        String ld = anonymous().get("/api/passports/" + id + "/export.jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().asString();
        assertThat(UntpConformance.schemaErrors(ld)).as(ld).isEmpty();

        JsonObject doc = parse(ld);
        String context = doc.getJsonArray("@context").getString(2);
        assertThat(context).isEqualTo(Http.BASE_URI + "/ns/kringloop/v1");
        JsonArray expanded = UntpConformance.expand(ld, url -> fromServer(url, context));
        assertThat(UntpConformance.expandedLeaves(expanded)).isEqualTo(UntpConformance.leaves(doc));
        assertThat(UntpConformance.properties(expanded))
                .allSatisfy(p -> assertThat(UntpConformance.KNOWN_NAMESPACES).anyMatch(p::startsWith));
    }

    @Test
    void anAttachedEmfMciIsTheScorecardsMaterialCircularityIndicator() {
        String id = published("full");
        anonymous().get("/api/passports/" + id + "/export.jsonld").then().statusCode(200)
                // the plugin's 10 % (to the last bit 9.999999999999998) over 100
                .body("credentialSubject.circularityScorecard.materialCircularityIndicator", closeTo(0.1, 1e-12))
                .body("credentialSubject.circularityScorecard.'kl:calculatedMethods'[0].plugin", equalTo("emf-mci"))
                .body("'kl:untpDppVersion'", equalTo("0.6.1"));
    }

    @Test
    void theContextIsServedWithoutTheInternetAndCached() {
        Response r = anonymous().get("/ns/kringloop/v1");
        r.then().statusCode(200).contentType(containsString("application/ld+json"))
                .header("Access-Control-Allow-Origin", "*")
                .body("'@context'.kl", equalTo("https://kringloop.nl/ns/kringloop/v1#"));
        anonymous().header("If-None-Match", r.header("ETag")).get("/ns/kringloop/v1").then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void csvExportImportsBackIntoTheSameDraft(String name) {
        String id = published(name);
        String csv = anonymous().get("/api/passports/" + id + "/export.csv").then().statusCode(200).extract().asString();
        String copy = as(ORG.token()).contentType("text/csv").body(csv).post("/api/passports/import").then()
                .statusCode(201).body("count", equalTo(1)).extract().path("ids[0]");
        assertSameDraft(id, copy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "zzs"})
    void xlsxExportImportsBackIntoTheSameDraft(String name) {
        String id = published(name);
        byte[] xlsx = anonymous().get("/api/passports/" + id + "/export.xlsx").then().statusCode(200)
                .contentType(containsString(PassportTable.XLSX)).extract().asByteArray();
        String copy = as(ORG.token()).contentType(PassportTable.XLSX).body(xlsx).post("/api/passports/import").then()
                .statusCode(201).extract().path("ids[0]");
        assertSameDraft(id, copy);
    }

    @Test
    void aBadCellRefusesTheWholeTableNamingRowAndColumn() {
        String csv = anonymous().get("/api/passports/" + published("zzs") + "/export.csv").then().extract().asString();
        String name = Http.unique("Refused");
        String bad = csv.replace("Soldeerstation", name).replaceFirst(",lead,7439-92-1,3,", ",lead,7439-92-1,veel,");
        as(ORG.token()).contentType("text/csv").body(bad).post("/api/passports/import").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("rows[2].massGram"));
        anonymous().queryParam("text", name).get("/api/passports").then().body("items.size()", equalTo(0));
        as(ORG.token()).contentType("text/csv").body(csv).post("/api/passports/import").then().statusCode(201);
        anonymous().contentType("text/csv").body(csv).post("/api/passports/import").then().statusCode(401);
    }

    /** the imported draft has the published version's document (nulls and calculated methods aside) and derivation */
    private static void assertSameDraft(String publishedId, String draftId) {
        JsonObject original = parse(anonymous().get("/api/passports/" + publishedId).then().extract().asString());
        JsonObject draft = parse(as(ORG.token()).get("/api/passports/" + draftId).then().statusCode(200)
                .body("status", equalTo("draft")).extract().asString());
        JsonObject expected = Json.createObjectBuilder(original.getJsonObject("document")).remove("calculatedMethods").build();
        assertThat(CanonicalJson.write(draft.getJsonObject("document")))
                .isEqualTo(CanonicalJson.write(PassportTableTest.withoutNulls(expected)));
        assertThat(CanonicalJson.write(draft.get("derived"))).isEqualTo(CanonicalJson.write(original.get("derived")));
    }

    private static byte[] fromServer(URI url, String expected) {
        assertThat(url.toString()).isEqualTo(expected);
        return anonymous().get(url).then().statusCode(200).extract().asByteArray();
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
