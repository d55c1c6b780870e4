package nl.kringloop.web;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** 6. Methodologies with a failing plugin shown, the start page, the card library, and the app shell's deep links. */
class OtherPagesIT {

    static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theMethodologiesPageShowsEveryPluginAndTheFailureOfABrokenOne() {
        JsonPath api = anonymous().get("/api/methodologies").then().statusCode(200).extract().jsonPath();
        browser.language("en").open("/methodologies");
        List<Map<String, Object>> plugins = api.getList("plugins");
        assertThat(browser.all("section[data-plugin]")).hasSize(plugins.size());
        // the integration-test server loads deliberately broken plugins: each is shown with its reason
        List<Map<String, Object>> failed = plugins.stream().filter(p -> !"STARTED".equals(p.get("state"))).toList();
        assertThat(failed).isNotEmpty();
        for (Map<String, Object> p : failed) {
            String key = p.get("id") != null ? (String) p.get("id") : (String) p.get("path");
            String section = browser.text("section[data-plugin='" + key + "']");
            assertThat(section).contains((String) p.get("state"));
            if (p.get("reason") != null) {
                assertThat(section).contains("Failure");
            }
        }
        assertThat(browser.text("main")).contains("RWS-MKI 4.0");
        browser.assertAccessible("methodologies");
        browser.screenshot("methodologies");
    }

    @Test
    void theStartPageAndTheCardLibraryInDutch() {
        browser.language("nl").open("/");
        assertThat(browser.text("h1")).isEqualTo("Kringloop");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.text("#site-nav")).contains("Paspoortregister");
        browser.assertAccessible("start page");
        browser.screenshot("home");
        browser.click("#site-nav a[href='/cards']");
        browser.find("#card-search");
        assertThat(browser.text("h1")).isEqualTo("Kaartenbibliotheek");
        browser.assertAccessible("card library");
        browser.click("#lang-switch");
        browser.waitFor().until(d -> "Card library".equals(browser.text("h1")));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aDeepLinkToAnUnknownPortfolioSaysSoInASentence() {
        browser.language("en").open("/portfolios/some-id");
        assertThat(browser.text("h1")).isEqualTo("This page could not be shown");
        // the API's 404 as a sentence naming the portfolio, never raw JSON
        assertThat(browser.text("main .notice--error")).startsWith("Not found").contains("some-id").doesNotContain("{");
    }

    @Test
    void deepLinksGetTheShellOnlyForABrowserAndTheApiKeepsItsProblemJson() {
        Response page = api().accept("text/html,application/xhtml+xml").get("/passports/abc/versions/2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("/app/main.js");
        // a client asking for JSON, and the API itself, keep the problem+json answers
        assertProblem(api().accept("application/json").get("/passports/abc"), 404, "not-found");
        assertProblem(api().accept("application/json").get("/api/passports/no-such-passport"), 404, "not-found");
        assertThat(api().get("/app/main.js").then().statusCode(200).extract().contentType()).contains("javascript");
        assertThat(api().get("/webjars/chart.js/4.4.1/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }
}
