package nl.kringloop.platform;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/methodologies} on the running server, whose plugins directory the build filled. */
class MethodologyIT {

    @Test
    @SuppressWarnings("unchecked")
    void listsMkiWeightingWithItsVersionAndBothShadowPriceSets() {
        JsonPath body = api().get("/api/methodologies").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();

        Map<String, Object> plugin = plugin(body, "mki-weighting");
        assertThat(plugin).containsEntry("state", "STARTED").containsEntry("provider", "Kringloop")
                .containsEntry("version", "0.1.0-SNAPSHOT").containsEntry("path", "mki-weighting.jar");
        List<Map<String, Object>> ext = extensions(plugin);
        assertThat(ext).extracting(e -> e.get("id")).containsExactlyInAnyOrder("nmd-set-1", "nmd-set-2");
        assertThat(ext).allSatisfy(e -> {
            assertThat(e).containsEntry("extensionPoint", "ImpactWeighting").containsEntry("state", "AVAILABLE");
            assertThat((List<?>) e.get("implementsRules")).isNotEmpty();
            assertThat((String) e.get("description")).isNotBlank();
        });
        Map<String, Object> set1 = ext.stream().filter(e -> e.get("id").equals("nmd-set-1")).findFirst().orElseThrow();
        assertThat((List<Object>) set1.get("implementsRules")).contains("RWS-MKI 4.0 §1.1");
        assertThat(body.getString("pluginsDirectory")).startsWith("/").endsWith("plugins");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plugin(JsonPath body, String id) {
        List<Map<String, Object>> plugins = body.getList("plugins");
        return plugins.stream().filter(p -> id.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("plugin " + id + " not listed: " + plugins));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> extensions(Map<String, Object> plugin) {
        return (List<Map<String, Object>>) plugin.get("extensions");
    }
}
