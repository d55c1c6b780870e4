package nl.kringloop.api.impact;

/**
 * One characterised value of a result, e.g. damage to terrestrial ecosystems 3.1E-07 species·yr.
 *
 * @param code  stable code, e.g. {@code "terrestrial"}
 * @param name  what it is
 * @param value the value in {@code unit}
 * @param unit  e.g. {@code "species.yr"}
 */
public record CharacterisedValue(String code, String name, double value, String unit) {
}
