package nl.kringloop.web;

import nl.kringloop.passport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2. A submitter signs in with a token, creates a draft, sees the API's refusal at the field it names, fixes it,
 * publishes with a confirmation, and the public page shows version 1 with its hash.
 */
class SubmitterPagesIT {

    static Browser browser;
    static Http.Org org;

    @BeforeAll
    static void start() {
        org = Http.newOrganisation();
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void signInDraftRefusalAtTheFieldFixPublishAndThePublicPageShowsVersion1WithItsHash() {
        browser.language("en").open("/signin");
        browser.assertAccessible("sign in");
        browser.signIn(org.token());
        // the token lives in this tab's session storage only: no cookie, not in the URL
        assertThat(browser.driver.manage().getCookies()).isEmpty();
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(org.token()).endsWith("/submit");
        assertThat(browser.js("return sessionStorage.getItem('kringloop.token')")).isEqualTo(org.token());
        assertThat(browser.text("#who-name")).isNotBlank();

        browser.click("#new-passport");
        browser.find("#passport-form");
        String name = Http.unique("Monitor");
        browser.type("input[name='product.name']", name);
        browser.type("input[name='massGram']", "5200");
        WebElement addRow = browser.find("fieldset[data-code='A1.1'] > button");
        addRow.click();
        browser.type("input[name='A1.1.0.material']", "aluminium");
        browser.type("input[name='A1.1.0.cas']", "7429-90-4"); // wrong check digit: 7429-90-5 is aluminium
        browser.type("input[name='A1.1.0.massGram']", "900");
        browser.type("input[name='A1.1.0.method']", "scale");
        browser.click("#save-draft");

        // the refusal is shown at the CAS field of row 0 of A1.1, which the problem names, and nothing was stored
        WebElement casField = browser.find("[data-field='values.A1.1[0].cas'].field--invalid");
        assertThat(casField.findElement(By.cssSelector(".error-message")).getText()).contains("7429-90-4").contains("CAS");
        assertThat(browser.find("input[name='A1.1.0.cas']").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(".error-summary")).contains("A1.1[0].cas");
        assertThat(as(org.token()).get("/api/passports/mine").then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
        browser.assertAccessible("passport editor with a refusal");
        browser.screenshot("submit-refusal");

        browser.type("input[name='A1.1.0.cas']", "7429-90-5");
        browser.click("#save-draft");
        browser.find("#saved-notice");
        String id = browser.driver.getCurrentUrl().replaceAll(".*/submit/([^?]+).*", "$1");
        assertThat(as(org.token()).get("/api/passports/mine").then().extract().jsonPath().getList("id")).containsExactly(id);
        assertThat(browser.all(".field--invalid")).isEmpty();

        browser.click("#publish");
        browser.find("dialog[open]");
        browser.assertAccessible("publish confirmation");
        browser.click("#confirm-yes");
        String shownHash = browser.text("#published-hash");
        String apiHash = anonymous().get("/api/passports/" + id).then().statusCode(200).extract().path("contentSha256");
        assertThat(shownHash).isEqualTo(apiHash).hasSize(64);
        browser.screenshot("submit-published");

        browser.click("#published-link");
        browser.chartsDrawnMs();
        assertThat(browser.text("h1")).isEqualTo(name);
        assertThat(browser.text("#passport-version")).startsWith("1").contains("published");
        assertThat(browser.text("#content-hash")).isEqualTo(apiHash);
        assertThat(browser.value("#product-mass")).isEqualTo(5200.0);

        // another organisation's worklist does not list it
        assertThat(as(Http.newOrganisation().token()).get("/api/passports/mine").then().statusCode(200).extract()
                .jsonPath().getList("id")).doesNotContain(id);

        browser.open("/submit");
        assertThat(browser.text("#my-passports")).contains(name);
        browser.assertAccessible("my passports");
        browser.screenshot("submit-list");

        browser.click("#sign-out");
        browser.find("#sign-in-link");
        assertThat(browser.js("return sessionStorage.getItem('kringloop.token')")).isNull();
    }
}
