package nl.kringloop.mki;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.mki.CardLibraryIT.q;
import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stored projects through the running server: a project built from library cards, its lines changed, a variant
 * compared with it, and its export recalculated to the same result.
 *
 * <p>Cards (nmd-set-1 prices: GWP 0.05, AP 4 euro/unit; category 3, representative, so no §2.2b mark-up under
 * protocol 4.0; lifespan 100 ≥ service life 50, so no replacement):
 * <pre>
 *   k-asfalt (t):  A1-A3 GWP 10, A4 GWP 1, A5 GWP 0.5, C4 GWP 2, D GWP -1
 *                  per t, entering: (10 + 1 + 0.5 + 2 - 1) × 0.05 = 12.5 × 0.05 = 0.625 euro
 *                  per t, released (§2.1.1: only C and D): (2 - 1) × 0.05 = 0.05 euro
 *   k-beton (m3):  A1-A3 AP 0.1, A4 AP 0.01, A5 AP 0.01
 *                  per m3: 0.12 × 4 = 0.48 euro
 * </pre>
 */
class MkiProjectIT {

    static String version;

    @BeforeAll
    static void library() {
        version = CardLibraryIT.version();
        String cards = """
                [{"id": "k-asfalt", "name": "Asfalt (test)", "unit": "t", "dataCategory": "3", "lifespanYears": 100,
                  "representative": true, "source": "test",
                  "impacts": {"A1-A3": {"GWP": 10}, "A4": {"GWP": 1}, "A5": {"GWP": 0.5}, "C4": {"GWP": 2},
                              "D": {"GWP": -1}}},
                 {"id": "k-beton", "name": "Beton (test)", "unit": "m3", "dataCategory": "3", "lifespanYears": 100,
                  "representative": true, "source": "test",
                  "impacts": {"A1-A3": {"AP": 0.1}, "A4": {"AP": 0.01}, "A5": {"AP": 0.01}}}]""";
        asCalculator().contentType("application/json").body(cards)
                .post("/api/mki/cards?libraryVersion=" + q(version)).then().statusCode(201);
    }

    static String document(String name) {
        return """
                {"name": "%s", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "nmdVersion": "%s", "cards": [],
                 "objects": [{"id": "o1", "name": "Hoofdrijbaan"}, {"id": "gw", "name": "Grondwerk", "earthwork": true}],
                 "lines": [{"id": "L1", "object": "o1", "card": "k-asfalt", "quantity": 100, "unit": "t", "flow": "entering"},
                           {"id": "L2", "object": "o1", "card": "k-beton", "quantity": 50, "unit": "m3", "flow": "entering"}]}"""
                .formatted(name, version);
    }

    static String create(String body) {
        return asCalculator().contentType("application/json").body(body).post("/api/mki/projects")
                .then().statusCode(201).extract().path("project.id");
    }

