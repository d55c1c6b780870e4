package nl.kringloop.circularity;

import io.restassured.path.json.JsonPath;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.Test;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 7 step 8: a product's CPF and MCI attached to its passport as calculated values, with method, plugin and
 * version, beside the guideline codes — never as a guideline score (guideline §3.3 condition 2).
 */
class PassportMethodsIT {

    static String passport(Http.Org org) {
        String doc = """
                {"product": {"id": "urn:gtin:08712345678906", "name": "%s", "manufacturer": "Demo BV"},
                 "massGram": 575,
                 "values": {"A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 200, "method": "scale"}]}}"""
                .formatted(Http.unique("Air purifier"));
        return as(org.token()).body(doc).post("/api/passports").then().statusCode(201).extract().path("id");
    }

    @Test
    void theCpfOfTheBillOfMaterialsIsAttachedToTheDraftWithItsPluginAndVersion() {
        Http.Org org = Http.newOrganisation();
        String id = passport(org);
        // the air purifier of docs/methods/cpf.md, method 1.1: CPF = 1 − 162.5 / 600 = 72.9166667 % (indicative: a
        // market-average share is used)
        JsonPath r = as(org.token()).body(CircularityIT.APPLIANCE).post("/api/passports/" + id + "/methods/cpf")
                .then().statusCode(200).extract().jsonPath();
        assertThat(r.getDouble("document.calculatedMethods.cpf.scorePercent")).isCloseTo(100.0 * 437.5 / 600, within(1e-9));
        assertThat(r.getString("document.calculatedMethods.cpf.plugin")).isEqualTo("cpf");
        assertThat(r.getString("document.calculatedMethods.cpf.formula")).isEqualTo("Kringloop CPF 1.1");
        // the housing's supplier CPFx names neither supplier nor proof in this bill: stored as unproven
        assertThat(r.getBoolean("document.calculatedMethods.cpf.proven")).isFalse();
        assertThat(r.getString("document.calculatedMethods.cpf.pluginVersion")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(r.getString("document.calculatedMethods.cpf.dataQuality")).isEqualTo("indicative");
        assertThat(r.getString("document.calculatedMethods.cpf.label")).contains("condition 2");
        // beside the guideline's codes, not among them
        assertThat(r.getMap("document.values")).doesNotContainKeys("cpf", "CPF");

        // it survives publication and stays in the published version
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        JsonPath published = anonymous().get("/api/passports/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(published.getDouble("document.calculatedMethods.cpf.scorePercent"))
                .isCloseTo(100.0 * 437.5 / 600, within(1e-9));
    }

    @Test
    void onlyTheOrganisationsSubmittersMayAttachAValueAndBadBillsAre400() {
        Http.Org org = Http.newOrganisation();
        String id = passport(org);
        anonymous().body(CircularityIT.APPLIANCE).post("/api/passports/" + id + "/methods/cpf").then().statusCode(401);
        as(Http.newOrganisation().token()).body(CircularityIT.APPLIANCE).post("/api/passports/" + id + "/methods/cpf")
                .then().statusCode(403);
        as(org.token()).body("{\"subject\": \"PRODUCT\", \"components\": [{\"id\": \"x\", \"unitMassGram\": -1,"
                        + " \"unitsPerProduct\": 1}]}")
                .post("/api/passports/" + id + "/methods/cpf").then().statusCode(400)
                .contentType("application/problem+json");
        as(org.token()).body(CircularityIT.APPLIANCE).post("/api/passports/" + id + "/methods/no-such-method")
                .then().statusCode(404);
    }
}
