package nl.kringloop.mki;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Shadow-price sets served by the mki-weighting plugin, through the running server. */
class WeightingIT {

    @Test
    void applyingNmdSet1GivesTheHandComputedMkiPerModuleAndInTotal() {
        // nmd-set-1 (the shipped nmd-set-1.csv): GWP 0.05, AP 4, FAETP 0.03 (unconfirmed) euro/unit
        // A1-A3 = 100 × 0.05 + 0.5 × 4 + 10 × 0.03 = 5 + 2 + 0.3 = 7.3
        // C4    = XYZ is unknown to the set           = 0 (with a note)
        // D     = -10 × 0.05                          = -0.5
        // total = 7.3 + 0 - 0.5                       = 6.8
        JsonPath r = api().contentType("application/json")
                .body("{\"A1-A3\": {\"GWP\": 100, \"AP\": 0.5, \"FAETP\": 10}, \"D\": {\"GWP\": -10},"
                        + " \"C4\": {\"XYZ\": 3}}")
                .post("/api/methodologies/weightings/nmd-set-1/apply")
                .then().statusCode(200).extract().jsonPath();

        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(6.8, within(1e-12));
        assertThat(r.getDouble("byModule.'A1-A3'")).isCloseTo(7.3, within(1e-12));
        assertThat(r.getDouble("byModule.C4")).isZero();
        assertThat(r.getDouble("byModule.D")).isCloseTo(-0.5, within(1e-12));
        // modules in EN 15804 order, whatever the order of the request
        assertThat(r.getMap("byModule").keySet()).containsExactly("A1-A3", "C4", "D");
        // traceable: which data, version and plugin
        assertThat(r.getString("weighting.id")).isEqualTo("nmd-set-1");
        assertThat(r.getString("weighting.version")).isEqualTo("2024.1");
        assertThat(r.getString("weighting.plugin")).isEqualTo("mki-weighting");
        assertThat(r.getString("weighting.pluginVersion")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(r.getString("weighting.source")).contains("Bepalingsmethode");

        List<Map<String, Object>> notes = r.getList("notes");
        assertThat(notes).extracting(n -> n.get("field")).containsExactlyInAnyOrder("A1-A3.FAETP", "C4.XYZ");
        assertThat(notes).allSatisfy(n -> assertThat(n).containsEntry("severity", "warning")
                .containsEntry("rule", "RWS-MKI 4.0 §1.1"));
        assertThat(notes.stream().filter(n -> n.get("field").equals("A1-A3.FAETP")).findFirst().orElseThrow()
                .get("message").toString()).contains("unconfirmed");
    }

    @Test
    void theProductStageTogetherAndApartIsRefusedAsInACalculation() {
        // A1-A3 = 100 × 0.05 = 5 and A1 = 10 × 0.05 = 0.5 would count the product stage twice: 400, as
        // POST /api/mki/calculate refuses the same card impacts
        String detail = api().contentType("application/json")
                .body("{\"A1-A3\": {\"GWP\": 100}, \"A1\": {\"GWP\": 10}}")
                .post("/api/methodologies/weightings/nmd-set-1/apply")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("A1-A3"))
                .extract().jsonPath().getString("detail");
        assertThat(detail).isEqualTo("A1-A3: give A1-A3 together or A1, A2, A3 apart, not both");
    }

    @Test
    void set2WeightsTheClimateTotalOnlyAndFlagsMissingPrices() {
        // nmd-set-2: GWP-total 0.116 euro/kg CO2-eq; GWP-fossil is a part of the total (not weighted);
        // PM has no published price (missing, not weighted).
        // A1-A3 = 10 × 0.116 + 8 × 0 + 0.000001 × (none) = 1.16
        JsonPath r = api().contentType("application/json")
                .body("{\"A1-A3\": {\"GWP-total\": 10, \"GWP-fossil\": 8, \"PM\": 0.000001}}")
                .post("/api/methodologies/weightings/nmd-set-2/apply")
                .then().statusCode(200).extract().jsonPath();
        assertThat(r.getDouble("totalMkiEuro")).isCloseTo(1.16, within(1e-12));
        List<Map<String, Object>> notes = r.getList("notes");
        assertThat(notes).extracting(n -> n.get("subject") + ":" + n.get("severity"))
                .containsExactlyInAnyOrder("GWP-fossil:info", "PM:warning");
    }

    @Test
    void aSetShowsEveryPriceWithConfidenceAndFlagsTheUnconfirmedOnes() {
        JsonPath r = api().get("/api/methodologies/weightings/nmd-set-1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getList("prices")).hasSize(11);
        assertThat(r.getDouble("prices.find { it.indicator == 'ODP' }.euroPerUnit")).isEqualTo(30.0);
        assertThat(r.getList("prices.findAll { it.flagged }.indicator"))
                .containsExactlyInAnyOrder("FAETP", "MAETP", "TETP");
        assertThat(r.getString("prices.find { it.indicator == 'TETP' }.confidence")).isEqualTo("UNCONFIRMED");

        JsonPath set2 = api().get("/api/methodologies/weightings/nmd-set-2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(set2.getList("prices.findAll { it.confidence == 'MISSING' }.indicator"))
                .containsExactlyInAnyOrder("PM", "IRP", "ETP-fw", "HTP-c", "HTP-nc", "SQP");
        assertThat(set2.getList("prices.findAll { it.confidence == 'MISSING' }.euroPerUnit")).containsOnlyNulls();
    }

    @Test
    void theSetListNamesBothNmdSetsWithTheirPlugin() {
        JsonPath r = api().get("/api/methodologies/weightings").then().statusCode(200).extract().jsonPath();
        assertThat(r.getList("findAll { it.plugin == 'mki-weighting' }.id"))
                .containsExactlyInAnyOrder("nmd-set-1", "nmd-set-2");
    }
}
