package nl.kringloop.mki.report;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;


import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A contract's MKI from award to delivery through the running server (RWS-MKI 4.0 chapter 4): a promise with an
 * award model, the plan of approach, progress 1 (part realised, a quantity change, an agreed scope change modelled as
 * a variant, a financially monitored restscope line), progress 2 (partly through the Annex B round trip), a refused
 * and then an accepted final report.
 *
 * <p>Cards (nmd-set-1: GWP 0.05 euro/kg CO2-eq, AP 4 euro/kg SO2-eq; lifespan 100 ≥ service life 50, so no
 * replacement; the category 3 cards are representative, so no §2.2b mark-up under protocol 4.0), euro per unit:
 * <pre>
 *   k-asfalt (t, cat 3):  A1-A3 10, A4 1, A5 0.5, C4 2, D -1 GWP = 12.5 × 0.05 = 0.625
 *                         per phase: A1-A3 0.5, A4 0.05, A5 0.025, C4 0.1, D -0.05
 *   k-cat1   (t, cat 1):  A1-A3 8,  A4 1, A5 0.5, C4 2, D -1 GWP = 10.5 × 0.05 = 0.525   (A1-A3 0.4)
 *   k-beton  (m3, cat 3): A1-A3 0.1, A4 0.01, A5 0.01 AP = 0.12 × 4 = 0.48
 *   k-klein  (st, cat 3): A1-A3 20, A4 2 GWP = 22 × 0.05 = 1.1
 * </pre>
 * Design: L1 o1 1000 t asfalt 625 · L2 o2 500 m3 beton 240 · L3 o1 400 t cat1 210 · L4 o1 10 st klein (restscope) 11;
 * total 1086. Promise 1050, award 2 euro per euro MKI, penalty 1.5 ⇒ exposure = max(0, forecast − 1050) × 3.
 */
public class MkiReportsIT {

    static final String NMD = "NMD 3.7 (2024-03-01)";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** L3 (category 1) is applied five months ago: its inspector's report was due a month ago (§2.4d) */
    static final LocalDate L3_APPLIED = TODAY.minusMonths(5);

    static String document() {
        return """
                {"name": "N999 rapportage", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "nmdVersion": "%1$s",
                 "cards": [
                  {"id": "k-asfalt", "name": "Asfalt (test)", "unit": "t", "dataCategory": "3", "lifespanYears": 100,
                   "representative": true, "source": "NMD test", "libraryVersion": "%1$s",
                   "impacts": {"A1-A3": {"GWP": 10}, "A4": {"GWP": 1}, "A5": {"GWP": 0.5}, "C4": {"GWP": 2}, "D": {"GWP": -1}}},
                  {"id": "k-cat1", "name": "Asfalt merkgebonden (test)", "unit": "t", "dataCategory": "1",
                   "lifespanYears": 100, "source": "LCA-rapport Asfaltfabriek 2026, getoetst",
                   "impacts": {"A1-A3": {"GWP": 8}, "A4": {"GWP": 1}, "A5": {"GWP": 0.5}, "C4": {"GWP": 2}, "D": {"GWP": -1}}},
                  {"id": "k-beton", "name": "Beton (test)", "unit": "m3", "dataCategory": "3", "lifespanYears": 100,
                   "representative": true, "source": "NMD test", "libraryVersion": "%1$s",
                   "impacts": {"A1-A3": {"AP": 0.1}, "A4": {"AP": 0.01}, "A5": {"AP": 0.01}}},
                  {"id": "k-klein", "name": "Kleine posten (test)", "unit": "st", "dataCategory": "3", "lifespanYears": 100,
                   "representative": true, "source": "NMD test", "libraryVersion": "%1$s",
                   "impacts": {"A1-A3": {"GWP": 20}, "A4": {"GWP": 2}}}],
                 "objects": [{"id": "o1", "name": "Hoofdrijbaan"}, {"id": "o2", "name": "Kunstwerk"},
                             {"id": "gw", "name": "Grondwerk", "earthwork": true}],
                 "lines": [{"id": "L1", "object": "o1", "card": "k-asfalt", "quantity": 1000, "unit": "t"},
                           {"id": "L2", "object": "o2", "card": "k-beton", "quantity": 500, "unit": "m3"},
                           {"id": "L3", "object": "o1", "card": "k-cat1", "quantity": 400, "unit": "t"},
                           {"id": "L4", "object": "o1", "card": "k-klein", "quantity": 10, "unit": "st",
                            "restscope": true}]}""".formatted(NMD);
    }

