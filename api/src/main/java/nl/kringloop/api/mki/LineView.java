package nl.kringloop.api.mki;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the calculation (quantity × product card, like a line of a cost estimate), read-only.
 *
 * @param index      position of the line in the document's {@code lines} array, from 0
 * @param id         the line's id, unique in the document
 * @param objectId   the object the line belongs to
 * @param cardId     the product card it uses; null when the line has none (a rule prices it, e.g. Annex C)
 * @param quantity   amount in the card's functional unit, ≥ 0 and finite
 * @param unit       the unit of {@code quantity}; equals the card's unit
 * @param flow       where the material goes (§2.1.1a)
 * @param section    the protocol §3 section the line belongs to ({@code "asphalt"}, {@code "soil"},
 *                   {@code "traffic-gantry"} …); null when none
 * @param temporary  the kind of temporary item ({@code "fence"}, {@code "site-hut"} …, §2.1.1d); null when the
 *                   item is not temporary
 * @param restscope  true when the line is part of the remaining scope monitored another way (§4.1)
 * @param attributes free further data of the line for section rules: String, Number (Long or Double), Boolean,
 *                   List or Map values; deeply read-only
 */
public record LineView(int index, String id, String objectId, String cardId, double quantity, String unit,
                       Flow flow, String section, String temporary, boolean restscope,
                       Map<String, Object> attributes) {

    public LineView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flow, "flow");
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** @return the JSON path of a member of this line, e.g. {@code lines[12].quantity}: for findings */
    public String field(String member) {
        return "lines[" + index + "]." + member;
    }

    /** @return the attribute as a string, when present and a string */
    public Optional<String> attributeString(String key) {
        return attributes.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** @return the attribute as a number, when present and a number */
    public Optional<Double> attributeNumber(String key) {
        return attributes.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** @return the attribute as a boolean, when present and a boolean */
    public Optional<Boolean> attributeBoolean(String key) {
        return attributes.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** @return the attribute as strings: a string gives itself, a list its string members; else empty */
    public List<String> attributeStrings(String key) {
        Object v = attributes.get(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> l) {
            return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
