package nl.kringloop.mki;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Annex D on the running server: import a CSV as a new version (Derby, persistence unit kringloop), refuse a file
 * with bad rows without storing anything, and price a vessel line with a stored row as card.
 */
class AnnexDIT {

    @Test
    void importStoreAndUseForAVesselLine_section3_2_3bI() {
        String csv = "id,vessel,energy_carrier,unit,module,GWP\ntshd-large-mgo,Sleephopperzuiger groot,MGO,t,A5,120\n";
        api().contentType("text/csv").body(csv).post("/api/mki/reference/annex-d").then().statusCode(401);
        JsonPath stored = Calculator.asCalculator().contentType("text/csv").header("X-File-Name", "bijlage-d.csv").body(csv)
                .post("/api/mki/reference/annex-d").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
        int version = stored.getInt("version");
        assertThat(stored.getInt("rows")).isEqualTo(1);
        assertThat(api().get("/api/mki/reference/annex-d/" + version).then().statusCode(200).extract().jsonPath()
                .getDouble("rows[0].indicatorsPerUnit.GWP")).isEqualTo(120.0);

        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50, "cards": [],
                 "objects": [{"id": "o1", "name": "Vaargeul"}],
                 "lines": [{"id": "V1", "object": "o1", "card": "annex-d:%d:tshd-large-mgo", "quantity": 10,
                            "section": "equipment", "attributes": {"vessel": true}}]}""".formatted(version);
        JsonPath r = api().contentType("application/json").body(doc).post("/api/mki/calculate").then().log()
                .ifValidationFails().statusCode(200).extract().jsonPath();
        // 10 t × 120 kg CO2-eq/t × 0.05 euro/kg = 60.0 (category 3a: no mark-up)
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void aFileWithBadRowsIs400ListingEveryRowAndStoresNothing() {
        int before = api().get("/api/mki/reference/annex-d").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
        String csv = "id,vessel,energy_carrier,unit,module,GWP\na,V,MGO,t,A5,x\nb,V,MGO,t,Q,1\n";
        JsonPath p = Calculator.asCalculator().contentType("text/csv").body(csv).post("/api/mki/reference/annex-d")
                .then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(p.getList("errors.field", String.class)).containsExactly("rows[2].GWP", "rows[3].module");
        assertThat(api().get("/api/mki/reference/annex-d").then().statusCode(200).extract().jsonPath()
                .getList("$")).hasSize(before);
    }
}
