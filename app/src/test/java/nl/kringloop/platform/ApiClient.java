package nl.kringloop.platform;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;

/** Entry point of the HTTP integration tests: the server the build started (profile "it"). */
public final class ApiClient {

    public static final String BASE_URI = System.getProperty("kringloop.baseUri", "http://localhost:9181");

    private ApiClient() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().baseUri(BASE_URI).urlEncodingEnabled(false);
    }

    /** Asserts an RFC 9457 problem of this status and kind: problem+json, never HTML or a stack trace. */
    public static void assertProblem(Response r, int status, String slug) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // RFC 9457 in full: a type that resolves to its documentation on this server, the request's path as instance
        assertThat(r.jsonPath().getString("type")).isEqualTo(BASE_URI + "/problems/" + slug);
        assertThat(r.jsonPath().getString("instance")).as(r.asString()).startsWith("/");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(r.jsonPath().getString("title")).isNotBlank();
        assertThat(r.asString()).doesNotContain("<html").doesNotContain("\tat ").doesNotContain("\\tat ");
    }
}
