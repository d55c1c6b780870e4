package nl.kringloop.platform;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9457 in full on the running server: a problem's type URI answers its documentation, served by the register. */
class ProblemTypesIT {

    @Test
    void theTypeOfAProblemResolvesToItsDocumentationOnTheRegister() {
        Response missing = api().get("/api/passports/no-such-passport");
        assertProblem(missing, 404, "not-found");
        assertThat(missing.jsonPath().getString("instance")).isEqualTo("/api/passports/no-such-passport");

        String type = missing.jsonPath().getString("type");
        Response page = io.restassured.RestAssured.given().urlEncodingEnabled(false).get(type);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("Not found").contains("404");

        Response all = api().get("/problems");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.asString()).contains("precondition-failed").contains("invalid-field").contains("too-many-requests");

        // an unknown type is itself a problem, with its path
        Response unknown = api().get("/problems/no-such-type");
        assertProblem(unknown, 404, "not-found");
        assertThat(unknown.jsonPath().getString("instance")).isEqualTo("/problems/no-such-type");
    }

    @Test
    void theServedDocumentNamesNoHostAndEveryOperationHasAnId() {
        var doc = api().queryParam("format", "JSON").get("/openapi").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> servers = doc.getList("servers");
        assertThat(servers).extracting(s -> s.get("url")).containsExactly("/");
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, ops) -> ops.forEach((method, op) ->
                assertThat(op).as(method + " " + path).containsKeys("operationId", "security")));
    }
}
