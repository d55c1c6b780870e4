package nl.kringloop.api.impact;

import java.util.Objects;

/**
 * One midpoint indicator's value of a product's life cycle.
 *
 * @param value the amount, in {@code unit}, per functional unit of the profile; finite
 * @param unit  the unit as published, e.g. {@code "kg CO2-eq"}, {@code "kg CFC-11-eq"}, {@code "m2a crop-eq"};
 *              a method refuses a unit that differs from its factor's
 */
public record IndicatorValue(double value, String unit) {

    public IndicatorValue {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an indicator value must be finite, got " + value);
        }
    }
}
