package nl.kringloop.platform;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;

/** Every API error is RFC 9457 problem+json naming what is wrong; never HTML, never a stack trace. */
class ProblemIT {

    private static final String APPLY = "/api/methodologies/weightings/nmd-set-1/apply";

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

    static void assertProblem(Response r, int status, String slug) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://kringloop.nl/problems/" + slug);
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(r.jsonPath().getString("title")).isNotBlank();
        assertThat(r.asString()).doesNotContain("<html").doesNotContain("\tat ").doesNotContain("\\tat ");
    }
}