    public static String project() {
        return asCalculator().contentType("application/json").body(document()).post("/api/mki/projects")
                .then().statusCode(201).extract().path("project.id");
    }

    static JsonObject json(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    static JsonArray jsonArray(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readArray();
        }
    }

    static double d(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    /** a write; a created register entry's Location answers GET with the entry (issue 15 item 5) */
    static void post(String path, String body, int status) {
        Response r = asCalculator().contentType("application/json").body(body).post(path);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        if (status == 201 && path.contains("/registers/")) {
            assertThat(json(follow(r)).getString("id")).isEqualTo(json(r.asString()).getString("id"));
        }
    }

    public static JsonObject issue(String id, String kind) {
        Response r = asCalculator().contentType("application/json").body("{\"kind\": \"" + kind + "\"}")
                .post("/api/mki/projects/" + id + "/reports");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/mki/projects/" + id + "/reports/" + json(r.asString()).getInt("number"));
        assertThat(json(follow(r)).getString("contentHash")).isEqualTo(json(r.asString()).getString("contentHash"));
        return json(r.asString());
    }

    /** GET of a 201's Location; returns the body read */
    private static String follow(Response created) {
        String location = created.header("Location");
        assertThat(location).as("Location of " + created.asString()).isNotNull();
        Response read = asCalculator().get(location);
        assertThat(read.statusCode()).as(location).isEqualTo(200);
        return read.asString();
    }

    static JsonObject line(JsonObject report, String id) {
        return report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("id").equals(id)).findFirst().orElseThrow();
    }

