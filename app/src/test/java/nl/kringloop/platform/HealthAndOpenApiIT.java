package nl.kringloop.platform;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;

class HealthAndOpenApiIT {

    @Test
    void readinessReportsTheDatabaseAndThePlugins() {
        JsonPath r = api().get("/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("status")).isEqualTo("UP");
        assertThat(r.getString("checks.find { it.name == 'kringloop' }.data.database")).startsWith("Apache Derby");
        assertThat(r.getBoolean("checks.find { it.name == 'kringloop' }.data.pluginsLoaded")).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiOperationWithResponsesAndExamples() {
        JsonPath doc = api().queryParam("format", "JSON").get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/methodologies", "/api/methodologies/weightings",
                "/api/methodologies/weightings/{id}", "/api/methodologies/weightings/{id}/apply");
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            assertThat(op).as(method + " " + path).containsKeys("summary", "responses");
            assertThat(String.valueOf(op.get("responses"))).as(method + " " + path + " example").contains("example");
        }));
        assertThat(doc.getString("paths.'/api/methodologies/weightings/{id}/apply'.post.requestBody"))
                .contains("A1-A3");
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "WeightingResult", "Plugin");
    }

    @Test
    void theOpenApiUiIsServed() {
        String html = api().get("/openapi/ui/").then().statusCode(200).extract().asString();
        assertThat(html).containsIgnoringCase("openapi");
    }
}
