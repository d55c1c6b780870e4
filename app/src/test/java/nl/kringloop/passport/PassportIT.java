package nl.kringloop.passport;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The passport register over HTTP (docs/passport-register.md): life cycle, derivations, list matching, completeness, feedback, bad input. */
public class PassportIT {

    public static String document(String name, String extraValues) {
        return """
                {"product": {"id": "urn:gtin:%s", "name": "%s", "model": "M1", "manufacturer": "%s",
                             "productGroup": "ICT hardware"},
                 "massGram": 1850, "guidelineVersion": "2025-1",
                 "referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                 "values": {
                   "A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale",
                             "evidence": [{"ref": "doc:bom.pdf", "sha256": "%s"}], "dataQuality": "measured"},
                            {"material": "cobalt", "cas": "7440-48-4", "massGram": 12, "method": "scale"},
                            {"material": "palladium", "massGram": 0.2, "method": "scale"},
                            {"material": "solder", "cas": "7439-92-1", "massGram": 0.5, "method": "scale"}],
                   "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10.8}],
                   "A1.3": [{"material": "cobalt", "massGram": 12}]%s,
                   "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                          "serviceLifeYears": 8, "method": "PEF EF 3.1"},
                   "C1.1": {"years": 8}}}""".formatted(name, name, name + " BV", "ab".repeat(32), extraValues);
    }

    public static String create(Http.Org org, String body) {
        return as(org.token()).body(body).post("/api/passports").then().statusCode(201).extract().path("id");
    }

