package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.platform.Tokens;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The canonical JSON a passport version's content hash is taken over, so that anyone can recompute it from the
 * published document: object members sorted by name (UTF-16 code units, as RFC 8785), no whitespace, numbers as
 * plain decimals without trailing zeros ({@code 420.0} → {@code 420}, {@code 1.2E-7} → {@code 0.00000012}), strings
 * escaped as JSON-P writes them. Hash: hex SHA-256 of the UTF-8 bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    public static String sha256(String canonical) {
        return HexFormat.of().formatHex(Tokens.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static void write(JsonValue v, StringBuilder sb) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObject o = (JsonObject) v;
                sb.append('{');
                boolean first = true;
                for (var e : new TreeMap<>(o).entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append(Json.createValue(e.getKey()).toString()).append(':');
                    write(e.getValue(), sb);
                }
                sb.append('}');
            }
            case ARRAY -> {
                JsonArray a = (JsonArray) v;
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(a.get(i), sb);
                }
                sb.append(']');
            }
            case NUMBER -> sb.append(number(((JsonNumber) v).bigDecimalValue()));
            case STRING -> sb.append(Json.createValue(((JsonString) v).getString()).toString());
            case TRUE -> sb.append("true");
            case FALSE -> sb.append("false");
            case NULL -> sb.append("null");
        }
    }

    static String number(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
