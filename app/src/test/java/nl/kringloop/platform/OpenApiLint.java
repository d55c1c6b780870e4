package nl.kringloop.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules an integrator's tools hold an OpenAPI document to (the checks of Redocly's recommended rule set that
 * matter for generated clients, and issue 15's): each finding names the rule and where it is broken. Errors break a
 * generated client or a validator; warnings make it worse to use.
 */
final class OpenApiLint {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern COMPONENT = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Za-z]");

    /** rule → findings; errors and warnings apart */
    final Map<String, List<String>> errors = new TreeMap<>();
    final Map<String, List<String>> warnings = new TreeMap<>();
    private final JsonObject doc;

    private OpenApiLint(JsonObject doc) {
        this.doc = doc;
    }

    static OpenApiLint of(JsonObject doc) {
        OpenApiLint lint = new OpenApiLint(doc);
        lint.run();
        return lint;
    }

    int errorCount() {
        return errors.values().stream().mapToInt(List::size).sum();
    }

    int warningCount() {
        return warnings.values().stream().mapToInt(List::size).sum();
    }

    private void error(String rule, String where) {
        errors.computeIfAbsent(rule, r -> new ArrayList<>()).add(where);
    }

    private void warn(String rule, String where) {
        warnings.computeIfAbsent(rule, r -> new ArrayList<>()).add(where);
    }

    private void run() {
        JsonArray servers = doc.getJsonArray("servers");
        if (servers != null) {
            servers.forEach(s -> {
                String url = s.asJsonObject().getString("url", "");
                if (url.contains("localhost") || url.contains("127.0.0.1")) {
                    error("no-server-localhost", url);
                }
            });
        }
        JsonObject schemas = components("schemas");
        schemas.keySet().stream().filter(n -> !COMPONENT.matcher(n).matches())
                .forEach(n -> error("component-name", n));
        Set<String> ids = new HashSet<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, o) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            JsonObject op = o.asJsonObject();
            String id = op.getString("operationId", null);
            if (id == null) {
                error("operation-operationId", where);
            } else if (!ids.add(id)) {
                error("operation-operationId-unique", where + " " + id);
            } else if (!CAMEL.matcher(id).matches()) {
                warn("operation-operationId-camel-case", where + " " + id);
            }
            JsonArray security = op.getJsonArray("security");
            boolean secured = security != null && !security.isEmpty();
            if (security == null) {
                warn("security-defined", where);
            }
            JsonObject responses = op.getJsonObject("responses");
            Set<String> statuses = responses.keySet();
            if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
                warn("operation-4xx-response", where);
            }
            if (secured && !(statuses.contains("401") && statuses.contains("403"))) {
                error("secured-declares-401-403", where);
            }
            if (path.contains("{") && !statuses.contains("404")) {
                error("path-parameter-declares-404", where);
            }
            responses.forEach((status, r) -> checkResponse(where, status, resolve(r.asJsonObject())));
            JsonObject body = op.getJsonObject("requestBody");
            if (body != null) {
                body.getJsonObject("content").forEach((media, m) -> {
                    JsonObject schema = m.asJsonObject().getJsonObject("schema");
                    if (schema == null) {
                        error("request-body-schema", where + " " + media);
                    } else if (media.contains("json") && untyped(schema)) {
                        error("request-body-typed", where + " " + media);
                    }
                    examples(where + " request " + media, media, m.asJsonObject(), schema);
                });
            }
        }));
    }

    private void checkResponse(String where, String status, JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        if (status.matches("[45]\\d\\d")) {
            if (content == null || content.size() != 1 || !content.containsKey(Problem.MEDIA_TYPE)
                    || !"#/components/schemas/Problem".equals(content.getJsonObject(Problem.MEDIA_TYPE)
                    .getJsonObject("schema").getString("$ref", ""))) {
                error("error-response-is-problem", where + " " + status);
            }
        }
        if (content != null) {
            content.forEach((media, m) -> {
                JsonObject schema = m.asJsonObject().getJsonObject("schema");
                if (schema == null) {
                    error("response-schema", where + " " + status + " " + media);
                }
                examples(where + " " + status + " " + media, media, m.asJsonObject(), schema);
            });
        }
    }

    private void examples(String where, String type, JsonObject media, JsonObject schema) {
        JsonObject examples = media.getJsonObject("examples");
        // examples of a text format (CSV, NDJSON) are text, not JSON values
        if (examples == null || schema == null || !type.contains("json") || type.contains("ndjson")) {
            return;
        }
        examples.forEach((name, e) -> {
            JsonValue value = e.asJsonObject().get("value");
            if (value == null) {
                return;
            }
            List<String> wrong = new ArrayList<>();
            validate(value, schema, "", wrong, 0);
            wrong.forEach(w -> error("no-invalid-media-type-examples", where + " '" + name + "' " + w));
        });
    }

    /** a JSON body declared as a bare string or a bare object tells a client nothing */
    private static boolean untyped(JsonObject schema) {
        if (schema.containsKey("$ref") || schema.containsKey("properties") || schema.containsKey("items")
                || schema.containsKey("additionalProperties") || schema.containsKey("allOf")
                || schema.containsKey("oneOf") || schema.containsKey("anyOf")) {
            return false;
        }
        return "string".equals(schema.getString("type", null)) && !schema.containsKey("format")
                || "object".equals(schema.getString("type", null)) || !schema.containsKey("type");
    }

    private JsonObject components(String kind) {
        JsonObject c = doc.getJsonObject("components");
        return c == null || c.getJsonObject(kind) == null ? JsonValue.EMPTY_JSON_OBJECT : c.getJsonObject(kind);
    }

    private JsonObject resolve(JsonObject o) {
        String ref = o.getString("$ref", null);
        if (ref == null) {
            return o;
        }
        String[] parts = ref.substring(2).split("/");
        JsonObject target = doc;
        for (String p : parts) {
            target = target.getJsonObject(p);
        }
        return target;
    }

    /** JSON Schema as OpenAPI 3.0 uses it, the keywords Kringloop's document has */
    private void validate(JsonValue v, JsonObject schema, String at, List<String> wrong, int depth) {
        if (depth > 40) {
            return;
        }
        schema = resolve(schema);
        String path = at.isEmpty() ? "(root)" : at;
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (!schema.getBoolean("nullable", false) && schema.containsKey("type")) {
                wrong.add(path + ": null where " + schema.getString("type") + " is expected");
            }
            return;
        }
        String type = schema.getString("type", null);
        if (type != null && !fits(v, type)) {
            wrong.add(path + ": " + v.getValueType().name().toLowerCase() + " where " + type + " is expected");
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(v)) {
            wrong.add(path + ": " + v + " is not one of " + schema.getJsonArray("enum"));
        }
        if (v instanceof JsonString s) {
            String text = s.getString();
            if (schema.containsKey("maxLength") && text.length() > schema.getInt("maxLength")) {
                wrong.add(path + ": longer than " + schema.getInt("maxLength"));
            }
            if (schema.containsKey("minLength") && text.length() < schema.getInt("minLength")) {
                wrong.add(path + ": shorter than " + schema.getInt("minLength"));
            }
            if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
                wrong.add(path + ": does not match " + schema.getString("pattern"));
            }
            if ("date-time".equals(schema.getString("format", null))
                    && !text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)")) {
                wrong.add(path + ": not an RFC 3339 date-time");
            }
        }
        if (v instanceof JsonNumber n) {
            double d = n.doubleValue();
            boolean exclusive = schema.getBoolean("exclusiveMinimum", false);
            if (schema.containsKey("minimum") && (exclusive ? d <= number(schema, "minimum") : d < number(schema, "minimum"))) {
                wrong.add(path + ": below the minimum " + schema.get("minimum"));
            }
            if (schema.containsKey("maximum") && d > number(schema, "maximum")) {
                wrong.add(path + ": above the maximum " + schema.get("maximum"));
            }
        }
        if (v instanceof JsonObject o) {
            JsonArray required = schema.getJsonArray("required");
            if (required != null) {
                required.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .filter(r -> !o.containsKey(r)).forEach(r -> wrong.add(path + ": misses required " + r));
            }
            JsonObject properties = schema.getJsonObject("properties");
            JsonValue additional = schema.get("additionalProperties");
            o.forEach((k, child) -> {
                String childAt = at.isEmpty() ? k : at + "." + k;
                if (properties != null && properties.containsKey(k)) {
                    validate(child, properties.getJsonObject(k), childAt, wrong, depth + 1);
                } else if (additional instanceof JsonObject a) {
                    validate(child, a, childAt, wrong, depth + 1);
                } else if (additional == JsonValue.FALSE) {
                    wrong.add(childAt + ": not a member of the schema");
                }
            });
        }
        if (v instanceof JsonArray a && schema.getJsonObject("items") != null) {
            for (int i = 0; i < a.size(); i++) {
                validate(a.get(i), schema.getJsonObject("items"), at + "[" + i + "]", wrong, depth + 1);
            }
        }
    }

    private static double number(JsonObject schema, String name) {
        JsonValue v = schema.get(name);
        return v instanceof JsonNumber n ? n.doubleValue() : Double.parseDouble(((JsonString) v).getString());
    }

    private static boolean fits(JsonValue v, String type) {
        return switch (type) {
            case "object" -> v.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> v.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> v.getValueType() == JsonValue.ValueType.STRING;
            case "boolean" -> v == JsonValue.TRUE || v == JsonValue.FALSE;
            case "integer" -> v instanceof JsonNumber n && n.isIntegral();
            case "number" -> v.getValueType() == JsonValue.ValueType.NUMBER;
            default -> true;
        };
    }
}