    static JsonPath result(String id) {
        return api().get("/api/mki/projects/" + id + "/result").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aProjectFromLibraryCardsIsCalculatedEditedVariedComparedAndExported() {
        String id = create(document("N201 test"));
        JsonPath stored = api().get("/api/mki/projects/" + id).then().statusCode(200).extract().jsonPath();
        // the library cards the lines name are embedded: the stored document is self-contained
        assertThat(stored.getList("document.cards.id")).containsExactly("k-asfalt", "k-beton");
        assertThat(stored.getString("document.cards[0].libraryVersion")).isEqualTo(version);

        // L1 100 t × 0.625 = 62.5 ; L2 50 m3 × 0.48 = 24 ; total 86.5
        assertThat(result(id).getDouble("totalMkiEuro")).isCloseTo(86.5, within(1e-9));

        // add L3: 20 t of released asphalt, only C and D: 20 × 0.05 = 1.0 ; total 87.5
        asCalculator().contentType("application/json")
                .body("{\"id\": \"L3\", \"object\": \"o1\", \"card\": \"k-asfalt\", \"quantity\": 20, \"unit\": \"t\","
                        + " \"flow\": \"released\"}")
                .post("/api/mki/projects/" + id + "/lines").then().statusCode(201);
        assertThat(result(id).getDouble("totalMkiEuro")).isCloseTo(87.5, within(1e-9));

        // L1 to 200 t: 125 ; total 125 + 24 + 1 = 150
        asCalculator().contentType("application/merge-patch+json").body("{\"quantity\": 200}")
                .patch("/api/mki/projects/" + id + "/lines/L1").then().statusCode(200);
        JsonPath r = result(id);
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(150.0, within(1e-9));
        assertThat(r.getDouble("lines.find { it.id == 'L1' }.mkiEuro")).isCloseTo(125.0, within(1e-9));
        assertThat(r.getBoolean("valid")).isTrue();

        // a variant: L2 down to 25 m3 (12 euro), L3 removed ; total 125 + 12 = 137
        String variant = asCalculator().contentType("application/json").body("{\"label\": \"minder beton\"}")
                .post("/api/mki/projects/" + id + "/variants").then().statusCode(201).extract().path("project.id");
        asCalculator().contentType("application/json").body("{\"quantity\": 25}")
                .patch("/api/mki/projects/" + variant + "/lines/L2").then().statusCode(200);
        asCalculator().delete("/api/mki/projects/" + variant + "/lines/L3").then().statusCode(200);
        assertThat(result(variant).getDouble("totalMkiEuro")).isCloseTo(137.0, within(1e-9));
        assertThat(api().get("/api/mki/projects/" + id + "/variants").then().extract().jsonPath().getList("id"))
                .containsExactly(variant);

        JsonPath cmp = api().get("/api/mki/projects/compare?ids=" + id + "," + variant).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cmp.getList("variants.totalMkiEuro", Double.class)).containsExactly(150.0, 137.0);
        assertThat(cmp.getString("variants[1].variantLabel")).isEqualTo("minder beton");
        List<Map<String, Object>> diffs = cmp.getList("lineDifferences");
        assertThat(diffs).extracting(d -> d.get("lineId") + ":" + d.get("change"))
                .containsExactly("L2:changed", "L3:removed");
        // per module: A1-A3 = 200 × 10 × 0.05 + 50 × 0.1 × 4 = 100 + 20 = 120 ; variant 100 + 10 = 110
        assertThat(cmp.getList("byModule.find { it.key == 'A1-A3' }.mkiEuro", Double.class))
                .satisfiesExactly(a -> assertThat(a).isCloseTo(120.0, within(1e-9)),
                        b -> assertThat(b).isCloseTo(110.0, within(1e-9)));
        assertThat(cmp.getList("byObject.key")).contains("o1");

        // export → stateless calculate gives the same result to the last digit
        String export = api().get("/api/mki/projects/" + id + "/export").then().statusCode(200).extract().asString();
        assertThat(export).contains("\"method\"").contains("mki-weighting").contains("\"libraryVersion\"");
        // issue 15 item 9: byte-stable for an unchanged project, a second later too; a change moves updatedAt
        sleepPastTheSecond();
        assertThat(api().get("/api/mki/projects/" + id + "/export").then().statusCode(200).extract().asString())
                .isEqualTo(export);
        assertThat(export).doesNotContain("exportedAt");
        assertThat(JsonPath.from(export).getString("exportedFrom.updatedAt"))
                .isEqualTo(api().get("/api/mki/projects/" + id).then().extract().path("project.updatedAt").toString());
        String recalculated = api().contentType("application/json").body(export).post("/api/mki/calculate")
                .then().statusCode(200).extract().asString();
        String storedResult = api().get("/api/mki/projects/" + id + "/result").then().extract().asString();
        JsonPath a = JsonPath.from(recalculated);
        JsonPath b = JsonPath.from(storedResult);
        assertThat(a.getDouble("totalMkiEuro")).isEqualTo(b.getDouble("totalMkiEuro"));
        assertThat(a.getMap("byModule")).isEqualTo(b.getMap("byModule"));
        assertThat(a.getList("lines")).isEqualTo(b.getList("lines"));
        assertThat(a.getList("byObject")).isEqualTo(b.getList("byObject"));
    }

    @Test
    void theStatelessCalculationTakesCardsByIdFromTheLibraryVersionTheDocumentNames_section1_4() {
        // the same document, nothing stored: L1 100 t × 0.625 + L2 50 m3 × 0.48 = 62.5 + 24 = 86.5
        JsonPath r = api().contentType("application/json").body(document("Stateless")).post("/api/mki/calculate")
                .then().statusCode(200).extract().jsonPath();
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(86.5, within(1e-9));
        // without the library version the id cannot be resolved: 400 naming the line's card
        Response unresolved = api().contentType("application/json")
                .body(document("No version").replace("\"nmdVersion\": \"" + version + "\",", ""))
                .post("/api/mki/calculate");
        assertProblem(unresolved, 400, "invalid-field");
        assertThat(unresolved.jsonPath().getString("field")).isEqualTo("lines[0].card");
    }

