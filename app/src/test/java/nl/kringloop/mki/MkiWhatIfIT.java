package nl.kringloop.mki;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What-if edits of stored projects (issue 20 item 3, docs/mki.md): a PATCH of one line's quantity, stored as a line
 * edit beside the document and calculated from the compiled project, gives what a full calculation of the stored
 * document gives — the result, the summary and POST /api/mki/calculate of the export, to the last digit — before and
 * after the edits are folded into the document; a refused edit stores nothing.
 *
 * <p>Small project (cards embedded; nmd-set-1: GWP 0.05, AP 4 euro/unit; category 3, representative: no §2.2b
 * mark-up under 4.0; lifespan 100 ≥ 50 years: no replacement):
 * <pre>
 *   k-asfalt (t):  (10 + 1 + 0.5 + 2 - 1) GWP × 0.05 = 0.625 euro/t    L1 100 t → 62.5
 *   k-beton (m3):  (0.1 + 0.01 + 0.01) AP × 4 = 0.48 euro/m3            L2  50 m3 → 24.0   total 86.5
 *   L1 → 300 t:    187.5 + 24.0 = 211.5 euro
 * </pre>
 */
public class MkiWhatIfIT {

    public static final String SMALL = """
            {"name": "What-if", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
             "cards": [{"id": "k-asfalt", "name": "Asfalt", "unit": "t", "dataCategory": "3", "lifespanYears": 100,
                        "representative": true, "source": "test",
                        "impacts": {"A1-A3": {"GWP": 10}, "A4": {"GWP": 1}, "A5": {"GWP": 0.5}, "C4": {"GWP": 2},
                                    "D": {"GWP": -1}}},
                       {"id": "k-beton", "name": "Beton", "unit": "m3", "dataCategory": "3", "lifespanYears": 100,
                        "representative": true, "source": "test",
                        "impacts": {"A1-A3": {"AP": 0.1}, "A4": {"AP": 0.01}, "A5": {"AP": 0.01}}}],
             "objects": [{"id": "o1", "name": "Hoofdrijbaan"}],
             "lines": [{"id": "L1", "object": "o1", "card": "k-asfalt", "quantity": 100, "unit": "t"},
                       {"id": "L2", "object": "o1", "card": "k-beton", "quantity": 50, "unit": "m3"}]}""";

    static String create(String document) {
        return asCalculator().contentType("application/json").body(document).post("/api/mki/projects").then().statusCode(201).extract().path("project.id");
    }

