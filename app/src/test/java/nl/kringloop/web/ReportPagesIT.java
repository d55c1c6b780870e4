package nl.kringloop.web;

import io.restassured.path.json.JsonPath;
import nl.kringloop.mki.Calculator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 4. MKI reports in a real browser (RWS MKI protocol 4.0 chapter 4): a calculator sets the promise and the award
 * model, issues the plan of approach, realises lines one by one and in bulk (and sees a refusal at its field), monitors
 * a restscope line financially, registers a scope change modelled as a variant (and a refused risk), issues a progress report, and finds the forecast, realised and exposure figures of the API on the pages, the chart's
 * table with one row per report, and the Annex B and PDF downloads working; a reader sees the same read-only.
 */
class ReportPagesIT {

    static Browser browser;
    static String id;

    /**
     * four lines on two illustrative cards (nmd-set-1 shadow prices), L5 a small restscope line; the figures are
     * compared with the API's
     */
    static String document() {
        return """
                {"name": "%s", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "nmdVersion": "NMD 3.7 (2024-03-01)",
                 "cards": [
                  {"id": "k-asfalt", "name": "Asfalt (browser test)", "unit": "t", "dataCategory": "3", "lifespanYears": 100,
                   "representative": true, "source": "NMD test",
                   "impacts": {"A1-A3": {"GWP": 10}, "A4": {"GWP": 1}, "C4": {"GWP": 2}, "D": {"GWP": -1}}},
                  {"id": "k-beton", "name": "Beton (browser test)", "unit": "m3", "dataCategory": "3", "lifespanYears": 100,
                   "representative": true, "source": "NMD test", "impacts": {"A1-A3": {"AP": 0.1}, "A4": {"AP": 0.01}}}],
                 "objects": [{"id": "o1", "name": "Hoofdrijbaan"}, {"id": "o2", "name": "Kunstwerk"}],
                 "lines": [{"id": "L1", "object": "o1", "card": "k-asfalt", "quantity": 1000, "unit": "t"},
                           {"id": "L2", "object": "o2", "card": "k-beton", "quantity": 500, "unit": "m3"},
                           {"id": "L3", "object": "o1", "card": "k-asfalt", "quantity": 200, "unit": "t"},
                           {"id": "L5", "object": "o2", "card": "k-beton", "quantity": 10, "unit": "m3",
                            "restscope": true}]}"""
                .formatted(unique("N999 rapportage"));
    }

