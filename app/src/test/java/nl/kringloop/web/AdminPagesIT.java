package nl.kringloop.web;

import nl.kringloop.passport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/** 3. The governance administrator creates an organisation and authorises a person, whose token is shown once. */
class AdminPagesIT {

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
    void anAdministratorAuthorisesAPersonAndTheTokenShownOnceWorks() {
        browser.language("en").signIn(Http.ADMIN_TOKEN);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/admin");
        browser.find("#table-guidelines");
        browser.assertAccessible("administration");
        browser.screenshot("admin");

        String orgName = Http.unique("Leverancier");
        browser.type("#org-form input[name=name]", orgName);
        browser.click("#org-create");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/admin/organisations/"));
        assertThat(browser.text("h1")).isEqualTo(orgName);

        String person = Http.unique("Anna");
        browser.type("#person-form input[name=name]", person);
        browser.type("#person-form input[name=email]", "anna@example.org");
        browser.click("#person-create");
        String token = browser.text("#issued-token");
        assertThat(browser.text("#table-people")).contains(person);
        browser.assertAccessible("organisation with a new token");
        browser.screenshot("admin-organisation");

        // the token works for the person it was issued to, with the role chosen (submitter is the default)
        var me = as(token).get("/api/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("name")).isEqualTo(person);
        assertThat(me.getList("roles")).containsExactly("submitter");

        // shown once: opened again, the page has no token, only its prefix
        browser.open(browser.driver.getCurrentUrl().replace(Browser.BASE, ""));
        browser.find("#table-people");
        assertThat(browser.all("#issued-token")).isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain(token);
    }
}