    @Test
    void objectsAreAddedChangedAndRemovedOnlyWhenUnused() {
        String id = create(document("Objects test"));
        asCalculator().contentType("application/json").body("{\"id\": \"o2\", \"name\": \"Kunstwerk\", \"parent\": \"o1\"}")
                .post("/api/mki/projects/" + id + "/objects").then().statusCode(201);
        String renamed = asCalculator().contentType("application/json").body("{\"name\": \"Kunstwerk KW-1\"}")
                .patch("/api/mki/projects/" + id + "/objects/o2").then().statusCode(200)
                .extract().jsonPath().getString("document.objects.find { it.id == 'o2' }.name");
        assertThat(renamed).isEqualTo("Kunstwerk KW-1");
        Response inUse = asCalculator().delete("/api/mki/projects/" + id + "/objects/o1");
        assertProblem(inUse, 409, "conflict");
        assertThat(inUse.jsonPath().getString("detail")).contains("line L1").contains("object o2");
        asCalculator().delete("/api/mki/projects/" + id + "/objects/o2").then().statusCode(200);
        assertThat(api().get("/api/mki/projects/" + id).then().extract().jsonPath().getList("document.objects.id"))
                .containsExactly("o1", "gw");
    }

    @Test
    void badDocumentsAre400NamingTheFieldAndBadChangesWriteNothing() {
        assertField(asCalculator().contentType("application/json")
                .body(document("Bad").replace("\"quantity\": 100", "\"quantity\": -5")).post("/api/mki/projects"),
                "lines[0].quantity");
        assertField(asCalculator().contentType("application/json")
                .body(document("Bad").replace("\"card\": \"k-beton\"", "\"card\": \"k-onbekend\"")).post("/api/mki/projects"),
                "lines[1].card");
        assertField(asCalculator().contentType("application/json")
                .body(document("Bad").replace("\"unit\": \"m3\"", "\"unit\": \"kg\"")).post("/api/mki/projects"),
                "lines[1].unit");
        assertField(asCalculator().contentType("application/json").body("{\"lines\": 3, \"name\": \"x\"}")
                .post("/api/mki/projects"), "lines");

        String id = create(document("No partial write"));
        long revision = api().get("/api/mki/projects/" + id).then().extract().jsonPath().getLong("project.revision");
        assertField(asCalculator().contentType("application/json").body("{\"quantity\": \"veel\"}")
                .patch("/api/mki/projects/" + id + "/lines/L1"), "lines[0].quantity");
        JsonPath after = api().get("/api/mki/projects/" + id).then().extract().jsonPath();
        assertThat(after.getLong("project.revision")).isEqualTo(revision);
        assertThat(after.getDouble("document.lines[0].quantity")).isEqualTo(100.0);
        assertProblem(api().get("/api/mki/projects/does-not-exist"), 404, "not-found");
        assertProblem(api().get("/api/mki/projects/compare?ids=" + id), 400, "invalid-field");
    }

    @Test
    void writingNeedsTheCalculatorRoleReadingDoesNot() {
        assertProblem(api().contentType("application/json").body(document("Anon")).post("/api/mki/projects"), 401,
                "unauthorized");
        assertProblem(api().header("Authorization", "Bearer " + Calculator.submitterToken())
                .contentType("application/json").body(document("Submitter")).post("/api/mki/projects"), 403, "forbidden");
        String id = create(document("Readable"));
        api().get("/api/mki/projects/" + id + "/result").then().statusCode(200);
        assertProblem(api().delete("/api/mki/projects/" + id), 401, "unauthorized");
    }

    @Test
    void theIllustrativeDemoProjectIsThereOnFirstStartAndCalculates() {
        List<Map<String, Object>> demos = api().get("/api/mki/projects").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.illustrative }");
        assertThat(demos).hasSize(1);
        assertThat((String) demos.get(0).get("name")).startsWith("[ILLUSTRATIVE]");
        assertThat((Integer) demos.get(0).get("lines")).isGreaterThanOrEqualTo(300);
        JsonPath r = result((String) demos.get(0).get("id"));
        assertThat(r.getDouble("totalMkiEuro")).isPositive();
        assertThat(r.getList("lines")).hasSizeGreaterThanOrEqualTo(300);
        // a new user's first result is a valid one: warnings (unconfirmed prices) and infos, no errors
        assertThat(r.getList("findings.findAll { it.severity == 'error' }.message")).isEmpty();
        assertThat(r.getBoolean("valid")).isTrue();
        assertThat(r.getString("method.weighting.id")).isEqualTo("nmd-set-1");
    }

    static void assertField(Response r, String field) {
        assertProblem(r, 400, r.jsonPath().getString("type") != null && r.jsonPath().getString("type").endsWith("invalid-fields")
                ? "invalid-fields" : "invalid-field");
        assertThat(r.jsonPath().getString("field")).isEqualTo(field);
    }

    /** the export used to carry the time of the request: wait until the clock has moved */
    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