    static String etag(String id) {
        return api().get("/api/mki/projects/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** PATCH of the quantity alone, answered minimally: @return the new ETag */
    static String editQuantity(String id, String lineId, String quantity, String ifMatch) {
        Response r = asCalculator().header("If-Match", ifMatch).header("Prefer", "return=minimal")
                .contentType("application/merge-patch+json").body("{\"quantity\": " + quantity + "}")
                .patch("/api/mki/projects/" + id + "/lines/" + lineId);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(204);
        assertThat(r.header("Preference-Applied")).isEqualTo("return=minimal");
        assertThat(r.header("Server-Timing")).startsWith("app;dur=");
        return r.header("ETag");
    }

    @Test
    void aQuantityEditGivesTheHandFiguresInTheSummaryResultAndExport() {
        String id = create(SMALL);
        assertThat(summary(id).getDouble("totalMkiEuro")).isEqualTo(86.5);
        String before = etag(id);
        String after = editQuantity(id, "L1", "300", before);
        assertThat(after).isNotEqualTo(before).isEqualTo(etag(id));
        JsonPath s = summary(id);
        assertThat(s.getDouble("totalMkiEuro")).isEqualTo(211.5);
        assertThat(s.getDouble("byObject[0].subtreeMkiEuro")).isEqualTo(211.5);
        assertThat(s.getInt("lines.total")).isEqualTo(2);
        assertThat(s.getMap("lines")).doesNotContainKey("L1"); // no per-line rows
        assertSameEverywhere(id);
        // the line and the document show the edit; the revision went up by one
        assertThat(api().get("/api/mki/projects/" + id + "/lines/L1").then().statusCode(200).extract()
                .<Integer>path("quantity")).isEqualTo(300);
        JsonPath project = api().get("/api/mki/projects/" + id).then().extract().jsonPath();
        assertThat(project.getInt("document.lines[0].quantity")).isEqualTo(300);
        assertThat(project.getLong("project.revision")).isEqualTo(revision(before) + 1);
    }

    @Test
    void aRefusedEditStoresNothing() {
        String id = create(SMALL);
        String tag = editQuantity(id, "L1", "120", etag(id));
        double total = summary(id).getDouble("totalMkiEuro");
        // stale If-Match: 412
        Response stale = asCalculator().header("If-Match", "\"mki-project-0\"").contentType("application/json")
                .body("{\"quantity\": 999}").patch("/api/mki/projects/" + id + "/lines/L1");
        assertProblem(stale, 412, "precondition-failed");
        // a negative quantity: 400 naming the line's field, as for any change of the document
        Response negative = asCalculator().contentType("application/json").body("{\"quantity\": -1}")
                .patch("/api/mki/projects/" + id + "/lines/L1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.asString()).contains("lines[0].quantity");
        // no such line: 404; a submitter of another organisation, without the calculator role: 403
        assertThat(asCalculator().contentType("application/json").body("{\"quantity\": 1}")
                .patch("/api/mki/projects/" + id + "/lines/nope").statusCode()).isEqualTo(404);
        assertThat(api().header("Authorization", "Bearer " + Calculator.submitterToken())
                .contentType("application/json").body("{\"quantity\": 1}")
                .patch("/api/mki/projects/" + id + "/lines/L1").statusCode()).isEqualTo(403);
        assertThat(etag(id)).isEqualTo(tag);
        assertThat(summary(id).getDouble("totalMkiEuro")).isEqualTo(total);
        assertThat(api().get("/api/mki/projects/" + id + "/lines/L1").then().extract().<Integer>path("quantity"))
                .isEqualTo(120);
    }

    /**
     * A 2,000-line project (the illustrative demo's generator: every section rule, findings of line and project
     * hooks): random edits past the point where they are folded into the document, a change of a whole line and
     * of the settings between them, a variant copied in the middle; after each step the summary, the result and
     * the export's calculation agree.
     */
    @Test
    void randomEditsOfALargeProjectAgreeWithAFullCalculationThroughFoldingAndOtherChanges() {
        JsonObject demo = DemoProject.document(2_000);
        String id = create(Json.createObjectBuilder(demo).add("name", "What-if 2000").build().toString());
        Random rnd = new Random(20261204L);
        String tag = etag(id);
        String variant = null;
        // the settings change at edit 20 writes the document whole: the 64th revision after it folds the edits in
        int fold = 20 + MkiProjects.COMPACT_AFTER;
        for (int e = 1; e <= fold + 3; e++) {
            String line = "L" + (1 + rnd.nextInt(2_000));
            tag = editQuantity(id, line, e % 5 == 0 ? "0" : String.valueOf(rnd.nextInt(5_000) / 4.0), tag);
            if (e == 10) {
                // a change of another kind: the whole document, with the edits so far folded in
                tag = asCalculator().header("If-Match", tag).contentType("application/json")
                        .body("{\"quantity\": 7, \"flow\": \"released\"}").patch("/api/mki/projects/" + id + "/lines/L5")
                        .then().statusCode(200).extract().header("ETag");
            }
            if (e == 20) {
                tag = asCalculator().header("If-Match", tag).contentType("application/json")
                        .body("{\"serviceLifeYears\": 40}").patch("/api/mki/projects/" + id)
                        .then().statusCode(200).extract().header("ETag");
            }
            if (e == 30) {
                variant = asCalculator().contentType("application/json").body("{\"label\": \"what-if\"}")
                        .post("/api/mki/projects/" + id + "/variants").then().statusCode(201).extract()
                        .path("project.id");
            }
            // before and after each other change, and around the fold (the 64th edit since the document was written)
            if (List.of(9, 11, 19, 21, fold - 1, fold, fold + 1).contains(e)) {
                assertSameEverywhere(id);
            }
        }
        // the variant has the edits up to its copy, and is changed apart from the original
        assertSameEverywhere(variant);
        assertThat(summary(variant).getDouble("totalMkiEuro")).isNotEqualTo(summary(id).getDouble("totalMkiEuro"));
        editQuantity(variant, "L1", "12345", etag(variant));
        assertSameEverywhere(variant);
        assertSameEverywhere(id);
    }

    /** the summary equals the full result's figures, and both equal the stateless calculation of the export */
    static void assertSameEverywhere(String id) {
        JsonPath s = summary(id);
        JsonPath r = api().get("/api/mki/projects/" + id + "/result").then().statusCode(200).extract().jsonPath();
        String export = api().get("/api/mki/projects/" + id + "/export").then().statusCode(200).extract().asString();
        JsonPath c = asCalculator().contentType("application/json").body(export).post("/api/mki/calculate").then().statusCode(200).extract().jsonPath();
        // compared as the JSON numbers the server wrote: equal text is equal to the last digit
        assertThat(s.getString("totalMkiEuro")).isEqualTo(r.getString("totalMkiEuro")).isEqualTo(c.getString("totalMkiEuro"));
        assertThat(s.<Map<String, Object>>getJsonObject("byModule")).isEqualTo(r.getJsonObject("byModule"))
                .isEqualTo(c.getJsonObject("byModule"));
        assertThat(s.<List<Object>>getJsonObject("byObject")).isEqualTo(r.getJsonObject("byObject"));
        assertThat(s.getBoolean("valid")).isEqualTo(r.getBoolean("valid")).isEqualTo(c.getBoolean("valid"));
        List<Map<String, Object>> findings = r.getList("findings");
        assertThat(s.getList("findings")).isEqualTo(findings.stream().filter(f -> f.get("line") == null).toList());
        int lineFindings = s.<Integer>getList("lineFindings.count").stream().mapToInt(Integer::intValue).sum();
        assertThat(lineFindings).isEqualTo(findings.size() - s.getList("findings").size());
        assertThat(c.getList("findings")).hasSameSizeAs(findings);
    }

    static JsonPath summary(String id) {
        return api().get("/api/mki/projects/" + id + "/result/summary").then().statusCode(200).extract().jsonPath();
    }

    /** @return the revision an ETag of a project names ({@code "mki-project-7"} → 7) */
    static long revision(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }
}
