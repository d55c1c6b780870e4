package nl.kringloop.mki;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Chapter 3 on the running server: the project with a line for every section through {@code /api/mki/calculate}
 * (the real plugins, loaded by the plugin host), Annex C at {@code /api/mki/reference/annex-c}, and bad input.
 */
class MkiSectionsIT {

    private static RequestSpecification api() {
        return RestAssured.given().baseUri(System.getProperty("kringloop.baseUri", "http://localhost:9181"))
                .contentType("application/json");
    }

    @Test
    void everySectionThroughHttpGivesTheHandComputedTotal_chapter3() {
        JsonPath r = api().body(MkiSectionsTest.sectionsProject()).post("/api/mki/calculate").then().log()
                .ifValidationFails().statusCode(200).extract().jsonPath();
        // by hand, line by line, in MkiSectionsTest: 48 + 50 + 943 + 250 + 140 + 625 + 200 + 213 + 39 + 60 + 0
        // (commuting 10 of 1122 energy euro, < 5 %) + 1000 − 200 = 3368.0
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(3368.0, within(1e-9));
        assertThat(r.getBoolean("valid")).isTrue();
        assertThat(r.getString("lines.find { it.id == 'commuting' }.status")).isEqualTo("excluded");
        assertThat(r.getDouble("lines.find { it.id == 'truck' }.pricing.publishedBreakdown.B")).isEqualTo(0.00174);
        assertThat(r.getList("lines.find { it.id == 'truck' }.findings.rule", String.class))
                .contains("RWS-MKI 4.0 Annex C table 36");
        assertThat(r.getString("lines.find { it.id == 'energy-export' }.pricing.card")).isEqualTo("pv");
        assertThat(r.getList("lines.find { it.id == 'soil-in' }.factors.name", String.class))
                .contains("solid to loose m3");
    }

    @Test
    void annexCIsShownAsPublishedWithTheTruckRowFindings_annexC() {
        JsonPath r = api().get("/api/mki/reference/annex-c").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getString("tables[0].source")).startsWith("TNO 2018 R10658");
        assertThat(r.getString("tables[1].source")).startsWith("TNO 2016 R10662");
        assertThat(r.getList("tables[0].rows")).hasSize(20);
        assertThat(r.getList("tables[0].rows[12].published", String.class))
                .containsExactly("4.15E-01", "8.35E-02", "1.74E-03", "1.74E-03");
        assertThat(r.getList("findings.subject", String.class)).hasSize(8)
                .allMatch(s -> s.startsWith("Annex C table 36 row truck/"));
    }

    @Test
    void unknownReferenceSetIs404() {
        api().get("/api/mki/reference/annex-z").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badSectionInputIsAFindingOrA400NamingTheFieldNeverA500() {
        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "cards": [{"id": "ac", "dataCategory": "3", "unit": "m3", "representative": true,
                            "impacts": {"A1-A3": {"GWP": 1}, "A4": {"GWP": 1}, "A5": {"GWP": 1}}},
                           {"id": "hvo", "name": "HVO", "dataCategory": "3a", "unit": "l", "impacts": {"A5": {"GWP": 1}},
                            "attributes": {"fuel": "HVO"}}],
                 "objects": [{"id": "o1", "name": "o"}],
                 "lines": [{"id": "asphalt-m3", "object": "o1", "card": "ac", "quantity": 1, "section": "asphalt"},
                           {"id": "hvo-card", "object": "o1", "card": "hvo", "quantity": 1, "section": "equipment"},
                           {"id": "crane", "object": "o1", "quantity": 1, "unit": "l", "section": "equipment",
                            "attributes": {"annexC": {"machine": "crane", "class": "V", "fuel": "HVO"}}},
                           {"id": "stage", "object": "o1", "quantity": 1, "unit": "l", "section": "equipment",
                            "attributes": {"annexC": {"machine": "excavator", "class": "II", "fuel": "HVO"}}},
                           {"id": "lng", "object": "o1", "quantity": 1, "unit": "l", "section": "equipment",
                            "attributes": {"annexC": {"machine": "truck", "class": "Euro 6", "fuel": "LNG"}}}]}""";
        JsonPath r = api().body(doc).post("/api/mki/calculate").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getBoolean("valid")).isFalse();
        List<String> errors = r.getList("findings.findAll { it.severity == 'error' }.field", String.class);
        assertThat(errors).containsExactly("lines[0].unit", "lines[1].card", "lines[2].attributes.annexC.machine",
                "lines[3].attributes.annexC.class", "lines[4].attributes.annexC.fuel");

        // a line unit that is not its card's is malformed: 400 naming the field
        String mismatch = doc.replace("\"card\": \"ac\", \"quantity\": 1,", "\"card\": \"ac\", \"quantity\": 1, \"unit\": \"t\",");
        api().body(mismatch).post("/api/mki/calculate").then().statusCode(400)
                .contentType("application/problem+json").body("field", org.hamcrest.Matchers.equalTo("lines[0].unit"));
    }
}
