package nl.kringloop.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is generated at build time (smallrye-open-api-maven-plugin) and the server no longer scans
 * the classes; so every resource method of the code must be in the generated document, and nothing else.
 */
class OpenApiDocumentTest {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class,
            "post", PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch", HEAD.class, "head");

    @Test
    void theGeneratedDocumentHasEveryResourceMethodOfTheCode() throws Exception {
        JsonObject doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi.json");
             JsonReader reader = Json.createReader(in)) {
            doc = reader.readObject();
        }
        TreeSet<String> documented = new TreeSet<>();
        doc.getJsonObject("paths").forEach((path, ops) -> ops.asJsonObject().keySet().stream()
                .filter(METHODS::containsValue).forEach(m -> documented.add(m + " " + path)));

        assertThat(documented).isEqualTo(operationsOfTheCode()).hasSizeGreaterThan(50);
        // a body that comes as JSON or as a table lists JSON first, so generated clients type the JSON import
        assertThat(doc.getJsonObject("paths").getJsonObject("/api/passports/import").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content").keySet().iterator().next())
                .isEqualTo("application/json");
    }

    /** "post /api/methodologies/weightings/{id}/apply" for every resource method under KringloopApplication */
    private static TreeSet<String> operationsOfTheCode() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(KringloopApplication.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        String root = "/" + KringloopApplication.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value()
                .replaceAll("^/|/$", "");
        TreeSet<String> ops = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                Path base = type == null ? null : type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    METHODS.forEach((annotation, verb) -> {
                        if (m.isAnnotationPresent(annotation)) {
                            ops.add(verb + " " + join(root, base.value(), m.getAnnotation(Path.class)));
                        }
                    });
                }
            }
        }
        return ops;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String join(String root, String base, Path sub) {
        StringBuilder path = new StringBuilder(root);
        for (String part : sub == null ? List.of(base) : List.of(base, sub.value())) {
            String p = part.replaceAll("^/|/$", "");
            if (!p.isEmpty()) {
                path.append('/').append(p);
            }
        }
        // a path parameter with a pattern ({id: [0-9]+}) is a plain {id} in the document
        return path.toString().replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
    }
}
