package nl.kringloop.api.impact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input of an {@link ImpactMethod}: characterised midpoint values of a product's life cycle, keyed by the
 * method's indicator codes (e.g. {@code "climate-change"}), in the order given. The JSON form of
 * {@code POST /api/methods/{method}/apply} is {@code {"values": {"climate-change": {"value": 12.5, "unit":
 * "kg CO2-eq"}}}}, so field paths read {@code values.climate-change.unit}.
 *
 * @param values indicator code → value with unit
 */
public record ImpactProfile(Map<String, IndicatorValue> values) {

    public ImpactProfile {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
