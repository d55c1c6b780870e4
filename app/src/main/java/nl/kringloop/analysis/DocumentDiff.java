package nl.kringloop.analysis;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.passport.PassportDocumentReader;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two passport documents, value by value. List codes (A1.1 …) are keyed by material or
 * substance, not by position, so a reordered list is no change: {@code values.A1.1[cobalt].massGram}.
 */
final class DocumentDiff {

    @Schema(name = "ValueChange")
    public record ValueChange(@Schema(example = "values.A1.1[cobalt].massGram") String path,
                              @Schema(description = "JSON of the old value; absent when added") String from,
                              @Schema(description = "JSON of the new value; absent when removed") String to,
                              @Schema(enumeration = {"added", "removed", "changed"}) String change) {
    }

    private DocumentDiff() {
    }

    static List<ValueChange> diff(JsonObject from, JsonObject to) {
        Map<String, String> a = flatten(from), b = flatten(to);
        List<ValueChange> out = new ArrayList<>();
        b.forEach((k, v) -> {
            String old = a.get(k);
            if (old == null) {
                out.add(new ValueChange(k, null, v, "added"));
            } else if (!old.equals(v)) {
                out.add(new ValueChange(k, old, v, "changed"));
            }
        });
        a.forEach((k, v) -> {
            if (!b.containsKey(k)) {
                out.add(new ValueChange(k, v, null, "removed"));
            }
        });
        return out;
    }

    static Map<String, String> flatten(JsonObject doc) {
        Map<String, String> out = new LinkedHashMap<>();
        walk("", doc, out);
        return out;
    }

    private static void walk(String path, JsonValue v, Map<String, String> out) {
        switch (v.getValueType()) {
            case OBJECT -> v.asJsonObject().forEach((k, x) -> walk(path.isEmpty() ? k : path + "." + k, x, out));
            case ARRAY -> {
                JsonArray a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    walk(path + "[" + itemKey(a.get(i), i) + "]", a.get(i), out);
                }
            }
            default -> out.put(path, v.toString());
        }
    }

    private static String itemKey(JsonValue item, int i) {
        if (item instanceof JsonObject o) {
            for (String k : List.of("material", "substance", "ref")) {
                if (o.get(k) instanceof JsonString s) {
                    return PassportDocumentReader.key(s.getString());
                }
            }
        }
        if (item instanceof JsonString s) {
            return s.getString();
        }
        return String.valueOf(i);
    }
}
