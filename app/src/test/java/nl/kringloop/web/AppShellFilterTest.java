package nl.kringloop.web;

import org.junit.jupiter.api.Test;

import static nl.kringloop.web.AppShellFilter.isPageRequest;
import static org.assertj.core.api.Assertions.assertThat;

class AppShellFilterTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserOpeningAPageOfTheAppGetsTheShell() {
        assertThat(isPageRequest("GET", BROWSER, "/passports/9c2f/versions/2")).isTrue();
        assertThat(isPageRequest("GET", BROWSER, "/projects/5f0c")).isTrue();
        assertThat(isPageRequest("GET", BROWSER, "/portfolios/1")).isTrue();
        assertThat(isPageRequest("GET", BROWSER, "/methodologies")).isTrue();
    }

    @Test
    void theApiFilesOtherMethodsAndNonBrowsersAreLeftAlone() {
        assertThat(isPageRequest("GET", BROWSER, "/api/passports/9c2f")).isFalse();
        assertThat(isPageRequest("GET", BROWSER, "/app/main.js")).isFalse();
        assertThat(isPageRequest("GET", BROWSER, "/passports/9c2f/export.csv")).isFalse();
        assertThat(isPageRequest("GET", BROWSER, "/nothing-here")).isFalse();
        assertThat(isPageRequest("POST", BROWSER, "/passports")).isFalse();
        assertThat(isPageRequest("GET", "*/*", "/methodologies")).isFalse();
        assertThat(isPageRequest("GET", null, "/passports")).isFalse();
    }
}
