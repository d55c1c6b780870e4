package nl.kringloop.web;

import io.restassured.path.json.JsonPath;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5. Portfolios and Circular Due Diligence in a real browser: a submitter creates a private portfolio, adds two published
 * passports from a register search with quantities, sees a refused quantity at its field, finds the API's analysis
 * figures on the page, downloads the CDD report as PDF and XLSX, issues it, renames the portfolio and makes it public; a reader opens it by
 * its link and a passport page shows its one-unit analysis as the API computes it.
 */
class PortfolioPagesIT {

    static Browser browser;
    static Http.Org org;
    static String laptop;
    static String laptopName;
    static String monitor;
    static String monitorName;

    static String publish(String name, int massGram) {
        String id = as(org.token()).body(RegisterPagesIT.document(name, massGram)).post("/api/passports").then()
                .statusCode(201).extract().path("id");
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @BeforeAll
    static void start() {
        org = Http.newOrganisation();
        laptopName = Http.unique("Portfolio laptop");
        monitorName = Http.unique("Portfolio monitor");
        laptop = publish(laptopName, 1850);
        monitor = publish(monitorName, 4200);
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    void addFromSearch(String name, String passportId, String quantity) {
        browser.type("#add-search input[name=text]", name);
        browser.click("#add-search-submit");
        browser.type("form[data-add='" + passportId + "'] input[name=quantity]", quantity);
        browser.find("form[data-add='" + passportId + "'] button[type=submit]").click();
        browser.waitFor().until(d -> browser.all("#saved").size() == 1 && browser.all("#table-items").size() == 1
                && browser.text("#table-items").contains(name));
    }

    @Test
    void aSubmitterBuildsAPortfolioFromTheRegisterAndSeesTheApiAnalysis() {
        browser.language("en").signIn(org.token());
        browser.open("/portfolios");
        String portfolioName = Http.unique("State ICT hardware");
        browser.type("#portfolio-create input[name=name]", portfolioName);
        browser.click("#portfolio-create-submit");
        browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/portfolios/[^/]+$"));
        browser.find("#no-items");
        String id = browser.driver.getCurrentUrl().replaceAll(".*/portfolios/", "");

        addFromSearch(laptopName, laptop, "30");
        addFromSearch(monitorName, monitor, "5");
        JsonPath portfolio = as(org.token()).get("/api/portfolios/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(portfolio.getString("name")).isEqualTo(portfolioName);
        assertThat(portfolio.getDouble("items.find { it.passport == '" + laptop + "' }.quantity")).isEqualTo(30.0);
        assertThat(portfolio.getDouble("items.find { it.passport == '" + monitor + "' }.quantity")).isEqualTo(5.0);

        // a negative quantity is refused at the item's field; nothing stored
        browser.type("#iq-0", "-5");
        browser.click("#items-submit");
        browser.find("#items-form .error-summary");
        assertThat(browser.find("#iq-0").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(as(org.token()).get("/api/portfolios/" + id).then().statusCode(200).extract().jsonPath()
                .<Number>getList("items.quantity").stream().map(Number::doubleValue)).containsExactlyInAnyOrder(30.0, 5.0);

        browser.open("/portfolios/" + id);
        browser.chartsDrawnMs();
        JsonPath a = as(org.token()).get("/api/portfolios/" + id + "/analysis").then().statusCode(200).extract().jsonPath();
        assertThat(browser.value("#analysis-total-mass")).isEqualTo(a.getDouble("composition.totalMassGram"));
        assertThat(browser.value("#analysis-crm-per-year")).isEqualTo(a.getDouble("criticalRawMaterialsTotal.gramPerYearOfUse"));
        assertThat(browser.value("#analysis-ghg-per-year")).isEqualTo(a.getDouble("ghg.gramPerYearOfUse"));
        assertThat(browser.value("#portfolio-quantity")).isEqualTo(a.getDouble("scope.totalQuantity")).isEqualTo(35.0);
        List<Map<String, Object>> materials = a.getList("composition.materials");
        assertThat(browser.all("#table-analysis-materials tbody tr")).hasSize(materials.size());
        for (Map<String, Object> m : materials) {
            assertThat(browser.value("#table-analysis-materials [data-material='" + m.get("material") + "']"))
                    .isEqualTo(((Number) m.get("massGram")).doubleValue());
        }
        for (Map<String, Object> c : a.<Map<String, Object>>getList("criticalRawMaterials")) {
            assertThat(browser.value("#table-analysis-crm [data-crm='" + c.get("crm") + "']"))
                    .isEqualTo(((Number) c.get("gramPerYearOfUse")).doubleValue());
        }
        assertThat(browser.all("figure[data-chart=analysis-ghg] tbody tr")).hasSize(4);

        Browser.Download pdf = browser.download("#cdd-pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.head()).startsWith("%PDF");
        Browser.Download xlsx = browser.download("#cdd-xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.head()).startsWith("PK");

        browser.click("#cdd-issue-submit");
        browser.click("#confirm-yes");
        browser.find("#table-cdd-issued");
        List<Map<String, Object>> issued = as(org.token()).get("/api/portfolios/" + id + "/due-diligence/reports").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(issued).hasSize(1);
        assertThat(browser.text("#table-cdd-issued")).contains((String) issued.get(0).get("contentSha256"));
        assertThat(browser.download("a[data-issued-pdf='1']").head()).startsWith("%PDF");
        browser.assertAccessible("portfolio");
        browser.screenshot("portfolio");

        // private until the owner renames it and makes it public with the settings form
        assertThat(anonymous().get("/api/portfolios/" + id).then().extract().statusCode()).isEqualTo(401);
        String renamed = portfolioName + " (renamed)";
        browser.click("#portfolio-settings-toggle");
        browser.type("#portfolio-settings input[name=name]", renamed);
        browser.click("#portfolio-settings input[name=public]");
        browser.click("#portfolio-settings-submit");
        // (the page still shows the notice of the issued report until it is drawn again)
        browser.waitFor().until(d -> renamed.equals(browser.text("#portfolio-name")));
        assertThat(browser.text("#portfolio-visibility")).isEqualTo("public");
        JsonPath published = anonymous().get("/api/portfolios/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(published.getString("name")).isEqualTo(renamed);
        assertThat(published.getBoolean("public")).isTrue();
        assertThat(published.getList("items")).hasSize(2);

        // a reader opens the public portfolio by its link in a fresh tab state
        browser.click("#sign-out");
        browser.open("/portfolios");
        assertThat(browser.text("#table-portfolios")).contains(renamed);
        browser.assertAccessible("portfolios");
        browser.screenshot("portfolios");
        browser.open("/portfolios/" + id);
        browser.chartsDrawnMs();
        assertThat(browser.text("#portfolio-name")).isEqualTo(renamed);
        assertThat(browser.value("#analysis-total-mass")).isEqualTo(a.getDouble("composition.totalMassGram"));
        assertThat(browser.all("#items-form")).isEmpty();
        assertThat(browser.all("#table-items tbody tr")).hasSize(2);
        browser.assertAccessible("portfolio, read only");
    }

    @Test
    void aPassportPageShowsItsOneUnitAnalysisAsTheApiComputesIt() {
        JsonPath a = anonymous().get("/api/passports/" + laptop + "/analysis").then().statusCode(200).extract().jsonPath();
        browser.language("nl").open("/passports/" + laptop);
        browser.chartsDrawnMs();
        assertThat(browser.value("#analysis-total-mass")).isEqualTo(a.getDouble("composition.totalMassGram"));
        // in Dutch: a point between thousands
        assertThat(browser.text("#analysis-total-mass")).isEqualTo(RegisterPagesIT.nl(a.getDouble("composition.totalMassGram"), "#,##0.###") + " g");
        assertThat(browser.text("#passport-analysis-h")).startsWith("Analyse van één stuk");
        assertThat(browser.value("#analysis-crm-per-year")).isEqualTo(a.getDouble("criticalRawMaterialsTotal.gramPerYearOfUse"));
        assertThat(browser.value("#analysis-ghg-per-year")).isEqualTo(a.getDouble("ghg.gramPerYearOfUse"));
        browser.assertAccessible("passport with analysis");
    }
}
