package nl.kringloop.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** One item of a portfolio. */
@Schema(name = "PortfolioItem", requiredProperties = {"passport", "quantity"})
public record PortfolioItem(@Schema(description = "passport id") String passport,
                            @Schema(description = "a published version; absent = the latest, resolved at each analysis") Integer version,
                            @Schema(description = "units of product, finite and > 0", example = "30000", minimum = "0",
                                    exclusiveMinimum = true) double quantity) {

    /** More items than this in one portfolio or request is a 413: it bounds memory and the report's size. */
    public static final int MAX_ITEMS = 100_000;

    /** Reads and checks the shape of {@code items} (400 naming the item); passports are checked by the caller. */
    static List<PortfolioItem> read(JsonValue v, String path) {
        JsonArray a = JsonInput.array(v, path);
        if (a.size() > MAX_ITEMS) {
            throw DomainException.tooManyItems(path, path + ": " + a.size() + " items; at most " + MAX_ITEMS
                    + " per portfolio or request");
        }
        List<PortfolioItem> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String p = JsonInput.index(path, i);
            JsonObject o = JsonInput.object(a.get(i), p);
            String passport = JsonInput.string(JsonInput.required(o, "passport", p), p + ".passport");
            Integer version = null;
            var vv = JsonInput.optional(o, "version");
            if (vv.isPresent()) {
                double d = JsonInput.number(vv.get(), p + ".version");
                if (d < 1 || d != Math.rint(d)) {
                    throw DomainException.invalid(p + ".version", p + ".version: a published version number (1, 2, …)");
                }
                version = (int) d;
            }
            JsonValue qv = JsonInput.required(o, "quantity", p);
            if (qv.getValueType() == JsonValue.ValueType.STRING) {
                // JSON has no NaN or Infinity; a client that sends them as strings learns why they are refused
                throw DomainException.invalid(p + ".quantity", p + ".quantity: a finite number > 0, got a string");
            }
            double q = JsonInput.number(qv, p + ".quantity");
            if (!(q > 0)) {
                throw DomainException.invalid(p + ".quantity", p + ".quantity: a finite number > 0, got " + q);
            }
            out.add(new PortfolioItem(passport, version, q));
        }
        return out;
    }

    static String write(List<PortfolioItem> items) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (PortfolioItem i : items) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("passport", i.passport());
            if (i.version() != null) {
                o.add("version", i.version());
            }
            a.add(o.add("quantity", i.quantity()));
        }
        return a.build().toString();
    }

    static List<PortfolioItem> parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readArray().getValuesAs(JsonObject.class).stream().map(o -> new PortfolioItem(o.getString("passport"),
                    o.containsKey("version") ? o.getInt("version") : null, o.getJsonNumber("quantity").doubleValue())).toList();
        }
    }
}
