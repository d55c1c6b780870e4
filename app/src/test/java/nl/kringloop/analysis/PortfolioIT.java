package nl.kringloop.analysis;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.passport.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Portfolios and their analyses over HTTP against the running server: create, edit, visibility, the analyses of
 * guideline §3.2, version comparison, the Circular Due Diligence report as JSON, XLSX (read back with POI) and PDF
 * (text extracted with PDFBox), bad input.
 */
class PortfolioIT {

    static Http.Org owner, other;
    /** a: cobalt 12 g, C1.1 8 y; b: version 2 with cobalt 6 g, C1.1 4 y; c: cobalt 12 g, no C1.1 */
    static String a, b, c;

    static String document(String name, double cobaltGram, Integer lifetimeYears) {
        return """
                {"product": {"id": "urn:gtin:%s", "name": "%s", "manufacturer": "%s BV", "productGroup": "ICT hardware"},
                 "massGram": 1632, "guidelineVersion": "2025-1",
                 "referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                 "values": {
                   "A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale",
                             "dataQuality": "measured", "evidence": ["doc:bom.pdf"]},
                            {"material": "cobalt", "cas": "7440-48-4", "massGram": %s, "method": "scale"},
                            {"material": "plastic", "massGram": 1000, "method": "scale"}],
                   "A1.2": [{"material": "aluminium", "massGram": 200, "method": "scale"}],
                   "A2.1": [{"material": "aluminium", "massGram": 380, "method": "scale"}],
                   "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                          "method": "PEF EF 3.1"},
                   "C3.1": {"text": "same grade"}%s}}""".formatted(name, name, name, cobaltGram,
                lifetimeYears == null ? "" : ", \"C1.1\": {\"years\": " + lifetimeYears + "}");
    }

