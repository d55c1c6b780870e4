package nl.kringloop.passport;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The checks an integrator runs on the passport export (issue 15): the UNTP DPP 0.6.1 JSON Schema with formats
 * asserted, and JSON-LD 1.1 expansion with contexts served from test resources (VC 2.0, UNTP DPP 0.6.1) and
 * Kringloop's context from wherever the caller gets it — nothing from the internet.
 */
final class UntpConformance {

    static final String RESOURCES = "/untp-dpp-0.6.1/";
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String UNTP_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/";
    /** where the expanded properties may come from: VC, schema.org, UNTP, Kringloop — never issuer-dependent or a blank */
    static final List<String> KNOWN_NAMESPACES = List.of("https://www.w3.org/2018/credentials#", "https://schema.org/",
            "https://test.uncefact.org/vocabulary/untp/", "https://kringloop.nl/ns/kringloop/v1#");

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(resource("untp-dpp-schema.json"));

    private UntpConformance() {
    }

    /** the schema's errors, each as "instance location: message"; empty when the export validates */
    static List<String> schemaErrors(String json) {
        return SCHEMA.validate(json, com.networknt.schema.InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /**
     * Expands with titanium-json-ld; a term no context defines fails the expansion (policy Fail) instead of being
     * dropped silently.
     *
     * @param otherContexts any other context URL (Kringloop's) → its bytes
     */
    static JsonArray expand(String json, Function<URI, byte[]> otherContexts) throws JsonLdError {
        Map<String, String> local = Map.of(VC_CONTEXT, "credentials-v2.jsonld", UNTP_CONTEXT, "untp-dpp-context.jsonld");
        DocumentLoader loader = (url, options) -> {
            String file = local.get(url.toString());
            try {
                InputStream in = file != null ? resource(file) : new ByteArrayInputStream(otherContexts.apply(url));
                return JsonDocument.of(in);
            } catch (RuntimeException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, url + ": " + e.getMessage());
            }
        };
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(loader)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail).get();
    }

    /** every string, number and boolean of the compact document except its @context */
    static int leaves(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> v.asJsonObject().entrySet().stream().filter(e -> !"@context".equals(e.getKey()))
                    .mapToInt(e -> leaves(e.getValue())).sum();
            case ARRAY -> v.asJsonArray().stream().mapToInt(UntpConformance::leaves).sum();
            case NULL -> 0;
            default -> 1;
        };
    }

    /**
     * The values of the expanded document: each @value (inside a JSON literal, each of its leaves), each @id and
     * each node type — the datatype a context coerces a value to is not a value of the document.
     */
    static int expandedLeaves(JsonValue v) {
        if (v instanceof JsonArray a) {
            return a.stream().mapToInt(UntpConformance::expandedLeaves).sum();
        }
        if (!(v instanceof JsonObject o)) {
            return 0;
        }
        if (o.containsKey("@value")) {
            return "@json".equals(o.getString("@type", "")) ? leaves(o.get("@value")) : 1;
        }
        int n = 0;
        for (var e : o.entrySet()) {
            switch (e.getKey()) {
                case "@id" -> n++;
                case "@type" -> n += e.getValue() instanceof JsonArray t ? t.size() : 1;
                default -> n += expandedLeaves(e.getValue());
            }
        }
        return n;
    }

    /** the property IRIs of the expanded document */
    static Set<String> properties(JsonValue v) {
        Set<String> out = new TreeSet<>();
        collect(v, out);
        return out;
    }

    private static void collect(JsonValue v, Set<String> out) {
        if (v instanceof JsonArray a) {
            a.forEach(x -> collect(x, out));
        } else if (v instanceof JsonObject o && !o.containsKey("@value")) {
            o.forEach((k, x) -> {
                if (!k.startsWith("@")) {
                    out.add(k);
                }
                collect(x, out);
            });
        }
    }

    static InputStream resource(String file) {
        InputStream in = UntpConformance.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing test resource " + RESOURCES + file));
        }
        return in;
    }
}
