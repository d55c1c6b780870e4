package nl.kringloop.platform;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Every API error is RFC 9457 problem+json naming what is wrong; never HTML, never a stack trace. */
class ProblemIT {

    private static final String APPLY = "/api/methodologies/weightings/nmd-set-1/apply";

    @Test
    void aPathOutsideTheApiIs404ProblemJsonNamingWhereTheApiIs() {
        Response r = api().get("/methodologies"); // the API's path without its /api prefix
        assertProblem(r, 404, "not-found");
        assertThat(r.jsonPath().getString("detail")).contains("/methodologies").contains("/api");
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("SRVE");
    }

    @Test
    void theRootIsALandingPageThatLinksTheApiExplorerAndMarksTheDemoIllustrative() {
        Response r = api().get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("href=\"/openapi/ui\"").contains("illustrative");
    }

    @Test
    void malformedJsonIs400NamingWhereTheParserStopped() {
        Response r = api().contentType("application/json").body("{\"A1-A3\": {\"GWP\": 1").post(APPLY);
        assertProblem(r, 400, "malformed-json");
        assertThat(r.jsonPath().getString("detail")).contains("line 1");
    }

    @Test
    void anEmptyBodyIs400() {
        assertProblem(api().contentType("application/json").body("").post(APPLY), 400, "malformed-json");
    }

    @Test
    void aStringWhereANumberBelongsIs400NamingTheField() {
        Response r = api().contentType("application/json").body("{\"A1-A3\": {\"GWP\": \"100\"}}").post(APPLY);
        assertProblem(r, 400, "invalid-field");
        assertThat(r.jsonPath().getString("field")).isEqualTo("A1-A3.GWP");
        assertThat(r.jsonPath().getString("detail")).contains("expected a number, got a string");
    }

    @Test
    void anUnknownModuleIs400NamingIt() {
        Response r = api().contentType("application/json").body("{\"E9\": {\"GWP\": 1}}").post(APPLY);
        assertProblem(r, 400, "invalid-field");
        assertThat(r.jsonPath().getString("field")).isEqualTo("E9");
    }

    @Test
    void aNumberBeyondDoubleRangeIs400() {
        Response r = api().contentType("application/json").body("{\"D\": {\"GWP\": 1e400}}").post(APPLY);
        assertProblem(r, 400, "invalid-field");
        assertThat(r.jsonPath().getString("field")).isEqualTo("D.GWP");
    }

    @Test
    void anUnknownSetIs404NamingIt() {
        Response r = api().contentType("application/json").body("{}")
                .post("/api/methodologies/weightings/nmd-set-9/apply");
        assertProblem(r, 404, "not-found");
        assertThat(r.jsonPath().getString("detail")).contains("nmd-set-9");
    }

    @Test
    void anUnknownPathUnderApiIs404ProblemEvenWhenTheClientAsksForHtml() {
        Response r = api().accept("text/html").get("/api/no/such/thing");
        assertProblem(r, 404, "not-found");
        // answered by the API's exception mapper, not by the error page of paths outside /api
        assertThat(r.jsonPath().getString("detail")).isEqualTo("No resource at this path");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() {
        Response r = api().delete("/api/methodologies");
        assertProblem(r, 405, "method-not-allowed");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void aWrongMediaTypeIs415() {
        assertProblem(api().contentType("text/plain").body("GWP=1").post(APPLY), 415, "unsupported-media-type");
    }
}