    static String publish(Http.Org org, String body) {
        String id = as(org.token()).body(body).post("/api/passports").then().statusCode(201).extract().path("id");
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @BeforeAll
    static void passports() {
        owner = Http.newOrganisation();
        other = Http.newOrganisation();
        a = publish(owner, document(Http.unique("Laptop"), 12, 8));
        String nameB = Http.unique("Monitor");
        b = publish(owner, document(nameB, 12, 8));
        // version 2 of b: less cobalt, shorter lifetime
        as(owner.token()).body(document(nameB, 6, 4)).put("/api/passports/" + b).then().statusCode(200);
        as(owner.token()).post("/api/passports/" + b + "/publish").then().statusCode(200).body("version", equalTo(2));
        c = publish(owner, document(Http.unique("Dock"), 12, null));
    }

    static String body(String name, boolean pub, double qa, double qb, double qc) {
        return """
                {"name": "%s", "public": %s, "items": [{"passport": "%s", "quantity": %s},
                  {"passport": "%s", "version": 2, "quantity": %s}, {"passport": "%s", "quantity": %s}]}"""
                .formatted(name, pub, a, qa, b, qb, c, qc);
    }

    static String createPortfolio() {
        return as(owner.token()).body(body(Http.unique("ICT 2026"), false, 100, 10, 5)).post("/api/portfolios")
                .then().statusCode(201).body("public", equalTo(false)).body("itemCount", equalTo(3))
                .body("items[1].version", equalTo(2)).extract().path("id");
    }

    @Test
    void privatePortfolioIsReadByItsOrganisationAndTheAdministratorOnly() {
        String p = createPortfolio();
        as(owner.token()).get("/api/portfolios/" + p).then().statusCode(200).body("items[0].quantity", equalTo(100.0));
        admin().get("/api/portfolios/" + p).then().statusCode(200);
        anonymous().get("/api/portfolios/" + p).then().statusCode(401).contentType("application/problem+json");
        as(other.token()).get("/api/portfolios/" + p).then().statusCode(403).contentType("application/problem+json");
        as(other.token()).get("/api/portfolios/" + p + "/analysis").then().statusCode(403);
        as(other.token()).get("/api/portfolios/" + p + "/due-diligence.pdf").then().statusCode(403);
        as(other.token()).body(body("taken over", true, 1, 1, 1)).put("/api/portfolios/" + p).then().statusCode(403);
        assertThat(anonymous().get("/api/portfolios").then().statusCode(200).extract().<List<String>>path("id")).doesNotContain(p);

        // the owner makes it public: now anyone reads it
        as(owner.token()).body(body("ICT 2026 public", true, 100, 10, 7)).put("/api/portfolios/" + p).then()
                .statusCode(200).body("public", equalTo(true)).body("items[2].quantity", equalTo(7.0));
        anonymous().get("/api/portfolios/" + p).then().statusCode(200).body("name", equalTo("ICT 2026 public"));
        assertThat(anonymous().get("/api/portfolios").then().extract().<List<String>>path("id")).contains(p);
    }

    @Test
    void badItemsAreRefusedNamingTheItemAndStoreNothing() {
        String p = createPortfolio();
        String neg = body("x", false, 100, -5, 5);
        as(owner.token()).body(neg).put("/api/portfolios/" + p).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("items[1].quantity"));
        as(owner.token()).body(body("x", false, 100, 10, 0)).post("/api/portfolios").then().statusCode(400)
                .body("field", equalTo("items[2].quantity"));
        as(owner.token()).body("{\"name\": \"x\", \"items\": [{\"passport\": \"" + a + "\", \"quantity\": \"NaN\"}]}")
                .post("/api/portfolios").then().statusCode(400).body("field", equalTo("items[0].quantity"));
        as(owner.token()).body("{\"name\": \"x\", \"items\": [{\"passport\": \"" + a + "\", \"quantity\": 1e999}]}")
                .post("/api/portfolios").then().statusCode(400).body("field", equalTo("items[0].quantity"));
        as(owner.token()).body("{\"name\": \"x\", \"items\": [{\"passport\": \"no-such-passport\", \"quantity\": 1}]}")
                .post("/api/portfolios").then().statusCode(404).contentType("application/problem+json")
                .body("field", equalTo("items[0].passport"));
        as(owner.token()).body("{\"name\": \"x\", \"items\": [{\"passport\": \"" + a + "\", \"quantity\": 1},"
                        + " {\"passport\": \"" + a + "\", \"version\": 9, \"quantity\": 1}]}")
                .put("/api/portfolios/" + p).then().statusCode(404).body("field", equalTo("items[1].version"))
                .body("detail", containsString("no published version 9"));
        StringBuilder many = new StringBuilder("{\"name\": \"x\", \"items\": [");
        for (int i = 0; i <= PortfolioItem.MAX_ITEMS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"passport\": \"p\", \"quantity\": 1}");
        }
        anonymous().body(many.append("]}").toString()).post("/api/analyses").then().statusCode(413)
                .contentType("application/problem+json").body("field", equalTo("items"));
        // nothing of the refused edits was stored
        as(owner.token()).get("/api/portfolios/" + p).then().statusCode(200).body("items[1].quantity", equalTo(10.0))
                .body("items[2].quantity", equalTo(5.0));
    }

    @Test
    void portfolioAnalysisWeighsByQuantityAndDividesByEachProductsLifetime() {
        String p = createPortfolio();
        Response r = as(owner.token()).get("/api/portfolios/" + p + "/analysis");
        r.then().statusCode(200)
                .body("scope.products", equalTo(3))
                .body("scope.totalQuantity", equalTo(115.0))
                // cobalt: a 100 × 12 g / 8 y = 150 g/year; b v2 10 × 6 g / 4 y = 15 g/year; c has no C1.1: 5 × 12 = 60 g apart
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.gramPerYearOfUse", closeTo(165.0, 1e-9))
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.massGram", closeTo(1200 + 60 + 60, 1e-9))
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.massGramWithoutLifetime", closeTo(60.0, 1e-9))
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.crmList", equalTo("eu-crm-2023"))
                // GHG per year: a 400,000 / 8 × 100 = 5,000,000; b 400,000 / 4 × 10 = 1,000,000; c left out
                .body("ghg.gramPerYearOfUse", closeTo(6_000_000.0, 1e-6))
                .body("ghg.totalGram", closeTo(400000.0 * 115, 1e-6))
                .body("ghg.productsWithoutLifetime", equalTo(1))
                // recovery: aluminium 380 of 420 in every product = 90.476 %
                .body("recovery.percent", closeTo(100.0 * 380 / 420, 1e-9))
                .body("recycledAndAlternative.recycledApplication[0].text", equalTo("same grade"))
                .body("findings.rule", hasItem("Leidraad circulair productpaspoort C1.1"));
        assertThat(r.<String>path("findings.find { it.rule == 'Leidraad circulair productpaspoort C1.1' }.message")).contains(c);

        // one passport: GET /api/passports/{id}/analysis
        anonymous().get("/api/passports/" + a + "/analysis").then().statusCode(200)
                .body("scope.kind", equalTo("passport")).body("ghg.gramPerYearOfUse", closeTo(50000.0, 1e-9));
        anonymous().get("/api/passports/" + c + "/analysis").then().statusCode(200)
                .body("ghg.gramPerYearOfUse", nullValue()).body("criticalRawMaterialsTotal.gramPerYearOfUse", nullValue());
        anonymous().get("/api/passports/no-such/analysis").then().statusCode(404).contentType("application/problem+json");

        // ad hoc and implicit portfolios
        anonymous().body("{\"items\": [{\"passport\": \"" + a + "\", \"quantity\": 2}]}").post("/api/analyses").then()
                .statusCode(200).body("scope.kind", equalTo("ad-hoc")).body("ghg.gramPerYearOfUse", closeTo(100000.0, 1e-9));
        anonymous().get("/api/analyses/organisations/" + owner.id()).then().statusCode(200)
                .body("scope.products", equalTo(3))
                // latest versions, one unit each: 12/8 + 6/4 = 3 g/year of cobalt
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.gramPerYearOfUse", closeTo(3.0, 1e-9));
        anonymous().get("/api/passports/" + b + "/analysis/compare").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.find { it.path == 'values.A1.1[cobalt].massGram' }.to", equalTo("6"))
                .body("changes.find { it.path == 'values.C1.1.years' }.from", equalTo("8"))
                // cobalt per year of use 12/8 = 1.5 → 6/4 = 1.5: no effect; GHG per year 50,000 → 100,000;
                // all CRM (aluminium is one on the 2023 list) (420 + 12)/8 = 54 → (420 + 6)/4 = 106.5
                .body("effect.find { it.figure == 'ghg.gramPerYearOfUse' }.delta", closeTo(50000.0, 1e-9))
                .body("effect.find { it.figure == 'criticalRawMaterials[cobalt/cobalt].gramPerYearOfUse' }", nullValue())
                .body("effect.find { it.figure == 'criticalRawMaterialsTotal.gramPerYearOfUse' }.delta", closeTo(52.5, 1e-9));
        anonymous().queryParam("passport", a, b + "@1").get("/api/analyses/compare").then().statusCode(200)
                .body("products.size()", equalTo(2))
                .body("figures.find { it.figure == 'ghg.gramPerYearOfUse' }.values", equalTo(List.of(50000.0, 50000.0)));
    }

    @Test
    void dueDiligenceReportAsJsonXlsxAndPdfIssuedImmutableWithAHash() throws Exception {
        String p = createPortfolio();
        as(owner.token()).get("/api/portfolios/" + p + "/due-diligence").then().statusCode(200)
                .body("issued", equalTo(false)).body("contentSha256", nullValue())
                .body("methods.label", containsString("condition 2"));
        as(other.token()).post("/api/portfolios/" + p + "/due-diligence").then().statusCode(403);

        Response issued = as(owner.token()).post("/api/portfolios/" + p + "/due-diligence");
        issued.then().statusCode(201).body("issued", equalTo(true)).body("number", equalTo(1));
        String reportId = issued.path("reportId");
        String sha = issued.path("contentSha256");
        // the hash: SHA-256 of the canonical JSON of the report without its contentSha256 member
        JsonObject json = Json.createReader(new StringReader(as(owner.token()).get("/api/analyses/due-diligence/" + reportId)
                .then().statusCode(200).extract().asString())).readObject();
        JsonObject without = Json.createObjectBuilder(json).remove("contentSha256").build();
        assertThat(CanonicalJson.sha256(CanonicalJson.write(without))).isEqualTo(sha);
        // logged in the transparency log as issued: kind cdd-report, the report's id and number, its hash
        Map<String, Object> logged = nl.kringloop.transparency.TransparencyLogIT.entryOf(reportId, 1);
        assertThat(logged.get("kind")).isEqualTo("cdd-report");
        assertThat(logged.get("contentHash")).isEqualTo(sha);
        anonymous().get("/api/analyses/due-diligence/" + reportId).then().statusCode(401);

        byte[] xlsx = as(owner.token()).get("/api/analyses/due-diligence/" + reportId + ".xlsx").then().statusCode(200)
                .contentType(AnalysisResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row cobalt = null;
            for (Row row : wb.getSheet("Critical raw materials")) {
                if (row.getCell(0) != null && "cobalt".equals(row.getCell(0).getStringCellValue())) {
                    cobalt = row;
                    break;
                }
            }
            assertThat(cobalt).isNotNull();
            assertThat(cobalt.getCell(4).getNumericCellValue()).isEqualTo(165.0); // g per year of use, as above
            assertThat(wb.getSheet("Summary").getRow(5).getCell(1).getStringCellValue()).isEqualTo(sha);
        }
        byte[] pdf = as(owner.token()).get("/api/analyses/due-diligence/" + reportId + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Circular Due Diligence").contains("cobalt (cobalt, list eu-crm-2023): 1,320 g, 165 g/year")
                    .contains("Content SHA-256 " + sha).contains("Separate methods (not guideline scores)");
        }
        // the preview files render too
        try (var doc = Loader.loadPDF(as(owner.token()).get("/api/portfolios/" + p + "/due-diligence.pdf").then()
                .statusCode(200).extract().asByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Preview: not issued");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(as(owner.token())
                .get("/api/portfolios/" + p + "/due-diligence.xlsx").then().statusCode(200).extract().asByteArray()))) {
            assertThat(wb.getSheet("Summary").getRow(2).getCell(1).getStringCellValue()).startsWith("preview");
        }

        // a second report after an edit names what changed since the first; the first stays as issued
        as(owner.token()).body(body("ICT 2026 v2", false, 200, 10, 5)).put("/api/portfolios/" + p).then().statusCode(200);
        Response second = as(owner.token()).post("/api/portfolios/" + p + "/due-diligence");
        second.then().statusCode(201)
                .body("number", equalTo(2)).body("previousReport.reportId", equalTo(reportId))
                .body("changesSincePrevious.quantitiesChanged[0]", equalTo(a + ": 100 → 200"));
        // cobalt per year 150 → 300 for a: 165 → 315 (the stored canonical JSON writes 315 as an integer)
        assertThat(second.<Number>path("changesSincePrevious.figures.find { it.figure =="
                + " 'criticalRawMaterials[cobalt/cobalt].gramPerYearOfUse' }.to").doubleValue()).isEqualTo(315.0);
        as(owner.token()).get("/api/analyses/due-diligence/" + reportId).then().body("contentSha256", equalTo(sha))
                .body("number", equalTo(1));
        as(owner.token()).get("/api/portfolios/" + p + "/due-diligence/reports").then().statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    void supplyRiskListLoadedByTheAdministratorWeighsTheExposure() {
        String id = Http.unique("test-risk").toLowerCase();
        // test figures only: the product ships none
        String list = "{\"id\": \"" + id + "\", \"title\": \"test\", \"indicators\": [{\"material\": \"cobalt\","
                + " \"supplyRisk\": 2.5, \"economicImportance\": 6.0, \"source\": \"test\"}]}";
        as(owner.token()).body(list).post("/api/analyses/supply-risk-lists").then().statusCode(403);
        admin().body("{\"id\": \"" + id + "\", \"indicators\": [{\"material\": \"cobalt\", \"supplyRisk\": -1,"
                + " \"economicImportance\": 1}]}").post("/api/analyses/supply-risk-lists").then().statusCode(400)
                .body("field", equalTo("indicators[0].supplyRisk"));
        admin().body(list).post("/api/analyses/supply-risk-lists").then().statusCode(201).body("indicators", equalTo(1));
        admin().body(list).post("/api/analyses/supply-risk-lists").then().statusCode(409);
        admin().contentType("text/csv").queryParam("id", id + "-csv").body("material,supplyRisk,economicImportance,source\n"
                + "cobalt,3.0,6.0,test\n").post("/api/analyses/supply-risk-lists").then().statusCode(201);
        String p = createPortfolio();
        // cobalt 165 g/year × 2.5 = 412.5
        as(owner.token()).queryParam("supplyRisk", id).get("/api/portfolios/" + p + "/analysis").then().statusCode(200)
                .body("scope.supplyRiskList", equalTo(id))
                .body("criticalRawMaterials.find { it.crm == 'cobalt' }.supplyRisk.supplyRisk", equalTo(2.5))
                .body("criticalRawMaterialsTotal.supplyRiskWeightedGramPerYearOfUse", closeTo(412.5, 1e-9));
        as(owner.token()).queryParam("supplyRisk", "no-such-list").get("/api/portfolios/" + p + "/analysis").then()
                .statusCode(404).body("field", equalTo("supplyRisk"));
    }
}