    @BeforeAll
    static void start() {
        id = asCalculator().contentType("application/json").body(document()).post("/api/mki/projects")
                .then().statusCode(201).extract().path("project.id");
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    static JsonPath api(String path) {
        return anonymous().get("/api/mki/projects/" + id + path).then().statusCode(200).extract().jsonPath();
    }

    void issue(String kind) {
        browser.click("#issue-form input[value=" + kind + "]");
        browser.click("#issue-submit");
        browser.click("#confirm-yes");
        browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/reports/\\d+$"));
        browser.chartsDrawnMs();
    }

    @Test
    void aCalculatorRunsTheContractFromPlanToProgressAndSeesTheApiFigures() {
        browser.language("en").signIn(Calculator.token());
        browser.open("/projects/" + id);
        browser.click("#reports-link");
        browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/projects/" + id + "/reports"));
        browser.find("#no-reports");

        // a refusal at its field, nothing stored
        browser.type("#contract-form input[name=promisedMkiEuro]", "-5");
        browser.click("#contract-submit");
        assertThat(browser.text("[data-field=promisedMkiEuro] .error-message")).contains("must not be negative");
        assertThat(browser.find("#contract-form input[name=promisedMkiEuro]").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(api("/contract").getString("promisedMkiEuro")).isNull();

        browser.type("#contract-form input[name=promisedMkiEuro]", "600");
        browser.type("#contract-form input[name=awardValuePerEuroMki]", "2");
        browser.type("#contract-form input[name=penaltyFactor]", "1.5");
        browser.type("#contract-form input[name=contractNumber]", "31-web");
        browser.click("#contract-submit");
        browser.find("#saved");
        JsonPath contract = api("/contract");
        assertThat(contract.getDouble("promisedMkiEuro")).isEqualTo(600.0);
        assertThat(contract.getDouble("awardValuePerEuroMki")).isEqualTo(2.0);
        assertThat(contract.getDouble("penaltyFactor")).isEqualTo(1.5);
        assertThat(contract.getString("contractNumber")).isEqualTo("31-web");
        // the document settings are kept as they were
        assertThat(contract.getString("nmdVersion")).isEqualTo("NMD 3.7 (2024-03-01)");
        assertThat(contract.getDouble("serviceLifeYears")).isEqualTo(50.0);
        assertThat(browser.find("#contract-form input[name=promisedMkiEuro]").getAttribute("value")).isEqualTo("600");

        issue("plan");
        JsonPath plan = api("/reports/1");
        assertThat(browser.value("#report-forecast")).isEqualTo(plan.getDouble("forecastMkiEuro"));
        assertThat(browser.value("#report-exposure")).isEqualTo(plan.getDouble("exposureEuro"));
        assertThat(browser.text("#report-hash")).isEqualTo(plan.getString("contentHash"));
        assertThat(browser.all("#table-report-sections tbody tr")).hasSize(plan.getList("sections").size());
        browser.assertAccessible("issued report");
        browser.screenshot("mki-report");

        // realisation: L1 typed in, L2 by the bulk action (realised at its design quantity)
        browser.open("/projects/" + id + "/reports");
        browser.type("#rq-L1", "600");
        new Select(browser.find("#rs-L1")).selectByValue("in-progress");
        browser.click("#pick-L2");
        new Select(browser.find("#bulk-status")).selectByValue("realised");
        browser.click("#bulk-apply");
        assertThat(browser.find("#rq-L2").getAttribute("value")).isEqualTo("500");
        browser.click("#realisation-submit");
        browser.find("#saved");
        List<Map<String, Object>> lines = api("/realisation").getList("$");
        Map<String, Object> l1 = lines.stream().filter(l -> "L1".equals(l.get("line"))).findFirst().orElseThrow();
        Map<String, Object> l2 = lines.stream().filter(l -> "L2".equals(l.get("line"))).findFirst().orElseThrow();
        assertThat(((Number) l1.get("realisedQuantity")).doubleValue()).isEqualTo(600.0);
        assertThat(l1.get("status")).isEqualTo("in-progress");
        assertThat(((Number) l2.get("realisedQuantity")).doubleValue()).isEqualTo(500.0);
        assertThat(l2.get("status")).isEqualTo("realised");

        // a negative realised quantity is refused at the line's field; nothing written
        new Select(browser.find("#rs-L3")).selectByValue("in-progress");
        browser.type("#rq-L3", "-1");
        browser.click("#realisation-submit");
        browser.find("#realisation-form .error-summary");
        assertThat(browser.find("#rq-L3").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#realisation-form .error-summary")).contains("L3");
        assertThat(api("/realisation").getString("find { it.line == 'L3' }.status")).isEqualTo("planned");

        // the restscope line L5 monitored financially (§4.1): half of its budget spent, no quantity
        browser.open("/projects/" + id + "/reports");
        new Select(browser.find("#rs-L5")).selectByValue("in-progress");
        browser.type("#rf-L5", "0.5");
        browser.click("#realisation-submit");
        browser.find("#saved");
        JsonPath realisation = api("/realisation");
        assertThat(realisation.getString("find { it.line == 'L5' }.monitoring")).isEqualTo("financial");
        assertThat(realisation.getDouble("find { it.line == 'L5' }.spentShare")).isEqualTo(0.5);
        assertThat(browser.find("#rf-L5").getAttribute("value")).isEqualTo("0.5");

        // a scope change modelled as a variant (it adds L4, 100 m3 beton): its MKI effect on the page is the API's
        String variant = asCalculator().contentType("application/json").body("{\"label\": \"extra beton\"}")
                .post("/api/mki/projects/" + id + "/variants").then().statusCode(201).extract().path("project.id");
        asCalculator().contentType("application/json")
                .body("{\"id\": \"L4\", \"object\": \"o2\", \"card\": \"k-beton\", \"quantity\": 100, \"unit\": \"m3\"}")
                .post("/api/mki/projects/" + variant + "/lines").then().statusCode(201);
        browser.open("/projects/" + id + "/reports");
        new Select(browser.find("#register-form select[name=register]")).selectByValue("scope-changes");
        new Select(browser.find("#register-form select[name=status]")).selectByValue("agreed");
        browser.type("#register-form input[name=title]", "Extra beton kunstwerk");
        new Select(browser.find("#register-form select[name=variant]")).selectByValue(variant);
        browser.click("#register-submit");
        browser.find("#saved");
        JsonPath registers = api("/registers");
        assertThat(registers.getString("'scope-changes'[0].variant")).isEqualTo(variant);
        assertThat(browser.value("[data-effect='SC-1']")).isEqualTo(registers.getDouble("'scope-changes'[0].mkiEffectEuro"));
        // a risk without its control measure is refused at that field; nothing stored
        new Select(browser.find("#register-form select[name=register]")).selectByValue("risks");
        browser.type("#register-form input[name=risk]", "Asphalt plant not available");
        browser.click("#register-submit");
        assertThat(browser.text("#register-form [data-field=controlMeasure] .error-message")).contains("controlMeasure");
        assertThat(browser.find("#register-form [data-field=controlMeasure] input").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(api("/registers").getList("risks")).isEmpty();

        browser.open("/projects/" + id + "/reports");
        issue("progress");

        browser.open("/projects/" + id + "/reports");
        browser.chartsDrawnMs();
        List<Map<String, Object>> reports = api("/reports").getList("$");
        assertThat(reports).hasSize(2);
        for (Map<String, Object> r : reports) {
            String n = String.valueOf(r.get("number"));
            assertThat(browser.value("[data-forecast='" + n + "']")).isEqualTo(((Number) r.get("forecastMkiEuro")).doubleValue());
            assertThat(browser.value("[data-realised='" + n + "']")).isEqualTo(((Number) r.get("realisedMkiEuro")).doubleValue());
            assertThat(browser.value("[data-exposure='" + n + "']")).isEqualTo(((Number) r.get("exposureEuro")).doubleValue());
        }
        Map<String, Object> last = reports.get(1);
        assertThat(browser.value("#latest-forecast")).isEqualTo(((Number) last.get("forecastMkiEuro")).doubleValue());
        assertThat(browser.value("#latest-exposure")).isEqualTo(((Number) last.get("exposureEuro")).doubleValue());
        // progress: L2 realised at 500 m3 and L1 at 600 t, so something has been realised
        assertThat(((Number) last.get("realisedMkiEuro")).doubleValue()).isPositive();
        // the chart over the reports, with its table: one row per report, the forecast of each
        assertThat(browser.all("figure[data-chart=forecast-promise] tbody tr")).hasSize(2);
        // (the table sits in a closed <details>: read, not seen)
        assertThat(Double.parseDouble(browser.all("figure[data-chart=forecast-promise] tbody tr:nth-child(2) td[data-value]")
                .get(0).getAttribute("data-value"))).isEqualTo(((Number) last.get("forecastMkiEuro")).doubleValue());

        Browser.Download pdf = browser.download("a[data-pdf='2']");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.head()).startsWith("%PDF");
        Browser.Download annexB = browser.download("a[data-annex-b='2']");
        assertThat(annexB.status()).isEqualTo(200);
        assertThat(annexB.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(annexB.head()).startsWith("PK");
        assertThat(annexB.bytes()).isPositive();
        browser.assertAccessible("MKI reports");
        browser.screenshot("mki-reports");

        // a reader, not signed in, opens the same page directly: the figures, no forms
        browser.click("#sign-out");
        browser.open("/projects/" + id + "/reports");
        assertThat(browser.all("#contract-form")).isEmpty();
        assertThat(browser.value("[data-contract=promisedMkiEuro]")).isEqualTo(600.0);
        assertThat(browser.value("[data-forecast='2']")).isEqualTo(((Number) last.get("forecastMkiEuro")).doubleValue());
        assertThat(browser.text("[data-status=L2]")).isEqualTo("realised");
        browser.assertAccessible("MKI reports, read only");
    }
}
