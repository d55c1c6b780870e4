package nl.kringloop.mki;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code POST /api/mki/calculate} on the running server, with the real weighting and protocol plugins. */
class MkiCalculateIT {

    /** Card per t, GWP only at 0.05 euro/kg: A1-A3 5.0, A4 0.5, A5 0.2, C1 0.1, D −1.0; 4.8 in all. */
    private static final String CARD = """
            {"id": "c-ac16", "name": "AC16", "dataCategory": "3", "unit": "t", "lifespanYears": 25,
             "representative": false,
             "impacts": {"A1-A3": {"GWP": 100}, "A4": {"GWP": 10}, "A5": {"GWP": 4}, "C1": {"GWP": 2},
                         "D": {"GWP": -20}}}""";

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(System.getProperty("kringloop.baseUri", "http://localhost:9181"))
                .contentType("application/json");
    }

    @Test
    void calculatesTheHandComputedTotalWithFactorsFindingsAndMethod() {
        String doc = """
                {"name": "IT", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "cards": [%s],
                 "objects": [{"id": "o1", "name": "Hoofdrijbaan"}],
                 "lines": [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": 10, "unit": "t"},
                           {"id": "L2", "object": "o1", "card": "c-ac16", "quantity": 5, "unit": "t",
                            "temporary": "fence"},
                           {"id": "L3", "object": "o1", "card": "c-ac16", "quantity": 10, "unit": "t",
                            "flow": "released"}]}""".formatted(CARD);
        JsonPath r = api().body(doc).post("/api/mki/calculate").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        // L1: 10 t × 1.30 (§2.2b, not representative) × 50/25 (replacements) × 4.8 = 124.8
        // L2: temporary fence (§2.1.1d)                                            =   0
        // L3: released (§2.1.1c), C1 + D only: 10 × 1.30 × (0.1 − 1.0)              = −11.7
        // total                                                                    = 113.1
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(113.1, within(1e-9));
        assertThat(r.getBoolean("valid")).isTrue();
        assertThat(r.getDouble("lines[0].mkiEuro")).isCloseTo(124.8, within(1e-9));
        assertThat(r.getList("lines[0].factors.rule", String.class))
                .containsExactly("RWS-MKI 4.0 §2.2b", "RWS-MKI 4.0 §1.3");
        assertThat(r.getString("lines[1].status")).isEqualTo("excluded");
        assertThat(r.getDouble("lines[2].byModule.A4")).isZero();
        assertThat(r.getDouble("byModule.D")).isCloseTo(10 * 1.3 * 2 * -1.0 + 10 * 1.3 * -1.0, within(1e-9));
        List<Map<String, Object>> findings = r.getList("findings");
        assertThat(findings).extracting(f -> f.get("severity") + " " + f.get("rule") + " " + f.get("line"))
                // rules speak independently: the excluded fence's card is not representative either
                .containsExactly("warning RWS-MKI 4.0 §2.2b L1", "warning RWS-MKI 4.0 §2.2b L2",
                        "info RWS-MKI 4.0 §2.1.1d L2", "warning RWS-MKI 4.0 §2.2b L3");
        assertThat(r.getString("method.protocol")).isEqualTo("RWS-MKI 4.0");
        assertThat(r.getList("method.plugins.id", String.class)).contains("mki-rws-protocol", "mki-weighting");
        assertThat(r.getString("method.weighting.id")).isEqualTo("nmd-set-1");
    }

    @Test
    void aDocumentThatBreaksAProtocolRuleIs200WithValidFalse() {
        String doc = """
                {"protocolVersion": "3.1", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "cards": [{"id": "inc", "dataCategory": "3", "unit": "t", "impacts": {"A1-A3": {"GWP": 100}}}],
                 "objects": [{"id": "o1", "name": "o"}],
                 "lines": [{"id": "L1", "object": "o1", "card": "inc", "quantity": 10}]}""";
        JsonPath r = api().body(doc).post("/api/mki/calculate").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertThat(r.getBoolean("valid")).isFalse();
        assertThat(r.getDouble("totalMkiEuro")).isZero();
        assertThat(r.getString("lines[0].status")).isEqualTo("refused");
        // a 3.1 project: the rules cite 4.0's paragraph numbers and say so
        assertThat(r.getList("findings.rule", String.class)).contains("RWS-MKI 4.0 §2.2c (paragraph numbering of"
                + " protocol 4.0; the project is under protocol 3.1)");
        assertThat(r.getList("findings.field", String.class)).contains("lines[0].card");
    }

    @Test
    void aNegativeQuantityIs400NamingTheField() {
        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50, "cards": [%s],
                 "objects": [{"id": "o1", "name": "o"}],
                 "lines": [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": -1}]}""".formatted(CARD);
        api().body(doc).post("/api/mki/calculate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("lines[0].quantity"));
    }

    @Test
    void aLimitBrokenLateInTheBodyIsAnsweredBeforeADocumentErrorEarlierInIt() {
        // this operation checks the JSON limits while it reads the document (one parse): the answer must still be
        // the limit's, as when the limits were checked before the document was read — line 0's negative quantity is
        // a document error, line 1's 1e999 breaks the finite-number limit, and a member given twice breaks another
        String lines = """
                [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": -1},
                 {"id": "L2", "object": "o1", "card": "c-ac16", "quantity": 1, "note": 1e999}]""";
        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50, "cards": [%s],
                 "objects": [{"id": "o1", "name": "o"}], "lines": %s}""".formatted(CARD, lines);
        api().body(doc).post("/api/mki/calculate").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("lines[1].note"))
                .body("detail", org.hamcrest.Matchers.containsString("outside the range of a double"));
        api().body(doc.replace("\"note\": 1e999", "\"quantity\": 2")).post("/api/mki/calculate").then()
                .statusCode(400).body("field", org.hamcrest.Matchers.equalTo("lines[1].quantity"))
                .body("detail", org.hamcrest.Matchers.containsString("given twice"));
        // and a body the streaming reader hands to the tree reader (lines before cards) is checked whole first
        String reordered = """
                {"lines": %s, "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "cards": [%s], "objects": [{"id": "o1", "name": "o"}]}""".formatted(lines, CARD);
        api().body(reordered).post("/api/mki/calculate").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("lines[1].note"));
    }

    @Test
    void anUnknownWeightingIs400NamingTheField() {
        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-9", "serviceLifeYears": 50, "cards": [],
                 "objects": [], "lines": []}""";
        api().body(doc).post("/api/mki/calculate").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("weighting"));
    }

    @Test
    void notJsonIs400() {
        api().body("{\"protocolVersion\": ").post("/api/mki/calculate").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aHundredThousandLineDocumentOfTwentyMegabytesIsCalculatedAndAFiftyMegabyteBodyIsRefused() throws Exception {
        // the demo project's cards, objects and line kinds repeated to 100,000 lines: about 20 MB of JSON, within
        // the default body limit of 48 MiB (docs/api-errors.md, input limits). Read with a streaming parser: the
        // answer is some 40 MB.
        String doc = DemoProject.document(100_000).toString();
        assertThat(doc.length()).isGreaterThan(16 << 20);
        java.net.http.HttpResponse<java.io.InputStream> r = post(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        double total = Double.NaN;
        double sum = 0;
        int lines = 0;
        try (jakarta.json.stream.JsonParser p = jakarta.json.Json.createParser(r.body())) {
            int depth = 0;
            String key = null;
            String list = null; // the member of the result whose array is being read
            while (p.hasNext()) {
                switch (p.next()) {
                    case START_OBJECT -> depth++;
                    case START_ARRAY -> {
                        if (depth == 1) {
                            list = key;
                        }
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> key = p.getString();
                    case VALUE_NUMBER -> {
                        if (depth == 1 && "totalMkiEuro".equals(key)) {
                            total = p.getBigDecimal().doubleValue();
                        } else if (depth == 3 && "lines".equals(list) && "mkiEuro".equals(key)) { // lines[] → line
                            sum += p.getBigDecimal().doubleValue();
                            lines++;
                        }
                    }
                    default -> { }
                }
            }
        }
        // every line once, and the total is the lines' sum (the engine adds them in document order, as here)
        assertThat(lines).isGreaterThanOrEqualTo(100_000);
        assertThat(total).isCloseTo(sum, within(Math.abs(sum) * 1e-9));
        byte[] tooLarge = new byte[(48 << 20) + 1];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        java.net.http.HttpResponse<java.io.InputStream> refused = post(tooLarge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static java.net.http.HttpResponse<java.io.InputStream> post(byte[] body) throws Exception {
        java.net.URI uri = java.net.URI.create(System.getProperty("kringloop.baseUri", "http://localhost:9181")
                + "/api/mki/calculate");
        // Expect: 100-continue, as a client sending a large body should: a refusal comes before the body is sent
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(uri).expectContinue(true)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    }
}
