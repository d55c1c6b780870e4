/*
 * Kringloop transparency-log verifier: a single file, JDK only (Java 17+), run without building anything:
 *
 *   java tools/VerifyLog.java https://register.example            # the live register
 *   java tools/VerifyLog.java --key <Base64> https://register.example   # with the public key pinned
 *   java tools/VerifyLog.java --export kringloop-export.jsonl    # a saved export (GET /api/export)
 *   java tools/VerifyLog.java --token <API token> https://register.example  # also the reports private to its organisation
 *
 * It re-reads the whole log and proves, or reports entry by entry, that
 *  - the entries are numbered 1..n without a gap (a removed entry shows as a gap),
 *  - each entry's entryHash is the SHA-256 of its canonical JSON and each previousHash the entry before's
 *    (nothing altered or reordered),
 *  - the checkpoint's Ed25519 signature is valid and signs the last entry's hash,
 *  - every logged passport version is still published with the logged content hash (nothing altered or removed),
 *    and so is every issued MKI report and due-diligence report it can read (public ones; with --token, also those
 *    private to the token's organisation).
 * Exit code 0 when all holds, 1 when anything does not (each finding on a line starting with "FAIL"), 2 on usage.
 * The format is described in docs/transparency-log.md.
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class VerifyLog {

    static final String GENESIS = "0".repeat(64);
    static final List<String> failures = new ArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String key = null;
        String export = null;
        String base = null;
        String token = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> key = args[++i];
                case "--export" -> export = args[++i];
                case "--token" -> token = args[++i];
                default -> base = args[i].replaceAll("/+$", "");
            }
        }
        if ((base == null) == (export == null)) {
            System.err.println("usage: java VerifyLog.java [--key BASE64] [--token API-TOKEN] (REGISTER-URL | --export FILE)");
            System.exit(2);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, Object> checkpoint;
        Map<String, String> documents = new HashMap<>(); // "id/version" -> canonical hash, from an export
        String servedKey;
        if (export != null) {
            checkpoint = null;
            servedKey = null;
            for (String line : Files.readAllLines(Path.of(export), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = obj(new Parser(line).value());
                switch ((String) o.get("type")) {
                    case "log-entry" -> entries.add(o);
                    case "checkpoint" -> {
                        checkpoint = o;
                        servedKey = (String) o.get("publicKey");
                    }
                    case "passport-version" -> documents.put(o.get("id") + "/" + num(o.get("version")),
                            sha256(canonical(o.get("document"))));
                    default -> { }
                }
            }
        } else {
            for (String next = "/api/log?from=1&limit=1000"; next != null; ) {
                Map<String, Object> page = obj(get(base + next));
                for (Object e : (List<?>) page.get("entries")) {
                    entries.add(obj(e));
                }
                next = (String) page.get("next");
            }
            checkpoint = entries.isEmpty() ? null : obj(get(base + "/api/log/checkpoint"));
            servedKey = (String) obj(get(base + "/api/log/key")).get("publicKey");
        }

        // 1. numbering and chain
        String previous = GENESIS;
        long expected = 1;
        for (Map<String, Object> e : entries) {
            long n = num(e.get("sequence")).longValue();
            if (n != expected) {
                fail(n > expected ? "gap: entries " + expected + (n - 1 > expected ? "–" + (n - 1) : "") + " missing (the log"
                        + " jumps from " + (expected - 1) + " to " + n + ")" : "entry " + n + " out of order after " + (expected - 1));
            }
            String recomputed = sha256(canonical(entryWithoutHash(e)));
            if (!recomputed.equals(e.get("entryHash"))) {
                fail("entry " + n + ": entryHash " + e.get("entryHash") + " is not the hash of its content (" + recomputed + ")");
            }
            if (n == expected && !previous.equals(e.get("previousHash"))) {
                fail("entry " + n + ": previousHash " + e.get("previousHash") + " is not entry " + (n - 1) + "'s hash " + previous);
            }
            previous = (String) e.get("entryHash");
            expected = n + 1;
        }

        // 2. checkpoint
        if (checkpoint != null) {
            String pinned = key != null ? key : servedKey;
            if (key == null) {
                System.out.println("note: the public key was taken from the register itself; pin it with --key");
            }
            long cs = num(checkpoint.get("sequence")).longValue();
            String signed = canonical(Map.of("sequence", checkpoint.get("sequence"), "entryHash", checkpoint.get("entryHash"),
                    "time", checkpoint.get("time"), "keyId", checkpoint.get("keyId")));
            PublicKey pk = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pinned)));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(pk);
            s.update(signed.getBytes(StandardCharsets.UTF_8));
            if (!s.verify(Base64.getDecoder().decode((String) checkpoint.get("signature")))) {
                fail("checkpoint " + cs + ": the signature is not valid for the key");
            }
            Map<String, Object> at = entries.stream().filter(e -> num(e.get("sequence")).longValue() == cs).findFirst().orElse(null);
            if (at == null) {
                fail("gap: checkpoint " + cs + " signs entry " + cs + ", which is missing (the log ends at " + (expected - 1) + ")");
            } else if (!at.get("entryHash").equals(checkpoint.get("entryHash"))) {
                fail("entry " + cs + ": its hash is not the one checkpoint " + cs + " signed (" + checkpoint.get("entryHash") + ")");
            }
        }

        // 3. the published documents: passport versions, issued MKI and due-diligence reports
        int documentsChecked = 0;
        for (Map<String, Object> e : entries) {
            String kind = (String) e.get("kind");
            String id = (String) e.get("id");
            String version = num(e.get("version")).toPlainString();
            String seq = "entry " + num(e.get("sequence")) + ": ";
            String what;
            String path;
            String hashField; // the served document's own hash member, left out of the hash
            switch (kind) {
                case "passport-version" -> { what = "passport " + id + " version " + version; path = "/api/passports/" + id + "/versions/" + version; hashField = null; }
                case "mki-report" -> { what = "MKI report " + version + " of project " + id; path = "/api/mki/projects/" + id + "/reports/" + version; hashField = "contentHash"; }
                case "cdd-report" -> { what = "due-diligence report " + id; path = "/api/analyses/due-diligence/" + id; hashField = "contentSha256"; }
                default -> {
                    System.out.println("note: " + seq + "kind " + kind + " not re-fetched (unknown to this verifier)");
                    continue;
                }
            }
            String hash;
            if (export != null) {
                if (!"passport-version".equals(kind)) {
                    System.out.println("note: " + seq + what + " is not in an export; check it against the register");
                    continue;
                }
                hash = documents.get(id + "/" + version);
            } else {
                HttpRequest.Builder rq = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
                if (token != null) {
                    rq.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> r = http.send(rq.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 401 || r.statusCode() == 403) {
                    // a report private to its organisation: the chain proves it was logged, its owner can prove the rest
                    System.out.println("note: " + seq + what + " is not readable" + (token == null ? " without a token (--token)" : " with this token"));
                    continue;
                }
                if (r.statusCode() != 200) {
                    hash = null;
                } else {
                    Map<String, Object> body = obj(new Parser(r.body()).value());
                    Object document = hashField == null ? body.get("document") : withoutMember(body, hashField);
                    hash = sha256(canonical(document));
                }
            }
            documentsChecked++;
            if (hash == null) {
                fail(seq + what + " is no longer published");
            } else if (!hash.equals(e.get("contentHash"))) {
                fail(seq + what + " was altered (content hash " + hash + ", logged " + e.get("contentHash") + ")");
            }
        }
        System.out.println("checked " + entries.size() + " entries, " + documentsChecked + " documents, checkpoint "
                + (checkpoint == null ? "none" : num(checkpoint.get("sequence"))) + ": " + (failures.isEmpty() ? "OK" : failures.size() + " failure(s)"));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static Map<String, Object> withoutMember(Map<String, Object> o, String member) {
        Map<String, Object> copy = new LinkedHashMap<>(o);
        copy.remove(member);
        return copy;
    }

    static Map<String, Object> entryWithoutHash(Map<String, Object> e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : List.of("sequence", "time", "kind", "id", "version", "contentHash", "previousHash")) {
            m.put(k, e.get(k));
        }
        return m;
    }

    static void fail(String s) {
        failures.add(s);
        System.out.println("FAIL " + s);
    }

    static Object get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return new Parser(r.body()).value();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    static BigDecimal num(Object o) {
        return (BigDecimal) o;
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The register's canonical JSON: members sorted by name, no whitespace, plain decimals without trailing zeros. */
    static String canonical(Object v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    static void write(Object v, StringBuilder sb) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (var e : new TreeMap<>(m).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string((String) e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof BigDecimal d) {
            sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } else if (v instanceof String s) {
            string(s, sb);
        } else {
            sb.append(v); // true, false, null
        }
    }

    static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A small strict JSON parser: objects to maps, arrays to lists, numbers to BigDecimal. */
    static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = str();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return str();
                case 't':
                    i += 4;
                    return Boolean.TRUE;
                case 'f':
                    i += 5;
                    return Boolean.FALSE;
                case 'n':
                    i += 4;
                    return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private String str() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("JSON: expected '" + c + "' at " + i);
            }
            i++;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
