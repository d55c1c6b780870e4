package nl.kringloop.impact;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.IndicatorValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code {"values": {"climate-change": {"value": 12.5, "unit": "kg CO2-eq"}}}}, naming the path of any fault. */
final class ImpactProfileReader {

    private ImpactProfileReader() {
    }

    static ImpactProfile read(String body) {
        JsonObject root = JsonInput.object(JsonInput.parse(body), "");
        JsonObject values = JsonInput.object(JsonInput.required(root, "values", ""), "values");
        if (values.isEmpty()) {
            throw DomainException.invalid("values", "values: give at least one indicator");
        }
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            String p = "values." + e.getKey();
            JsonObject v = JsonInput.object(e.getValue(), p);
            double value = JsonInput.number(JsonInput.required(v, "value", p), p + ".value");
            String unit = JsonInput.string(JsonInput.required(v, "unit", p), p + ".unit");
            if (unit.isBlank()) {
                throw DomainException.invalid(p + ".unit", p + ".unit: name the unit, e.g. kg CO2-eq");
            }
            out.put(e.getKey(), new IndicatorValue(value, unit));
        }
        return new ImpactProfile(out);
    }
}
