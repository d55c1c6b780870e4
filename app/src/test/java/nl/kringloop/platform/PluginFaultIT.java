package nl.kringloop.platform;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration-test server's plugins directory holds, beside the real plugins, a corrupt jar, a plugin
 * whose start() throws and a plugin whose extensions throw or hang (plugins/testing). Each is listed with
 * its failure; the server stays ready and the other plugins keep working. The call time limit of this
 * server is 1500 ms (src/test/liberty/config).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginFaultIT {

    @Test
    @Order(1)
    void aCorruptJarIsListedAsFailedToLoadWithTheReason() {
        Map<String, Object> corrupt = MethodologyIT.plugin(methodologies(), "corrupt-plugin.jar");
        assertThat(corrupt).containsEntry("state", "FAILED_TO_LOAD");
        assertThat((String) corrupt.get("reason")).isNotBlank();
    }

    @Test
    @Order(2)
    void aPluginWhoseStartThrowsIsListedAsFailedWithTheReason() {
        Map<String, Object> failing = MethodologyIT.plugin(methodologies(), "test-failing-start");
        assertThat(failing).containsEntry("state", "FAILED");
        assertThat((String) failing.get("reason")).contains("deliberate failure on start");
    }

    @Test
    @Order(3)
    void anExtensionThatThrowsGivesA503ProblemNamingThePluginAndIsListedAsFailed() {
        Response r = api().contentType("application/json").body("{\"A1-A3\": {\"GWP\": 1}}")
                .post("/api/methodologies/weightings/test-throwing/apply");
        assertProblem(r, 503, "plugin-failure");
        assertThat(r.jsonPath().getString("detail")).contains("test-faulty-extension")
                .contains("deliberate failure in shadowPriceSet()").doesNotContain("Exception");
        assertThat(r.jsonPath().getString("incidentId")).isNotBlank();

        Map<String, Object> ext = extension("test-faulty-extension", "test-throwing");
        assertThat(ext).containsEntry("state", "FAILED");
        assertThat((String) ext.get("reason")).contains("deliberate failure").doesNotContain("Exception");
    }

    @Test
    @Order(4)
    void anExtensionThatHangsIsCutOffAtTheTimeLimitAndQuarantined() {
        long start = System.nanoTime();
        Response r = api().contentType("application/json").body("{\"A1-A3\": {\"GWP\": 1}}")
                .post("/api/methodologies/weightings/test-hanging/apply");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertProblem(r, 503, "plugin-failure");
        assertThat(r.jsonPath().getString("detail")).contains("timed out after 1500 ms");
        assertThat(tookMs).as("request bounded by the 1500 ms call limit").isLessThan(10_000);

        // the second call does not wait again: the extension is quarantined
        Response again = api().contentType("application/json").body("{\"A1-A3\": {\"GWP\": 1}}")
                .post("/api/methodologies/weightings/test-hanging/apply");
        assertProblem(again, 503, "plugin-failure");
        assertThat(again.jsonPath().getString("detail")).contains("quarantined");
        assertThat(extension("test-faulty-extension", "test-hanging")).containsEntry("state", "QUARANTINED");
    }

    @Test
    @Order(5)
    void afterAllFailuresTheServerIsReadyAndTheRealPluginStillWorks() {
        api().get("/health/ready").then().statusCode(200);
        // 2 kg CO2-eq × 0.05 euro/kg = 0.1 euro
        double total = api().contentType("application/json").body("{\"A4\": {\"GWP\": 2}}")
                .post("/api/methodologies/weightings/nmd-set-1/apply").then().statusCode(200)
                .extract().jsonPath().getDouble("totalMkiEuro");
        assertThat(total).isEqualTo(0.1);
    }

    private static JsonPath methodologies() {
        return api().get("/api/methodologies").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> extension(String pluginId, String extensionId) {
        List<Map<String, Object>> ext = MethodologyIT.extensions(MethodologyIT.plugin(methodologies(), pluginId));
        return ext.stream().filter(e -> extensionId.equals(e.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(extensionId + " not listed: " + ext));
    }
}