    static JsonObject byId(JsonArray a, String key, String id) {
        return a.getValuesAs(JsonObject.class).stream().filter(o -> o.getString(key).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aContractIsReportedFromPlanToFinalAndEveryReportReRunsToTheLastDigit_chapter4() throws Exception {
        String id = project();
        String base = "/api/mki/projects/" + id;
        asCalculator().contentType("application/json").body("""
                {"promisedMkiEuro": 1050, "awardValuePerEuroMki": 2, "penaltyFactor": 1.5, "asBuiltProtocol": true,
                 "contractNumber": "31-999", "client": "Rijkswaterstaat", "contractor": "Aannemer BV",
                 "bepalingsmethodeVersion": "Bepalingsmethode 1.1", "ecoinventVersion": "ecoinvent 3.6",
                 "demonstration": "Weighbridge tickets and delivery notes, monthly", "nmdVersion": "%s"}"""
                .formatted(NMD)).put(base + "/contract").then().statusCode(200);
        JsonObject contract = json(api().get(base + "/contract").then().statusCode(200).extract().asString());
        assertThat(d(contract, "promisedMkiEuro")).isEqualTo(1050.0);
        assertThat(contract.getString("nmdVersion")).isEqualTo(NMD);
        assertThat(d(contract, "serviceLifeYears")).isEqualTo(50.0);

        // registers of the plan: a risk, a representativeness argument, evidence of the category 1 card
        post(base + "/registers/risks", """
                {"status": "open", "risk": "Cat 1 asphalt plant not available", "controlMeasure": "Second plant",
                 "mkiAtRiskEuro": 40}""", 201);
        post(base + "/registers/representativeness", """
                {"status": "submitted", "card": "k-asfalt", "phases": ["all"], "argument": "Mix as in NMD card"}""", 201);
        post(base + "/registers/evidence", """
                {"status": "handed-over", "kind": "lca-report", "title": "LCA Asfaltfabriek 2026",
                 "contentBase64": "TENBIHJhcHBvcnQ=", "handedOverOn": "%s", "cards": ["k-cat1"]}"""
                .formatted(L3_APPLIED.minusDays(10)), 201);
        post(base + "/registers/evidence", """
                {"status": "accepted", "kind": "verification-report", "title": "Toetsrapport", "verifier": "J. Toetser",
                 "sha256": "%s", "handedOverOn": "%s", "cards": ["k-cat1"]}"""
                .formatted("ab".repeat(32), L3_APPLIED.minusDays(10)), 201);
        // a measure, modelled as the work without it: L3 would be 400 t of k-asfalt, 400 × 0.625 = 250;
        // effect = forecast − without = 210 − 250 = −40
        post(base + "/registers/measures", """
                {"status": "applied", "title": "Merkgebonden asfalt met lagere CO2",
                 "lines": [{"id": "L3", "object": "o1", "card": "k-asfalt", "quantity": 400, "unit": "t"}]}""", 201);

        // ---- report 1, the plan of approach: forecast = design = 625 + 240 + 210 + 11 = 1086 -----------------------
        JsonObject plan = issue(id, "plan");
        assertThat(plan.getInt("number")).isEqualTo(1);
        assertThat(d(plan, "forecastMkiEuro")).isCloseTo(1086.0, within(1e-9));
        assertThat(d(plan, "initialMkiEuro")).isEqualTo(d(plan, "forecastMkiEuro"));
        assertThat(plan.isNull("previousForecastMkiEuro")).isTrue();
        assertThat(d(plan, "realisedMkiEuro")).isEqualTo(0.0);
        // exposure: (1086 − 1050) × 2 × 1.5 = 108
        assertThat(d(plan, "exposureEuro")).isCloseTo(108.0, within(1e-9));
        assertThat(plan.getString("exposureBasis")).contains("contract award model, not the protocol");
        assertThat(d(byId(plan.getJsonObject("registers").getJsonArray("measures"), "id", "SM-1"), "mkiEffectEuro"))
                .isCloseTo(-40.0, within(1e-9));
        // §4.2: the plan's sections; risks given, LCA experts not
        assertThat(byId(plan.getJsonArray("sections"), "section", "RWS-MKI 4.0 §4.2e").getBoolean("provided")).isTrue();
        JsonObject g = byId(plan.getJsonArray("sections"), "section", "RWS-MKI 4.0 §4.2g");
        assertThat(g.getBoolean("provided")).isFalse();
        assertThat(g.getString("summary")).isEqualTo("not provided");

        // ---- between plan and progress 1 -------------------------------------------------------------------------
        // an agreed scope change modelled as a variant: it adds L5, 100 m3 beton in o2 = 48
        String variant = asCalculator().contentType("application/json").body("{\"label\": \"extra beton\"}")
                .post(base + "/variants").then().statusCode(201).extract().path("project.id");
        post("/api/mki/projects/" + variant + "/lines",
                "{\"id\": \"L5\", \"object\": \"o2\", \"card\": \"k-beton\", \"quantity\": 100, \"unit\": \"m3\"}", 201);
        post(base + "/registers/scope-changes", "{\"status\": \"agreed\", \"title\": \"Extra beton kunstwerk\","
                + " \"variant\": \"" + variant + "\"}", 201);
        // a proposed scope change as line changes: L6, 40 t asfalt = 25; not in the forecast
        post(base + "/registers/scope-changes", """
                {"status": "proposed", "title": "Extra vluchtstrook",
                 "lines": [{"id": "L6", "object": "o1", "card": "k-asfalt", "quantity": 40, "unit": "t"}]}""", 201);
        // realisation: L1 600 t in progress, L2 realised at 450 m3 (a quantity change), L3 200 t in progress since
        // five months, L4 (restscope) monitored financially at half spent
        post(base + "/realisation", """
                {"lines": [{"line": "L1", "realisedQuantity": 600, "status": "in-progress", "unit": "t"},
                           {"line": "L2", "realisedQuantity": 450, "status": "realised"},
                           {"line": "L3", "realisedQuantity": 200, "status": "in-progress", "appliedOn": "%s"},
                           {"line": "L4", "status": "in-progress", "monitoring": "financial", "spentShare": 0.5}]}"""
                .formatted(L3_APPLIED), 200);

        // ---- report 2, progress 1 ----------------------------------------------------------------------------------
        // forecast = L1 625 (design, in progress) + L2 450 × 0.48 = 216 + L3 210 + L4 11 + L5 48 = 1110
        // realised = L1 600 × 0.625 = 375 + L2 216 + L3 200 × 0.525 = 105 + L4 0.5 × 11 (plan's line MKI) = 5.5
        //          = 701.5 ; exposure (1110 − 1050) × 3 = 180 ; restscope 11 / 1110
        JsonObject p1 = issue(id, "progress");
        assertThat(d(p1, "forecastMkiEuro")).isCloseTo(1110.0, within(1e-9));
        assertThat(d(p1, "realisedMkiEuro")).isCloseTo(701.5, within(1e-9));
        assertThat(d(p1, "initialMkiEuro")).isEqualTo(d(plan, "forecastMkiEuro"));
        assertThat(d(p1, "previousForecastMkiEuro")).isEqualTo(d(plan, "forecastMkiEuro"));
        assertThat(d(p1, "exposureEuro")).isCloseTo(180.0, within(1e-9));
        assertThat(d(p1.getJsonObject("restscope"), "shareOfForecast")).isCloseTo(11.0 / 1110.0, within(1e-12));
        assertThat(p1.getJsonObject("restscope").getJsonArray("financialLines").getString(0)).isEqualTo("L4");
        assertThat(d(line(p1, "L4"), "realisedMkiEuro")).isCloseTo(5.5, within(1e-12));
        assertThat(line(p1, "L5").getString("scopeChange")).isEqualTo("SC-1");
        JsonArray sc = p1.getJsonObject("registers").getJsonArray("scope-changes");
        assertThat(d(byId(sc, "id", "SC-1"), "mkiEffectEuro")).isCloseTo(48.0, within(1e-9));
        assertThat(byId(sc, "id", "SC-1").getBoolean("inForecast")).isTrue();
        assertThat(d(byId(sc, "id", "SC-2"), "mkiEffectEuro")).isCloseTo(25.0, within(1e-9));
        assertThat(byId(sc, "id", "SC-2").getBoolean("inForecast")).isFalse();
        // per object: o1 625 + 210 + 11 = 846 ; o2 216 + 48 = 264
        assertThat(d(byId(p1.getJsonArray("byObject"), "id", "o2"), "forecastMkiEuro")).isCloseTo(264.0, within(1e-9));
        // the inspector's report of L3 was due a month ago and is missing: an error finding, and the progress
        // report is issued with it
        assertThat(p1.getJsonArray("findings").getValuesAs(JsonObject.class)).anySatisfy(f -> {
            assertThat(f.getString("rule")).isEqualTo("RWS-MKI 4.0 §2.4d");
            assertThat(f.getString("severity")).isEqualTo("error");
            assertThat(f.getString("line")).isEqualTo("L3");
        });
        // §4.3b (deviations) not provided
        assertThat(byId(p1.getJsonArray("sections"), "section", "RWS-MKI 4.0 §4.3b").getString("summary"))
                .isEqualTo("not provided");

        // ---- Annex B of progress 1: the formulas evaluate to the JSON's figures (POI's evaluator) ------------------
        byte[] xlsx = api().get(base + "/reports/2/annex-b.xlsx").then().statusCode(200).extract().asByteArray();
        byte[] edited;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet s = wb.getSheet("Annex B");
            assertThat(ev.evaluate(cell(s, "B11")).getNumberValue()).isCloseTo(d(p1, "forecastMkiEuro"), within(1e-9));
            assertThat(ev.evaluate(cell(s, "B12")).getNumberValue()).isCloseTo(d(p1, "realisedMkiEuro"), within(1e-9));
            assertThat(ev.evaluate(cell(s, "B17")).getNumberValue()).isCloseTo(d(p1, "exposureEuro"), within(1e-9));
            assertThat(ev.evaluate(cell(s, "B18")).getNumberValue())
                    .isCloseTo(d(p1.getJsonObject("restscope"), "shareOfForecast"), within(1e-12));
            assertThat(cell(s, "B13").getNumericCellValue()).isEqualTo(d(p1, "initialMkiEuro"));
            Sheet objects = wb.getSheet("Objects");
            for (Row r : objects) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                JsonObject o = byId(p1.getJsonArray("byObject"), "id", r.getCell(0).getStringCellValue());
                assertThat(ev.evaluate(r.getCell(4)).getNumberValue()).isCloseTo(d(o, "forecastMkiEuro"), within(1e-9));
                assertThat(ev.evaluate(r.getCell(5)).getNumberValue()).isCloseTo(d(o, "realisedMkiEuro"), within(1e-9));
            }
            // every card has a source: L1's is the NMD date-version and card id
            Row l1 = row(s, "L1");
            assertThat(l1.getCell(5).getStringCellValue()).contains(NMD).contains("k-asfalt");
            assertThat(row(s, "L3").getCell(5).getStringCellValue()).contains("LCA-rapport");
            // §4.3g: the scope changes as separate lines below the table
            assertThat(row(s, "SC-1").getCell(4).getNumericCellValue()).isCloseTo(48.0, within(1e-9));
            assertThat(wb.getSheet("Risks")).isNotNull();
            assertThat(wb.getSheet("Evidence").getPhysicalNumberOfRows()).isEqualTo(3);

            // the round trip: the contractor types L1 980 t realised into the realised column and sends it back
            Cell q = l1.getCell(10);
            q.setCellValue(980);
            l1.getCell(11).setCellValue("realised");
            ev.clearAllCachedResultValues();
            // 980 × 0.625 = 612.5 instead of 375 ⇒ realised 701.5 + 237.5 = 939
            assertThat(ev.evaluate(cell(s, "B12")).getNumberValue()).isCloseTo(939.0, within(1e-9));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            edited = out.toByteArray();
        }
        asCalculator().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(edited)
                .post(base + "/realisation").then().statusCode(200);
        JsonArray realisation = jsonArray(api().get(base + "/realisation").then().statusCode(200).extract().asString());
        JsonObject r1 = byId(realisation, "line", "L1");
        assertThat(d(r1, "realisedQuantity")).isEqualTo(980.0);
        assertThat(r1.getString("status")).isEqualTo("realised");
        // the other rows came back as they were: L3 keeps its date, L4 its financial monitoring
        assertThat(byId(realisation, "line", "L3").getString("appliedOn")).isEqualTo(L3_APPLIED.toString());
        assertThat(d(byId(realisation, "line", "L4"), "spentShare")).isEqualTo(0.5);

        // ---- PDF of progress 1: the figures as text (PDFBox), page 1 rendered for a look -------------------------
        byte[] pdf = api().get(base + "/reports/2/report.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("progress report").contains("N999 rapportage")
                    .contains(euro(d(p1, "forecastMkiEuro"))).contains(euro(d(p1, "realisedMkiEuro")))
                    .contains(euro(d(p1, "initialMkiEuro"))).contains(euro(1050)).contains(euro(d(p1, "exposureEuro")))
                    .contains("RWS-MKI 4.0 §2.4d").contains(p1.getString("documentHash"))
                    .contains("k-cat1").contains("not provided");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            File png = new File("target", "mki-report-2-page-1.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", png);
            File charts = new File("target", "mki-report-2-page-2.png");
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 80), "png", charts);
        }

        // ---- report 3, progress 2 ----------------------------------------------------------------------------------
        post(base + "/realisation", """
                {"lines": [{"line": "L3", "realisedQuantity": 400, "status": "realised"},
                           {"line": "L5", "realisedQuantity": 100, "status": "realised"},
                           {"line": "L4", "status": "in-progress", "monitoring": "financial", "spentShare": 0.8}]}""", 200);
        post(base + "/registers/evidence", """
                {"status": "handed-over", "kind": "inspector-report", "title": "As Built inspectie",
                 "sha256": "%s", "handedOverOn": "%s", "lines": ["L3"]}"""
                .formatted("cd".repeat(32), L3_APPLIED.plusMonths(3)), 201);
        // forecast = 612.5 + 216 + 210 + 11 + 48 = 1097.5 ; realised = 612.5 + 216 + 210 + 0.8 × 11 + 48 = 1095.3
        // exposure (1097.5 − 1050) × 3 = 142.5
        JsonObject p2 = issue(id, "progress");
        assertThat(d(p2, "forecastMkiEuro")).isCloseTo(1097.5, within(1e-9));
        assertThat(d(p2, "realisedMkiEuro")).isCloseTo(1095.3, within(1e-9));
        assertThat(d(p2, "previousForecastMkiEuro")).isEqualTo(d(p1, "forecastMkiEuro"));
        assertThat(d(p2, "initialMkiEuro")).isEqualTo(d(plan, "forecastMkiEuro"));
        assertThat(d(p2, "exposureEuro")).isCloseTo(142.5, within(1e-9));
        assertThat(p2.getJsonArray("findings").getValuesAs(JsonObject.class))
                .noneMatch(f -> f.getString("rule").equals("RWS-MKI 4.0 §2.4d"));

        // ---- the final report: refused while L4 is monitored as restscope (§4.1) and without L3's reference (§4.4d)
        Response refused = asCalculator().contentType("application/json").body("{\"kind\": \"final\"}")
                .post(base + "/reports");
        assertProblem(refused, 409, "report-refused");
        assertThat(refused.jsonPath().getString("rule")).isEqualTo("RWS-MKI 4.0 §4.1");
        assertThat(refused.jsonPath().getList("errors.rule")).contains("RWS-MKI 4.0 §4.1", "RWS-MKI 4.0 §4.4a",
                "RWS-MKI 4.0 §4.4d");
        assertThat(jsonArray(api().get(base + "/reports").then().extract().asString())).hasSize(3);

        post(base + "/realisation", "{\"lines\": [{\"line\": \"L4\", \"realisedQuantity\": 10, \"status\": \"realised\"}]}",
                200);
        post(base + "/registers/reference-cards", """
                {"status": "final", "card": "k-cat1", "referenceCard": "k-asfalt",
                 "explanation": "Lower A1-A3 from the plant's own energy mix"}""", 201);
        // forecast = realised = 612.5 + 216 + 210 + 11 + 48 = 1097.5 ; exposure 142.5
        JsonObject fin = issue(id, "final");
        assertThat(fin.getInt("number")).isEqualTo(4);
        assertThat(d(fin, "forecastMkiEuro")).isCloseTo(1097.5, within(1e-9));
        assertThat(d(fin, "realisedMkiEuro")).isEqualTo(d(fin, "forecastMkiEuro"));
        assertThat(d(fin, "previousForecastMkiEuro")).isEqualTo(d(p2, "forecastMkiEuro"));
        assertThat(d(fin, "exposureEuro")).isCloseTo(142.5, within(1e-9));
        // §4.4b: the history of every report, and the largest changes: o2 240 → 264 (+24) from 1 to 2,
        // o1 846 → 833.5 (−12.5) from 2 to 3 (L1 980 t), card k-asfalt 625 → 612.5
        List<Double> history = fin.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> d(h, "forecastMkiEuro")).toList();
        assertThat(history).hasSize(4);
        assertThat(history.get(0)).isCloseTo(1086.0, within(1e-9));
        assertThat(history.get(1)).isCloseTo(1110.0, within(1e-9));
        assertThat(history.get(2)).isCloseTo(1097.5, within(1e-9));
        List<JsonObject> trends = fin.getJsonArray("trends").getValuesAs(JsonObject.class);
        assertThat(trends).anySatisfy(t -> {
            assertThat(t.getInt("fromReport")).isEqualTo(1);
            assertThat(t.getString("id")).isEqualTo("o2");
            assertThat(d(t, "changeMkiEuro")).isCloseTo(24.0, within(1e-9));
        });
        assertThat(trends).anySatisfy(t -> {
            assertThat(t.getInt("fromReport")).isEqualTo(2);
            assertThat(t.getString("kind")).isEqualTo("card");
            assertThat(t.getString("id")).isEqualTo("k-asfalt");
            assertThat(d(t, "changeMkiEuro")).isCloseTo(-12.5, within(1e-9));
        });
        // §4.4d: k-cat1 against k-asfalt per phase, no mark-up: A1-A3 0.4 against 0.5, A4 0.05 against 0.05
        JsonObject cmp = fin.getJsonArray("categoryOneComparison").getJsonObject(0);
        assertThat(cmp.getString("referenceCard")).isEqualTo("k-asfalt");
        assertThat(cmp.getBoolean("differs")).isTrue();
        JsonObject a13 = byId(cmp.getJsonArray("phases"), "module", "A1-A3");
        assertThat(d(a13, "cardMkiEuroPerUnit")).isCloseTo(0.4, within(1e-12));
        assertThat(d(a13, "referenceMkiEuroPerUnit")).isCloseTo(0.5, within(1e-12));
        assertThat(d(a13, "differenceMkiEuroPerUnit")).isCloseTo(-0.1, within(1e-12));
        assertThat(d(byId(cmp.getJsonArray("phases"), "module", "A4"), "differenceMkiEuroPerUnit")).isEqualTo(0.0);
        assertThat(fin.getJsonArray("sections").getValuesAs(JsonObject.class)).extracting(s -> s.getString("section"))
                .contains("RWS-MKI 4.0 §4.4a", "RWS-MKI 4.0 §4.4k");

        // ---- the re-run: each report's document through /api/mki/calculate gives its forecast to the last digit ---
        for (JsonObject report : List.of(plan, p1, p2, fin)) {
            JsonObject stored = json(api().get(base + "/reports/" + report.getInt("number")).then().statusCode(200)
                    .extract().asString());
            assertThat(stored).isEqualTo(report);
            String rerun = api().contentType("application/json").body(stored.getJsonObject("document").toString())
                    .post("/api/mki/calculate").then().statusCode(200).extract().asString();
            assertThat(json(rerun).getJsonNumber("totalMkiEuro").bigDecimalValue())
                    .isEqualByComparingTo(stored.getJsonNumber("forecastMkiEuro").bigDecimalValue());
            assertThat(d(json(rerun), "totalMkiEuro")).isEqualTo(d(stored, "forecastMkiEuro"));
        }
        // the content hash is over the canonical JSON of the report without it
        assertThat(fin.getString("contentHash")).matches("[0-9a-f]{64}");
        assertThat(jsonArray(api().get(base + "/reports").then().extract().asString()).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("kind")).containsExactly("plan", "progress", "progress", "final");

        // ---- an issued report is immutable; after the final report there is no other --------------------------------
        assertProblem(asCalculator().contentType("application/json").body("{\"forecastMkiEuro\": 1}")
                .put(base + "/reports/4"), 409, "conflict");
        assertProblem(asCalculator().delete(base + "/reports/1"), 409, "conflict");
        assertProblem(asCalculator().contentType("application/json").body("{\"kind\": \"progress\"}")
                .post(base + "/reports"), 409, "report-refused");
    }

    @Test
    void onlyTheProjectsOwnCalculatorsWriteItsContractRealisationRegistersAndReports() {
        String base = "/api/mki/projects/" + project();
        // a calculator of another organisation (the role alone is not enough: the project belongs to one)
        String org = nl.kringloop.passport.Http.admin().body(nl.kringloop.passport.Http.json("name",
                nl.kringloop.passport.Http.unique("Other contractor"))).post("/api/organisations").then().statusCode(201)
                .extract().path("id");
        String other = nl.kringloop.passport.Http.admin().body("{\"name\": \"Other calculator\", \"roles\": [\"calculator\"]}")
                .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract().path("token");
        var them = api().header("Authorization", "Bearer " + other).contentType("application/json");
        assertProblem(them.body("{\"promisedMkiEuro\": 1}").put(base + "/contract"), 403, "forbidden");
        assertProblem(them.body("{\"lines\": [{\"line\": \"L1\", \"realisedQuantity\": 1, \"status\": \"realised\"}]}")
                .post(base + "/realisation"), 403, "forbidden");
        assertProblem(them.body("{\"status\": \"open\", \"risk\": \"x\", \"controlMeasure\": \"y\"}")
                .post(base + "/registers/risks"), 403, "forbidden");
        assertProblem(them.body("{\"kind\": \"plan\"}").post(base + "/reports"), 403, "forbidden");
        // nothing of theirs was stored
        assertThat(jsonArray(api().get(base + "/reports").then().statusCode(200).extract().asString())).isEmpty();
        assertThat(api().get(base + "/registers/risks").then().statusCode(200).extract().asString()).doesNotContain("\"x\"");
    }

    @Test
    void anIssuedReportFreezesTheRegisterEntriesItHoldsAndKeepsItsProject_chapter4() {
        String id = project();
        String base = "/api/mki/projects/" + id;
        String risk = asCalculator().contentType("application/json").body("""
                {"status": "open", "risk": "Plant not available", "controlMeasure": "Second plant"}""")
                .post(base + "/registers/risks").then().statusCode(201).extract().path("id");
        // before any report: editable
        asCalculator().contentType("application/json").body("""
                {"status": "open", "risk": "Asphalt plant not available", "controlMeasure": "Second plant"}""")
                .put(base + "/registers/risks/" + risk).then().statusCode(200);
        issue(id, "plan");
        // the plan holds it: its text is frozen, its status may still move on; it cannot be removed
        assertProblem(asCalculator().contentType("application/json").body("""
                {"status": "open", "risk": "Something else", "controlMeasure": "Second plant"}""")
                .put(base + "/registers/risks/" + risk), 409, "conflict");
        asCalculator().contentType("application/json").body("""
                {"status": "closed", "risk": "Asphalt plant not available", "controlMeasure": "Second plant"}""")
                .put(base + "/registers/risks/" + risk).then().statusCode(200);
        assertProblem(asCalculator().delete(base + "/registers/risks/" + risk), 409, "conflict");
        // an entry added after the plan is editable and removable until the next report
        String later = asCalculator().contentType("application/json").body("""
                {"status": "open", "risk": "Late delivery", "controlMeasure": "Order early"}""")
                .post(base + "/registers/risks").then().statusCode(201).extract().path("id");
        asCalculator().delete(base + "/registers/risks/" + later).then().statusCode(204);
        // the project of an issued report is kept (the report embeds it and is in the transparency log)
        assertProblem(asCalculator().delete(base), 409, "conflict");
        api().get(base).then().statusCode(200);
        // one without reports goes, with its registers
        String bare = project();
        asCalculator().contentType("application/json").body("""
                {"status": "open", "risk": "x", "controlMeasure": "y"}""").post("/api/mki/projects/" + bare
                + "/registers/risks").then().statusCode(201);
        asCalculator().delete("/api/mki/projects/" + bare).then().statusCode(204);
        api().get("/api/mki/projects/" + bare + "/registers/risks").then().statusCode(404);
    }

    @Test
    void badRealisationIsRefusedRowByRowAndNothingIsWritten() {
        String id = project();
        String base = "/api/mki/projects/" + id;
        post(base + "/realisation", "{\"lines\": [{\"line\": \"L1\", \"realisedQuantity\": 60, \"status\": \"in-progress\"}]}",
                200);
        Response bad = asCalculator().contentType("application/json").body("""
                {"lines": [{"line": "L2", "realisedQuantity": 10, "status": "in-progress"},
                           {"line": "L99", "realisedQuantity": 1, "status": "realised"},
                           {"line": "L1", "realisedQuantity": -5, "status": "realised"},
                           {"line": "L3", "realisedQuantity": 1, "status": "nearly"},
                           {"line": "L4", "realisedQuantity": 3, "status": "realised", "unit": "t"}]}""")
                .post(base + "/realisation");
        assertProblem(bad, 400, "invalid-fields");
        assertThat(bad.jsonPath().getList("errors.field")).contains("lines[1].line", "lines[2].realisedQuantity",
                "lines[3].status", "lines[4].unit");
        // a number outside the finite double range is refused before any resource reads the body
        Response infinite = asCalculator().contentType("application/json")
                .body("{\"lines\": [{\"line\": \"L3\", \"realisedQuantity\": 1e999, \"status\": \"realised\"}]}")
                .post(base + "/realisation");
        assertThat(infinite.statusCode()).isEqualTo(400);
        assertThat(infinite.jsonPath().getString("field")).isEqualTo("lines[0].realisedQuantity");
        // nothing written: L1 is still 60 in progress, L2 still planned
        JsonArray r = jsonArray(api().get(base + "/realisation").then().extract().asString());
        assertThat(d(byId(r, "line", "L1"), "realisedQuantity")).isEqualTo(60.0);
        assertThat(byId(r, "line", "L2").getString("status")).isEqualTo("planned");
        // a CSV row for a line that is not restscope cannot be monitored financially (§4.1)
        Response csv = asCalculator().contentType("text/csv")
                .body("line;status;monitoring;spentShare\nL1;in-progress;financial;0,5\n").post(base + "/realisation");
        assertProblem(csv, 400, "invalid-fields");
        assertThat(csv.jsonPath().getString("errors[0].rule")).isEqualTo("RWS-MKI 4.0 §4.1");
        // a typed-in MKI effect is refused: it is computed from the model
        Response typed = asCalculator().contentType("application/json")
                .body("{\"status\": \"proposed\", \"title\": \"x\", \"mkiEffectEuro\": -500, \"removeLines\": [\"L2\"]}")
                .post(base + "/registers/scope-changes");
        assertProblem(typed, 400, "invalid-field");
        assertThat(typed.jsonPath().getString("field")).isEqualTo("mkiEffectEuro");
        // anonymous callers change nothing
        assertProblem(api().contentType("application/json").body("{\"kind\": \"plan\"}").post(base + "/reports"), 401,
                "unauthorized");
        // a progress report before the plan is refused
        assertProblem(asCalculator().contentType("application/json").body("{\"kind\": \"progress\"}")
                .post(base + "/reports"), 409, "report-refused");
    }

    @Test
    void aCategoryOneLineAppliedBeforeItsVerifiedLcaReportIsAFinding_section2_3e() {
        String id = project();
        String base = "/api/mki/projects/" + id;
        LocalDate applied = TODAY.minusDays(20);
        post(base + "/registers/evidence", """
                {"status": "handed-over", "kind": "lca-report", "title": "LCA te laat", "sha256": "%s",
                 "handedOverOn": "%s", "cards": ["k-cat1"]}""".formatted("ef".repeat(32), applied.plusDays(3)), 201);
        post(base + "/realisation", "{\"lines\": [{\"line\": \"L3\", \"realisedQuantity\": 10, \"status\": \"in-progress\","
                + " \"appliedOn\": \"" + applied + "\"}]}", 200);
        JsonObject plan = issue(id, "plan");
        assertThat(plan.getJsonArray("findings").getValuesAs(JsonObject.class)).anySatisfy(f -> {
            assertThat(f.getString("rule")).isEqualTo("RWS-MKI 4.0 §2.3e");
            assertThat(f.getString("severity")).isEqualTo("error");
            assertThat(f.getString("message")).contains(applied.plusDays(3).toString()).contains(applied.toString());
        });
        // and without a verification report by a recognised LCA expert: a §2.3d warning
        assertThat(plan.getJsonArray("findings").getValuesAs(JsonObject.class))
                .anyMatch(f -> f.getString("rule").equals("RWS-MKI 4.0 §2.3d"));
    }

    static String euro(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static Cell cell(Sheet s, String ref) {
        org.apache.poi.ss.util.CellReference c = new org.apache.poi.ss.util.CellReference(ref);
        return s.getRow(c.getRow()).getCell(c.getCol());
    }

    static Row row(Sheet s, String firstCell) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && c.getStringCellValue().equals(firstCell)) {
                return r;
            }
        }
        throw new AssertionError("no row " + firstCell);
    }

}
