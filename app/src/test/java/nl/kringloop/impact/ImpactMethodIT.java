package nl.kringloop.impact;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.kringloop.circularity.MethodsItSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** POST /api/methods/{method}/apply through the running server, with the pef-ef31 and recipe2016 jars loaded. */
class ImpactMethodIT {

    @BeforeAll
    static void server() {
        MethodsItSupport.configure();
    }

    private static ValidatableResponse apply(String method, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/methods/" + method + "/apply").then();
    }

    @Test
    void listsTheMethodsWithTheirFactorFiles() {
        given().when().get("/api/methods").then().statusCode(200)
                .body("id", hasItems("pef-ef31", "recipe2016"))
                .body("find { it.id == 'pef-ef31' }.factorFile.version", equalTo("2024.1"))
                .body("find { it.id == 'recipe2016' }.factorFile.source", containsString("ReCiPe 2016"));
    }

    @Test
    void showsTheFactorsWithTheDisputedOzoneFactorFlagged() {
        given().when().get("/api/methods/pef-ef31").then().statusCode(200)
                .body("factors", hasSize(32))
                .body("factors.find { it.indicator == 'ozone-depletion' && it.kind == 'normalisation' }.confidence",
                        equalTo("UNCONFIRMED"));
    }

    @Test
    void pefSingleScoreByHandNamesPluginAndFactorFile() {
        // 1000/7553.08×0.2106 + 1E-4/5.3648E-2×0.0631 + 10000/65004.3×0.0832
        //   = 0.0278826651 + 0.0001176186 + 0.0127991533 = 0.0407994369 Pt
        apply("pef-ef31", """
                {"values": {"climate-change": {"value": 1000, "unit": "kg CO2-eq"},
                            "ozone-depletion": {"value": 0.0001, "unit": "kg CFC-11-eq"},
                            "resource-use-fossils": {"value": 10000, "unit": "MJ"}}}""")
                .statusCode(200)
                .body("score", closeTo(0.0407994369, 1e-10))
                .body("scoreUnit", equalTo("Pt"))
                .body("method.plugin", equalTo("pef-ef31"))
                .body("method.factorFile.id", equalTo("ef-3.1"))
                .body("method.factorFile.source", containsString("Environmental Footprint 3.1"))
                .body("notes.find { it.subject == 'ozone-depletion' }.severity", equalTo("warning"))
                .body("notes.find { it.subject == 'ozone-depletion' }.message", containsString("5.23E-02"));
    }

    @Test
    void recipeDamageToEcosystemsByHand() {
        // terrestrial 1000×2.80E-09 + 2×2.12E-07 + 50×8.88E-09 = 3.668E-06
        // freshwater  1000×7.65E-14 + 0.1×6.71E-07             = 6.71765E-08
        // total = 3.7351765E-06 species.yr
        apply("recipe2016", """
                {"values": {"climate-change": {"value": 1000, "unit": "kg CO2-eq"},
                            "terrestrial-acidification": {"value": 2, "unit": "kg SO2-eq"},
                            "freshwater-eutrophication": {"value": 0.1, "unit": "kg P-eq"},
                            "land-use": {"value": 50, "unit": "m2a crop-eq"}}}""")
                .statusCode(200)
                .body("score", closeTo(3.7351765E-06, 1e-16))
                .body("scoreUnit", equalTo("species.yr"))
                .body("characterised.find { it.code == 'terrestrial' }.value", closeTo(3.668E-06, 1e-18))
                .body("method.plugin", equalTo("recipe2016"))
                .body("method.factorFile.id", equalTo("recipe2016-h-ecosystems"));
    }

    @Test
    void aUnitThatIsNotTheMethodsIsRefusedNamingTheField() {
        apply("pef-ef31", """
                {"values": {"climate-change": {"value": 1, "unit": "t CO2-eq"}}}""")
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("values.climate-change.unit"));
    }

    @Test
    void aMissingValueIsRefusedNamingTheField() {
        apply("recipe2016", """
                {"values": {"land-use": {"unit": "m2a crop-eq"}}}""")
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("values.land-use.value"));
    }

    @Test
    void anUnknownMethodIsA404Problem() {
        apply("no-such-method", """
                {"values": {"land-use": {"value": 1, "unit": "m2a crop-eq"}}}""")
                .statusCode(404).contentType("application/problem+json");
    }
}
