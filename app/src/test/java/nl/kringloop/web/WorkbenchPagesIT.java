package nl.kringloop.web;

import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static nl.kringloop.passport.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 4. The MKI workbench in a real browser: the 302-line demo project with the API's figures (and how long it takes to
 * draw), filters and sorting, a calculator changing a quantity and seeing the API's new total, a variant compared.
 */
class WorkbenchPagesIT {

    static Browser browser;
    static String demoId;
    static String copyId;
    static String calculatorToken;

    @BeforeAll
    static void start() {
        List<Map<String, Object>> projects = anonymous().get("/api/mki/projects").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.illustrative }");
        demoId = (String) projects.get(0).get("id");
        String orgId = admin().body(json("name", Http.unique("Aannemer"))).post("/api/organisations").then()
                .statusCode(201).extract().path("id");
        calculatorToken = admin().body("{\"name\": \"" + Http.unique("Rekenaar") + "\", \"roles\": [\"calculator\"]}")
                .post("/api/organisations/" + orgId + "/submitters").then().statusCode(201).extract().path("token");
        // edits go to a copy of the demo's document: the shared demo project stays as other tests expect it
        String export = anonymous().get("/api/mki/projects/" + demoId + "/export").then().statusCode(200).extract().asString();
        JsonObject doc = Json.createReader(new StringReader(export)).readObject();
        String copy = Json.createObjectBuilder(doc).add("name", Http.unique("Copy of the N999 demo")).build().toString();
        copyId = as(calculatorToken).body(copy).post("/api/mki/projects").then().statusCode(201).extract().path("project.id");
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theDemoProjectPageShowsTheApiFiguresFiltersAndSorts() {
        JsonPath result = anonymous().get("/api/mki/projects/" + demoId + "/result").then().statusCode(200).extract().jsonPath();
        JsonPath project = anonymous().get("/api/mki/projects/" + demoId).then().statusCode(200).extract().jsonPath();
        browser.language("en").open("/projects");
        browser.assertAccessible("projects");
        browser.screenshot("projects");

        long[] ms = browser.timeDirectLoads("/projects/" + demoId, 4);
        System.out.println("[timing] 302-line demo project page, direct load: navigation start -> charts drawn "
                + java.util.Arrays.toString(ms) + " ms, median " + Browser.median(ms) + " ms");
        // the target is 1 s; the bound leaves room for a machine shared with other builds
        assertThat(Browser.median(ms)).isLessThanOrEqualTo(Browser.TIME_BOUND_MS);
        assertThat(browser.value("#total-mki")).isEqualTo(result.getDouble("totalMkiEuro"));
        assertThat(browser.all("#table-lines tbody tr")).hasSize(302);
        assertThat(browser.all("figure[data-chart=by-module] td[data-value]")).hasSize(result.getMap("byModule").size());
        // every object's subtree MKI as the API gives it
        for (Map<String, Object> o : result.<Map<String, Object>>getList("byObject")) {
            assertThat(browser.value("[data-object-total='" + o.get("id") + "']")).isEqualTo(((Number) o.get("subtreeMkiEuro")).doubleValue());
        }
        browser.assertAccessible("demo project");
        browser.screenshot("project");

        // filter by section: as many lines as the document has asphalt lines
        int asphalt = project.getList("document.lines.findAll { it.section == 'asphalt' }").size();
        new Select(browser.find("#filter-section")).selectByValue("asphalt");
        browser.waitFor().until(d -> browser.all("#table-lines tbody tr").size() == asphalt);
        assertThat(browser.text("#lines-count")).startsWith(asphalt + " of 302");
        // sort by MKI: the cheapest asphalt line first
        browser.click("button.sort[data-sort=mki]");
        double cheapest = project.<String>getList("document.lines.findAll { it.section == 'asphalt' }.id").stream()
                .mapToDouble(id -> result.getDouble("lines.find { it.id == '" + id + "' }.mkiEuro")).min().orElseThrow();
        assertThat(Double.parseDouble(browser.find("#table-lines tbody tr:first-child [data-line-mki]").getAttribute("data-value"))).isEqualTo(cheapest);
        assertThat(browser.find("button.sort[data-sort=mki]").findElement(By.xpath("..")).getAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    void aCalculatorChangesAQuantityAndSeesTheApiNewTotalThenComparesAVariant() {
        JsonPath before = anonymous().get("/api/mki/projects/" + copyId + "/result").then().statusCode(200).extract().jsonPath();
        double oldTotal = before.getDouble("totalMkiEuro");
        double oldL1 = before.getDouble("lines.find { it.id == 'L1' }.mkiEuro");
        double oldQuantity = before.getDouble("lines.find { it.id == 'L1' }.quantity");
        browser.language("en").signIn(calculatorToken);
        browser.open("/projects/" + copyId);
        browser.chartsDrawnMs();
        browser.click("[data-details=L1]");
        // the line's factors with the rules they cite, from the API
        String firstRule = before.getString("lines.find { it.id == 'L1' }.factors[0].rule");
        assertThat(browser.text("#detail-L1")).contains(firstRule);
        browser.type("#qty-L1", String.valueOf(oldQuantity * 2));
        browser.find("form[data-edit-line=L1] button[type=submit]").click();
        browser.find("#recalc-total");

        double apiTotal = anonymous().get("/api/mki/projects/" + copyId + "/result").then().statusCode(200).extract().path("totalMkiEuro");
        assertThat(browser.value("#total-mki")).isEqualTo(apiTotal);
        // the MKI is linear in quantity: doubling L1 adds L1's old MKI once to the total
        assertThat(apiTotal).isCloseTo(oldTotal + oldL1, within(1e-6 * Math.abs(oldTotal)));
        browser.screenshot("project-recalculated");

        browser.type("#variant-form input[name=label]", "less guardrail");
        browser.click("#variant-create");
        browser.waitFor().until(d -> !d.getCurrentUrl().endsWith("/projects/" + copyId));
        assertThat(browser.text("#variant-label")).isEqualTo("less guardrail");
        String variantId = browser.driver.getCurrentUrl().replaceAll(".*/projects/", "");
        browser.chartsDrawnMs();
        browser.click("[data-details=L1]");
        browser.type("#qty-L1", String.valueOf(oldQuantity));
        browser.find("form[data-edit-line=L1] button[type=submit]").click();
        browser.find("#recalc-total");

        browser.click("#compare-submit");
        browser.chartsDrawnMs();
        JsonPath cmp = anonymous().get("/api/mki/projects/compare?ids=" + copyId + "," + variantId).then().statusCode(200).extract().jsonPath();
        assertThat(browser.value("[data-variant-total='" + copyId + "']")).isEqualTo(cmp.getDouble("variants[0].totalMkiEuro"));
        assertThat(browser.value("[data-variant-total='" + variantId + "']")).isEqualTo(cmp.getDouble("variants[1].totalMkiEuro"));
        // the variant has L1 back at its old quantity: its total is the copy's before the edit
        assertThat(cmp.getDouble("variants[1].totalMkiEuro")).isCloseTo(oldTotal, within(1e-6 * Math.abs(oldTotal)));
        assertThat(browser.text("#table-compare-lines")).contains("L1");
        assertThat(browser.all("figure[data-chart=compare-modules] thead th")).hasSize(3);
        browser.assertAccessible("variant comparison");
        browser.screenshot("compare");
    }
}
