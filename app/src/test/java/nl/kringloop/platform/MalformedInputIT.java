package nl.kringloop.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The malformed-input corpus: reads the served OpenAPI document and sends, for every operation, generated bad
 * variants — broken and deeply nested JSON, wrong types, huge and non-finite numbers, over-long strings, invalid
 * UTF-8 and lone surrogates, bad path and query values, wrong media types and charsets, missing and forged tokens.
 * Fails on any 5xx, any error that is not problem+json, any body naming a Java class or a server message id, any
 * answer slower than 5 s, and on readiness not being 200 afterwards. Prints the counts per status.
 */
class MalformedInputIT {

    static final String BASE = ApiClient.BASE_URI;
    static final Duration SLOW = Duration.ofSeconds(5);
    /** a Java class or package, an exception's name, a RESTEasy or Liberty message id */
    static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jakarta|nl\\.kringloop|org\\.eclipse|org\\.apache"
            + "|org\\.jboss|com\\.ibm|io\\.openliberty)\\.[a-zA-Z_$][\\w$]*\\.|\\b\\w+(?:Exception|Error)\\b"
            + "|RESTEASY\\d{6}|\\bCWW[A-Z]{2}\\d{4}|\\bSRVE\\d{4}");

    /**
     * the path values Liberty's web container refuses before any application (docs/api-errors.md): escapes it
     * cannot decode and control characters; every other bad path must reach the application and be a problem
     */
    static final List<String> CONTAINER_REFUSED = List.of("=%00", "=%0d%0a", "=%1b", "=%7F", "=%ZZ");

    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int sent;
    int libertyRefusals;

    @Test
    void everyOperationAnswersMalformedInputWithAProblemAndNeverA5xx() throws Exception {
        Fixtures f = Fixtures.create();
        JsonObject doc = Json.createReader(new StringReader(send("GET", "/openapi", Map.of("Accept",
                "application/json"), null).body)).readObject();
        JsonObject paths = doc.getJsonObject("paths");
        int operations = 0;
        for (String template : paths.keySet()) {
            JsonObject ops = paths.getJsonObject(template);
            for (String m : ops.keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(m)) {
                    continue;
                }
                operations++;
                corpus(m.toUpperCase(), template, ops.getJsonObject(m), f);
            }
        }
        // Liberty's own layer: the whole request, whatever the operation
        check(send("GET", "/api/passports?text=" + "q".repeat(60_000), Map.of(), null), "60 KB query string");
        check(send("GET", "/api/passports/%2e%2e/%2e%2e/openapi", Map.of(), null), "dot segments");
        check(send("GET", "/api/" + "%2F".repeat(100), Map.of(), null), "encoded slashes");
        Answer ready = send("GET", "/health/ready", Map.of(), null);

        System.out.printf("MalformedInputIT: %d operations, %d requests, statuses %s, %d failures, %d refused by"
                + " Liberty's web container before the application%n", operations, sent, statuses, failures.size(),
                libertyRefusals);
        failures.stream().limit(40).forEach(s -> System.out.println("  " + s));
        assertThat(operations).isGreaterThanOrEqualTo(70);
        assertThat(sent).isGreaterThanOrEqualTo(3000);
        assertThat(failures).as("%d of %d requests answered wrongly", failures.size(), sent).isEmpty();
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    }

    /** the data a request needs to get past "not found" and "not allowed" to the input checks */
    record Fixtures(String orgId, String personId, String token, String passportId, String projectId) {
        static Fixtures create() {
            String org = Http.admin().body(Http.json("name", Http.unique("Corpus"))).post("/api/organisations")
                    .then().statusCode(201).extract().path("id");
            var person = Http.admin().body("{\"name\":\"Corpus\",\"roles\":[\"submitter\",\"calculator\"]}")
                    .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract();
            String token = person.path("token");
            String passport = Http.as(token).body("{\"product\":{\"name\":\"corpus\"},\"values\":{}}")
                    .post("/api/passports").then().statusCode(201).extract().path("id");
            String project = Http.as(token).body("{\"name\":\"corpus\"}").post("/api/mki/projects")
                    .then().statusCode(201).extract().path("project.id");
            return new Fixtures(org, person.path("person.id"), token, passport, project);
        }

        String value(String template, String param) {
            return switch (param) {
                case "id" -> template.startsWith("/api/passports") ? passportId
                        : template.startsWith("/api/mki/projects") ? projectId
                        : template.startsWith("/api/organisations") ? orgId
                        : template.contains("weightings") ? "nmd-set-1"
                        : template.startsWith("/api/guideline") ? "2025-1" : "eu-crm-2023";
                case "person" -> personId;
                case "method" -> template.startsWith("/api/methods") ? "pef-ef31" : "cpf";
                case "n", "version" -> "1";
                default -> "x";
            };
        }
    }

    private void corpus(String method, String template, JsonObject op, Fixtures f) throws Exception {
        List<String> params = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        List<String> headerParams = new ArrayList<>();
        for (JsonValue v : op.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                : op.getJsonArray("parameters")) {
            JsonObject p = v.asJsonObject();
            switch (p.getString("in")) {
                case "path" -> params.add(p.getString("name"));
                case "query" -> queryParams.add(p.getString("name"));
                case "header" -> headerParams.add(p.getString("name"));
                default -> { }
            }
        }
        String valid = template;
        for (String p : params) {
            valid = valid.replace("{" + p + "}", f.value(template, p));
        }
        Map<String, String> auth = Map.of("Authorization", "Bearer " + f.token());
        Map<String, String> admin = Map.of("Authorization", "Bearer " + Http.ADMIN_TOKEN);

        // bad path segments, each parameter in turn
        for (String p : params) {
            for (String bad : List.of("%00", "%0d%0a", "%1b", "%7F", "%2F", "%2e", "%2e%2e", "%252e", "%ZZ", "%C0%AF", "%FF",
                    "%F0%9F%92%A9", "%ED%A0%80", "-1", "abc", "99999999999999999999", "%20", "a".repeat(5000), "1e400")) {
                String path = template;
                for (String q : params) {
                    path = path.replace("{" + q + "}", q.equals(p) ? bad : f.value(template, q));
                }
                check(send(method, path, auth, method.equals("GET") || method.equals("DELETE") ? null : "{}"),
                        "path " + p + "=" + abbreviate(bad));
            }
        }
        // bad query values, each parameter in turn
        for (String q : queryParams) {
            for (String bad : List.of("abc", "%", "%ZZ", "-1", "99999999999999999999", "maybe", "", "1e400",
                    "%00", "x".repeat(20_000))) {
                check(send(method, valid + "?" + q + "=" + bad, auth, method.equals("GET") ? null : "{}"),
                        "query " + q + "=" + abbreviate(bad));
            }
        }
        for (String h : headerParams) {
            check(send(method, valid, merge(admin, Map.of(h, "f".repeat(300), "Content-Type", "text/csv")), "a,b\n1,2\n"),
                    "header " + h + " 300 chars");
        }
        // missing and forged tokens
        for (String bad : List.of("Bearer kl_forged", "Bearer " + "x".repeat(10_000), "Basic Zm9vOmJhcg==", "Bearer",
                "Bearer kl_\u00e9")) {
            check(send(method, valid, Map.of("Authorization", bad), method.equals("GET") ? null : "{}"),
                    "token " + abbreviate(bad));
        }
        check(send("PROPFIND", valid, auth, null), "unknown method");
        if (method.equals("GET") || method.equals("DELETE")) {
            return;
        }
        // bodies: sent as the organisation's submitter-calculator and as the administrator
        for (Map<String, String> who : List.of(auth, admin)) {
            for (Map.Entry<String, byte[]> b : bodies(op).entrySet()) {
                check(send(method, valid, merge(who, Map.of("Content-Type", "application/json")), b.getValue()),
                        "body " + b.getKey());
            }
            for (String type : List.of("application/json; charset=nope", "application/json; charset=UTF-16",
                    "text/plain", "application/xml", "application/x-www-form-urlencoded", "*/*", "application/json;;",
                    "application/json; charset=\"")) {
                check(send(method, valid, merge(who, Map.of("Content-Type", type)), "{}".getBytes()), "type " + type);
            }
            check(send(method, valid, who, "{}".getBytes()), "no content type");
        }
    }

    /** generic bad bodies, and the operation's own examples with each member broken in turn */
    private Map<String, byte[]> bodies(JsonObject op) {
        Map<String, byte[]> b = new LinkedHashMap<>();
        for (String s : List.of("", "{", "[1,]", "{\"a\":}", "nul", "null", "\"x\"", "42", "[]", "{}", "{\"a\":1}{",
                "{\"a\":1e1100}", "[1e1100]", "1e100000000", "{\"a\":-1e400}", "{\"a\":1e-100000000}",
                "{\"a\":" + "9".repeat(400) + "}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00x\"}", "{\"name\":\"\\ud83d\"}",
                "[".repeat(1000) + "]".repeat(1000), "[".repeat(100_000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000),
                "{\"name\":\"" + "n".repeat(100_000) + "\"}", "{\"a\":\"\\u0000\"}", "\ufeff{}")) {
            b.put(abbreviate(s), s.getBytes(StandardCharsets.UTF_8));
        }
        b.put("invalid UTF-8", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
        b.put("overlong UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        for (JsonObject example : examples(op)) {
            b.put("example", example.toString().getBytes(StandardCharsets.UTF_8));
            for (String key : example.keySet()) {
                for (Map.Entry<String, JsonValue> bad : badValues().entrySet()) {
                    JsonObject broken = Json.createObjectBuilder(example).add(key, bad.getValue()).build();
                    b.put("example." + key + "=" + bad.getKey(), broken.toString().getBytes(StandardCharsets.UTF_8));
                }
                if (example.get(key) instanceof JsonObject inner) {
                    for (String k2 : inner.keySet()) {
                        for (var bad : List.of(Json.createValue(1e308), Json.createValue("t".repeat(600)),
                                Json.createValue("x"), JsonValue.NULL)) {
                            JsonObject broken = Json.createObjectBuilder(example).add(key,
                                    Json.createObjectBuilder(inner).add(k2, bad)).build();
                            b.put("example." + key + "." + k2 + "=" + abbreviate(bad.toString()),
                                    broken.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return b;
    }

    private static Map<String, JsonValue> badValues() {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("string", Json.createValue("x"));
        m.put("long string", Json.createValue("s".repeat(1000)));
        m.put("number", Json.createValue(-1));
        m.put("1e308", Json.createValue(1e308));
        m.put("array", Json.createArrayBuilder().add(1).build());
        m.put("object", Json.createObjectBuilder().add("x", 1).build());
        m.put("null", JsonValue.NULL);
        m.put("true", JsonValue.TRUE);
        return m;
    }

    private static List<JsonObject> examples(JsonObject op) {
        List<JsonObject> out = new ArrayList<>();
        JsonObject body = op.getJsonObject("requestBody");
        if (body == null || body.getJsonObject("content") == null) {
            return out;
        }
        for (JsonValue content : body.getJsonObject("content").values()) {
            JsonObject examples = content.asJsonObject().getJsonObject("examples");
            if (examples == null) {
                continue;
            }
            for (JsonValue e : examples.values()) {
                JsonValue v = e.asJsonObject().get("value");
                try {
                    JsonValue parsed = v instanceof JsonString s
                            ? Json.createReader(new StringReader(s.getString())).readValue() : v;
                    if (parsed instanceof JsonObject o) {
                        out.add(o);
                    } else if (parsed instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonObject o) {
                        out.add(o);
                    }
                } catch (RuntimeException notJson) {
                    // an example that is CSV or prose: the generic bodies cover the operation
                }
            }
        }
        return out.size() > 2 ? out.subList(0, 2) : out;
    }

    /** An answer as read off the socket. */
    record Answer(String method, String path, int status, String contentType, String body, long millis) {
    }

    /**
     * Sends one request over a socket of its own, byte for byte: an HTTP client library refuses the malformed
     * paths ({@code %ZZ}, {@code %00}) this corpus is about.
     */
    private Answer send(String method, String path, Map<String, String> headers, Object body) throws Exception {
        URI base = URI.create(BASE);
        byte[] bytes = body instanceof byte[] b ? b : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (bytes != null && body instanceof String && !h.containsKey("Content-Type")) {
            h.put("Content-Type", "application/json");
        }
        h.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (bytes != null) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("\r\n");
        long t0 = System.nanoTime();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (bytes != null) {
                try {
                    out.write(bytes);
                } catch (java.io.IOException closedEarly) {
                    // the server may answer (413) and close before it has read the whole body
                }
            }
            out.flush();
            byte[] raw = socket.getInputStream().readAllBytes();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return parse(method, path, raw, millis);
        }
    }

    private static Answer parse(String method, String path, byte[] raw, long millis) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int split = all.indexOf("\r\n\r\n");
        if (split < 0) {
            return new Answer(method, path, 0, "", all, millis); // no answer at all: counted as a failure
        }
        String[] lines = all.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (String l : lines) {
            String lower = l.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = l.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
        if (chunked) {
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < body.length) {
                int eol = i;
                while (eol + 1 < body.length && !(body[eol] == '\r' && body[eol + 1] == '\n')) {
                    eol++;
                }
                String size = new String(body, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                joined.write(body, eol + 2, Math.min(n, body.length - eol - 2));
                i = eol + 2 + n + 2;
            }
            body = joined.toByteArray();
        }
        return new Answer(method, path, status, type, new String(body, StandardCharsets.UTF_8), millis);
    }

    private void check(Answer r, String variant) {
        sent++;
        statuses.merge(r.status(), 1, Integer::sum);
        String where = r.method() + " " + abbreviate(r.path()) + " [" + variant + "] → " + r.status() + " ";
        String body = r.body();
        if (r.status() == 400 && variant.startsWith("path ") && body.contains("CWWWC0005I")
                && CONTAINER_REFUSED.stream().anyMatch(variant::endsWith)) {
            // Liberty's web container refuses a path it cannot decode (%00, %0d%0a, %ZZ) before any application
            // is chosen, so no error page or filter of ours sees it: counted apart, and named in docs/api-errors.md
            libertyRefusals++;
            return;
        }
        if (r.status() >= 500 || r.status() < 100) {
            failures.add(where + "5xx or no answer: " + abbreviate(body));
        } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
            failures.add(where + "not problem+json (" + r.contentType() + "): " + abbreviate(body));
        } else if (r.status() >= 400 && LEAK.matcher(body).find()) {
            failures.add(where + "names a class: " + abbreviate(body));
        }
        if (r.millis() > SLOW.toMillis()) {
            failures.add(where + "took " + r.millis() + " ms");
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 60) + "…(" + s.length() + " chars)";
    }
}
