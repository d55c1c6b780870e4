package nl.kringloop.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build-time OpenAPI document keeps the contract a generated client relies on ({@link OpenApiLint}: ids,
 * declared problems, typed bodies, examples that fit their schemas), and the problems the server answers are
 * RFC 9457 in full.
 */
class OpenApiContractTest {

    static JsonObject document() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    @Test
    void theDocumentBreaksNoRuleOfTheLint() throws Exception {
        OpenApiLint lint = OpenApiLint.of(document());
        assertThat(lint.errors).as("errors").isEmpty();
        assertThat(lint.warnings).as("warnings").isEmpty();
    }

    /** the figures of another document, e.g. of an older build: -Dkringloop.lintFile=old-openapi.json */
    @Test
    void lintOfAnotherDocument() throws Exception {
        String file = System.getProperty("kringloop.lintFile");
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "no kringloop.lintFile given");
        try (JsonReader reader = Json.createReader(java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file)))) {
            OpenApiLint lint = OpenApiLint.of(reader.readObject());
            System.out.println("LINT " + file + ": " + lint.errorCount() + " errors, " + lint.warningCount()
                    + " warnings");
            lint.errors.forEach((rule, where) -> System.out.println("LINT error " + rule + ": " + where.size()));
            lint.warnings.forEach((rule, where) -> System.out.println("LINT warning " + rule + ": " + where.size()));
        }
    }

    @Test
    void aBareStringBodyAnUndeclaredProblemAndABadExampleAreFound() {
        // the lint itself can fail: one operation with each fault the issue named
        JsonObject bad = Json.createReader(new java.io.StringReader("""
                {"openapi": "3.0.3", "servers": [{"url": "http://localhost:9080"}],
                 "components": {"schemas": {"Row1": {"type": "object", "required": ["name"],
                     "properties": {"name": {"type": "string", "maxLength": 3}}}}},
                 "paths": {"/api/x/{id}": {"put": {"security": [{"bearer": []}],
                     "requestBody": {"content": {"application/json": {"schema": {"type": "string"}}}},
                     "responses": {"200": {"description": "ok", "content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/Row1"},
                         "examples": {"e": {"value": {"name": "too long"}}}}}},
                       "400": {"description": "bad"}}}}}}""")).readObject();
        OpenApiLint lint = OpenApiLint.of(bad);
        assertThat(lint.errors).containsOnlyKeys("no-server-localhost", "component-name", "operation-operationId",
                "secured-declares-401-403", "path-parameter-declares-404", "error-response-is-problem",
                "request-body-typed", "no-invalid-media-type-examples");
        assertThat(lint.warnings).isEmpty();
    }

    @Test
    void aProblemLeavesTheServerWithItsTypeResolvedAndTheRequestPath() {
        Problem p = ProblemMapper.problem(DomainException.invalid("name", "name: required"))
                .answering(URI.create("https://register.example.nl/"), "/api/organisations");
        assertThat(p.type()).isEqualTo("https://register.example.nl/problems/invalid-field");
        assertThat(p.instance()).isEqualTo("/api/organisations");
        assertThat(ProblemTypes.find(p.slug())).isPresent();
        assertThat(ProblemTypes.find("http-414")).isPresent();
        assertThat(ProblemTypes.find("no-such-type")).isEmpty();
    }
}
