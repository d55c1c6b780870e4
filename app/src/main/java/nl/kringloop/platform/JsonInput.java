package nl.kringloop.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.Optional;

/**
 * Reads request bodies with JSON-P so that every type error names its JSON path ({@code lines[12].quantity}),
 * which a binding library cannot do reliably. Every method refuses with a {@link DomainException}
 * (invalid naming the path, or malformed JSON).
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** Parses a body; an empty or malformed body is refused as malformed JSON. */
    public static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.malformedJson("The request body is empty");
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readValue();
        } catch (JsonParsingException e) {
            throw DomainException.malformedJson(e);
        } catch (JsonException e) {
            throw DomainException.malformedJson("The request body is not valid JSON: " + e.getMessage());
        }
    }

    public static JsonObject object(JsonValue v, String path) {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw typeError(path, "an object", v);
    }

    public static JsonArray array(JsonValue v, String path) {
        if (v instanceof JsonArray a) {
            return a;
        }
        throw typeError(path, "an array", v);
    }

    /** A finite number. */
    public static double number(JsonValue v, String path) {
        if (v instanceof JsonNumber n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw DomainException.invalid(path, path + ": the number is out of range");
            }
            return d;
        }
        throw typeError(path, "a number", v);
    }

    public static String string(JsonValue v, String path) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw typeError(path, "a string", v);
    }

    /*
     * The same three for member {@code name} of the object at {@code parent}, the member's path built only when the
     * value is refused: a reader of many rows (an MKI document's 100,000 lines) need not build one per member.
     */

    public static double number(JsonValue v, String parent, String name) {
        if (v instanceof JsonNumber n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        return number(v, path(parent, name));
    }

    public static String string(JsonValue v, String parent, String name) {
        return v instanceof JsonString s ? s.getString() : string(v, path(parent, name));
    }

    public static boolean bool(JsonValue v, String parent, String name) {
        return v == JsonValue.TRUE || v != JsonValue.FALSE && bool(v, path(parent, name));
    }

    public static boolean bool(JsonValue v, String path) {
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw typeError(path, "true or false", v);
    }

    /** A member that must be present and not null. */
    public static JsonValue required(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            throw DomainException.invalid(path(path, name), path(path, name) + ": required");
        }
        return v;
    }

    /** A member that may be absent or null. */
    public static Optional<JsonValue> optional(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v == JsonValue.NULL ? Optional.empty() : Optional.of(v);
    }

    public static String path(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    private static DomainException typeError(String path, String expected, JsonValue v) {
        return DomainException.invalid(path, path + ": expected " + expected + ", got " + describe(v));
    }

    private static String describe(JsonValue v) {
        if (v == null) {
            return "nothing";
        }
        return switch (v.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
        };
    }
}