    @Test
    void lifeCycleDraftPublishDraftNPlus1PublishOldVersionsStayReadable() throws Exception {
        Http.Org org = Http.newOrganisation();
        String name = Http.unique("Laptop");
        String id = create(org, document(name, ""));

        // a draft is not public
        anonymous().get("/api/passports/" + id).then().statusCode(401);
        as(org.token()).get("/api/passports/" + id).then().statusCode(200).body("status", equalTo("draft"))
                .body("version", equalTo(1));

        Response v1 = as(org.token()).post("/api/passports/" + id + "/publish");
        v1.then().statusCode(200).body("status", equalTo("published")).body("version", equalTo(1));
        String hash1 = v1.path("contentSha256");
        // the hash is the SHA-256 of the canonical JSON of the document; recompute it from what is published
        String canonical = CanonicalJson.write(jakarta.json.Json.createReader(new java.io.StringReader(
                anonymous().get("/api/passports/" + id + "/versions/1").then().extract().asString()))
                .readObject().getJsonObject("document"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)))).isEqualTo(hash1);

        anonymous().get("/api/passports/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("draftVersion", nullValue());
        // publishing again without a draft is a conflict
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(409);
        // a published version never changes
        as(org.token()).body(document(name, "")).put("/api/passports/" + id + "/versions/1").then().statusCode(409)
                .contentType("application/problem+json");

        // editing the passport starts draft 2; version 1 stays the public one until 2 is published
        as(org.token()).body(document(name, ", \"C1.2\": {\"years\": 3}")).put("/api/passports/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("draft"));
        anonymous().get("/api/passports/" + id).then().body("version", equalTo(1));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200).body("version", equalTo(2));

        anonymous().get("/api/passports/" + id).then().body("version", equalTo(2))
                .body("document.values.'C1.2'.years", equalTo(3));
        anonymous().get("/api/passports/" + id + "/versions/1").then().statusCode(200)
                .body("contentSha256", equalTo(hash1)).body("document.values.'C1.2'", nullValue());
        anonymous().get("/api/passports/" + id + "/versions").then().body("version", equalTo(List.of(1, 2)));

        // who did what, when
        as(org.token()).get("/api/passports/" + id + "/audit").then().statusCode(200)
                .body("action", equalTo(List.of("create-draft", "publish", "create-draft", "publish")));
    }

    @Test
    void derivedValuesAndFindingsAreShownWithThePassport() {
        Http.Org org = Http.newOrganisation();
        String id = create(org, document(Http.unique("Derive"), ""));
        Response r = as(org.token()).post("/api/passports/" + id + "/publish");
        r.then().statusCode(200)
                // A1.2: 200 / 1850 × 100 = 10.8108 %
                .body("derived.recycledPercentOfProduct", closeTo(10.8108, 1e-4))
                // A1.3 from A1.1 by the 2023 list: aluminium (CAS), cobalt (CAS), palladium (PGM member)
                .body("derived.criticalRawMaterials.crm", equalTo(List.of("bauxite/alumina/aluminium", "cobalt",
                        "platinum group metals")))
                .body("derived.criticalRawMaterials.matchedBy", equalTo(List.of("cas", "cas", "member name")))
                // B1: 250 000 / 400 000 = 62.5 %; per year of use 400 000 / 8 = 50 000 g
                .body("derived.ghg.productionPercent", equalTo(62.5))
                .body("derived.ghg.gramPerYearOfUse", equalTo(50000.0))
                // A1.4: solder's CAS 7439-92-1 (lead) is a ZZS but A1.4 is missing
                .body("derived.substancesOfVeryHighConcern.cas", hasItem("7439-92-1"))
                // the submitted A1.3 leaves out aluminium and palladium
                .body("findings.findAll { it.rule == 'CPP guideline A1.3' }.subject", hasItems("aluminium", "palladium"))
                .body("findings.findAll { it.rule == 'CPP guideline A1.4' }", hasSize(greaterThan(0)));
    }

    @Test
    void theChosenCrmListVersionDecides() {
        Http.Org org = Http.newOrganisation();
        String body = document(Http.unique("Crm2020"), "").replace("\"crm\": \"eu-crm-2023\"", "\"crm\": \"eu-crm-2020\"");
        String id = create(org, body);
        // aluminium is not on the 2020 list (bauxite is); palladium is a PGM on both
        as(org.token()).get("/api/passports/" + id).then()
                .body("document.referenceLists.crm", equalTo("eu-crm-2020"))
                .body("derived.criticalRawMaterials.crm", equalTo(List.of("cobalt", "platinum group metals")));
        // an unknown list version is refused naming the field
        as(org.token()).body(body.replace("eu-crm-2020", "eu-crm-1999")).post("/api/passports").then()
                .statusCode(400).body("field", equalTo("referenceLists.crm"));
    }

    @Test
    void publicSearchByTextGroupManufacturerMaterialCrmAndZzs() {
        Http.Org org = Http.newOrganisation();
        String name = Http.unique("Searchable");
        String id = create(org, document(name, ""));
        // drafts are not found
        anonymous().queryParam("text", name).get("/api/passports").then().body("items", hasSize(0));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);

        Map<String, String> hits = Map.of("text", name.toUpperCase(), "manufacturer", name + " bv",
                "material", "cobalt", "crm", "palladium", "zzs", "7439-92-1");
        hits.forEach((param, value) -> anonymous().queryParam("text", name).queryParam(param, value)
                .get("/api/passports").then().statusCode(200).body("items.id", equalTo(List.of(id))));
        anonymous().queryParam("text", name).queryParam("productGroup", "ict hardware").queryParam("crm", "any")
                .get("/api/passports").then().body("items.id", equalTo(List.of(id)));
        anonymous().queryParam("text", name).queryParam("material", "copper").get("/api/passports").then()
                .body("items", hasSize(0));
        anonymous().queryParam("limit", 1000).get("/api/passports").then().statusCode(400).body("field", equalTo("limit"));
    }

    @Test
    void completenessPerCodeAgainstTheGuidelineVersion() {
        Http.Org org = Http.newOrganisation();
        String id = create(org, document(Http.unique("Complete"), ""));
        as(org.token()).get("/api/passports/" + id + "/completeness").then().statusCode(200)
                .body("guidelineVersion", equalTo("2025-1"))
                .body("complete", equalTo(false))
                .body("codes.find { it.code == 'A1.1' }.status", equalTo("present"))
                .body("codes.find { it.code == 'A1.3' }.status", equalTo("present"))
                .body("codes.find { it.code == 'B1.3' }.status", equalTo("present"))
                .body("missingRequired", equalTo(List.of("A1.4", "A2.1", "A2.2", "A3.1", "B2.1", "C1.2", "C1.3",
                        "C1.4", "C2.1", "C3.1", "C4.1")));

        // a new guideline version requiring only A1.1 and C1.1, with a new code D1.1
        String gv = Http.unique("gv");
        admin().body("{\"id\": \"" + gv + "\", \"required\": [\"A1.1\", \"C1.1\", \"D1.1\"], \"optional\": [\"A1.3\"],"
                + " \"new\": [\"D1.1\"]}").post("/api/guideline/versions").then().statusCode(201);
        String id2 = create(org, document(Http.unique("Complete2"), ", \"D1.1\": {\"score\": 7}")
                .replace("\"guidelineVersion\": \"2025-1\"", "\"guidelineVersion\": \"" + gv + "\""));
        as(org.token()).get("/api/passports/" + id2 + "/completeness").then()
                .body("complete", equalTo(true))
                .body("codes.find { it.code == 'D1.1' }.requirement", equalTo("new"));
        // a code the chosen guideline version (2025-1) does not know is refused
        as(org.token()).body(document(Http.unique("x"), ", \"D1.1\": {\"score\": 7}")).post("/api/passports")
                .then().statusCode(400).body("field", equalTo("values.D1.1"));
    }

    @Test
    void feedbackReachesTheSupplierWhoSetsItsStatus() {
        Http.Org org = Http.newOrganisation();
        Http.Org other = Http.newOrganisation();
        String id = create(org, document(Http.unique("Feedback"), ""));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);

        String fid = anonymous().body("{\"text\": \"copper heat pipe missing from A1.1\", \"code\": \"A1.1\","
                + " \"version\": 1, \"authorName\": \"buyer\"}").post("/api/passports/" + id + "/feedback")
                .then().statusCode(201).body("status", equalTo("open")).extract().path("id");
        as(org.token()).get("/api/passports/" + id + "/feedback").then().statusCode(200).body("id", hasItem(fid));
        admin().get("/api/passports/" + id + "/feedback").then().statusCode(200).body("id", hasItem(fid));
        as(other.token()).get("/api/passports/" + id + "/feedback").then().statusCode(403);
        anonymous().get("/api/passports/" + id + "/feedback").then().statusCode(401);

        // only the supplier sets the status
        admin().body("{\"status\": \"resolved\"}").put("/api/passports/" + id + "/feedback/" + fid).then().statusCode(403);
        as(org.token()).body("{\"status\": \"done\"}").put("/api/passports/" + id + "/feedback/" + fid).then()
                .statusCode(400).body("field", equalTo("status"));
        as(org.token()).body("{\"status\": \"resolved\", \"note\": \"added in v2\"}")
                .put("/api/passports/" + id + "/feedback/" + fid).then().statusCode(200).body("status", equalTo("resolved"));
    }

    @Test
    void importIsAllOrNothing() {
        Http.Org org = Http.newOrganisation();
        String name = Http.unique("Import");
        String good = document(name, "");
        String bad = document(name, "").replace("7440-48-4", "7440-48-5");
        as(org.token()).body("[" + good + "," + bad + "]").post("/api/passports/import?publish=true").then()
                .statusCode(400).body("field", equalTo("[1].values.A1.1[1].cas"));
        anonymous().queryParam("text", name).get("/api/passports").then().body("items", hasSize(0));
        as(org.token()).body("[" + good + "," + good + "]").post("/api/passports/import?publish=true").then()
                .statusCode(201).body("count", equalTo(2));
        anonymous().queryParam("text", name).get("/api/passports").then().body("items", hasSize(2));
    }

    @Test
    void exportAsJsonLdAlignedWithUntpAndAsCsv() {
        Http.Org org = Http.newOrganisation();
        String id = create(org, document(Http.unique("Export"), ""));
        anonymous().get("/api/passports/" + id + "/export.jsonld").then().statusCode(404);
        String hash = as(org.token()).post("/api/passports/" + id + "/publish").then().extract().path("contentSha256");
        anonymous().get("/api/passports/" + id + "/export.jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("type", hasItem("DigitalProductPassport"))
                .body("'kl:contentSha256'", equalTo(hash))
                .body("credentialSubject.materialsProvenance.name", hasItems("aluminium", "cobalt"))
                .body("credentialSubject.materialsProvenance.find { it.name == 'solder' }.hazardous", equalTo(true))
                // 420 / 1850 = 0.22703
                .body("credentialSubject.materialsProvenance.find { it.name == 'aluminium' }.massFraction",
                        closeTo(0.22703, 1e-5))
                // 400 000 g = 400 kg CO2-eq for a 1.85 kg product: 216.216 kg CO2-eq per declared kilogram
                .body("credentialSubject.emissionsScorecard.carbonFootprint", closeTo(400.0 / 1.85, 1e-9))
                .body("credentialSubject.emissionsScorecard.declaredUnit", equalTo("KGM"));
        String csv = anonymous().get("/api/passports/" + id + "/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        // typed columns (PassportExchangeIT reads it back in): massGram 420 for A1.1, gramCo2Eq 250000 and 62.5 % for B1.1
        assertThat(csv).startsWith("passportId,version,contentSha256,productId,productName")
                .contains(",A1.1,aluminium,7429-90-5,420,,").contains(",B1.1,production,,,250000,,,,,,,,,,62.5");
    }

    @Test
    void badInputIs400NamingTheFieldAndWritesNothing() {
        Http.Org org = Http.newOrganisation();
        String name = Http.unique("Bad");
        Map<String, String> cases = Map.of(
                "values.A1.1[0].massGram", document(name, "").replace("\"massGram\": 420", "\"massGram\": -420"),
                "values.A1.2[0].percent", document(name, "").replace("\"percent\": 10.8", "\"percent\": 110"),
                "values.X1.1", document(name, ", \"X1.1\": {\"years\": 1}"),
                "values.A1.1[1].cas", document(name, "").replace("7440-48-4", "7440-48-5"),
                "values.A1.2[0].massGram", document(name, "").replace("\"massGram\": 200", "\"massGram\": 421"),
                "product.name", document(name, "").replace("\"name\": \"" + name + "\",", ""));
        cases.forEach((field, body) -> as(org.token()).body(body).post("/api/passports").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo(field)));
        as(org.token()).body("{not json").post("/api/passports").then().statusCode(400);
        // nothing was written: the organisation's passports are none
        anonymous().queryParam("text", name).get("/api/passports").then().body("items", hasSize(0));
        // and a bad edit leaves the draft as it was
        String id = create(org, document(name, ""));
        as(org.token()).body(cases.get("values.A1.1[1].cas")).put("/api/passports/" + id).then().statusCode(400);
        as(org.token()).get("/api/passports/" + id).then().body("document.values.'A1.1'[1].cas", equalTo("7440-48-4"));
    }
}
