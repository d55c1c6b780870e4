package nl.kringloop.platform;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;

class HealthAndOpenApiIT {

    @Test
    void readinessReportsTheDatabaseAndThePlugins() {
        JsonPath r = api().get("/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("status")).isEqualTo("UP");
        assertThat(r.getString("checks.find { it.name == 'kringloop' }.data.database")).startsWith(
                "postgresql".equals(System.getProperty("kringloop.database")) ? "PostgreSQL" : "Apache Derby");
        assertThat(r.getBoolean("checks.find { it.name == 'kringloop' }.data.pluginsLoaded")).isTrue();
        // seeding runs beside the application's start (StartupTasks); ready means it has finished cleanly
        assertThat(r.getString("checks.find { it.name == 'kringloop' }.data.startupTasks")).isEqualTo("done");
    }

    /**
     * The start-up tasks are the first to persist an {@code Instant}; EclipseLink then asks CDI for the bean
     * manager to build {@code InstantConverter}. On a thread outside the application's context Liberty has none
     * to give and files an FFDC incident at every start (EclipseLink falls back to a plain instance). The tasks'
     * thread comes from the managed thread factory, so there must be no such incident.
     */
    @Test
    void theStartUpTasksRunInTheApplicationsContext() {
        assertThat(ServerLogs.messagesContain("kringloop.platform.StartupTasks")).isTrue();
        assertThat(ServerLogs.messagesContain("No managed thread factory")).isFalse();
        assertThat(ServerLogs.incidentsMentioning("No current bean manager")).as("FFDC incidents of the CDI-JPA bridge")
                .isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesEveryApiOperationWithResponsesAndExamples() {
        JsonPath doc = api().queryParam("format", "JSON").get("/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/methodologies", "/api/methodologies/weightings",
                "/api/methodologies/weightings/{id}", "/api/methodologies/weightings/{id}/apply");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            if (!op.containsKey("summary") || !op.containsKey("responses")
                    || !String.valueOf(op.get("responses")).contains("example")) {
                undocumented.add(method + " " + path);
            }
        }));
        assertThat(undocumented).as("operations without summary, responses or an example").isEmpty();
        assertThat(doc.getString("paths.'/api/methodologies/weightings/{id}/apply'.post.requestBody"))
                .contains("A1-A3");
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        assertThat(schemas).containsKeys("Problem", "WeightingResult", "Plugin", "BillOfMaterials", "MkiResult");
        // records must be described by their components (Liberty leaves them empty unless private fields are scanned)
        assertThat(schemas.entrySet().stream().filter(e -> !e.getValue().containsKey("properties")
                && "object".equals(e.getValue().get("type")) && !e.getValue().containsKey("additionalProperties"))
                .map(Map.Entry::getKey).toList()).as("component schemas without properties").isEmpty();
        assertThat(String.valueOf(schemas.get("Finding").get("properties"))).contains("severity", "rule", "field");
    }

    @Test
    void theOpenApiUiIsServed() {
        String html = api().get("/openapi/ui/").then().statusCode(200).extract().asString();
        assertThat(html).containsIgnoringCase("openapi");
    }
}
