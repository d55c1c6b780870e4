package nl.kringloop.api.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's decision to price a line by something other than its own card: a substitute card of the document
 * (e.g. the NL-mix grid card or a substitution card for exported energy, RWS-MKI 4.0 §3.3e–f), or a fixed
 * published euro per unit (e.g. the Total per litre of Annex C table 36, §3.2.2b). It may also set the quantity
 * the price applies to (e.g. kWh over the service life, negative for an export credit). The line's factors
 * still multiply; the recalculation stays a loop over arrays (the host turns a fixed price into a weighted card
 * row of its own). At most one rule may price a line; two is an error finding on the line.
 *
 * @param rule               the rule that demands it
 * @param name               what it is, for people ("Annex C table 36: excavator V HVO")
 * @param cardId             the substitute card's id in the document; null for a fixed price
 * @param euroPerUnit        fixed MKI euro per unit, per module; null when {@code cardId} is given
 * @param quantity           the quantity the price applies to, replacing the line's; null keeps the line's.
 *                           May be negative (a credit)
 * @param unit               the unit of the price (and of {@code quantity}), e.g. {@code "l"}, {@code "kWh"}
 * @param source             the publication the price comes from; empty for a document card
 * @param publishedBreakdown figures shown with the line exactly as published (e.g. euro per litre per phase);
 *                           for the reader only, never summed; may be empty
 */
public record LinePricing(RuleRef rule, String name, String cardId, Map<LcaModule, Double> euroPerUnit,
                          Double quantity, String unit, String source, Map<String, Double> publishedBreakdown) {

    public LinePricing {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        if ((cardId == null) == (euroPerUnit == null)) {
            throw new IllegalArgumentException("give either a substitute card or a fixed price: " + name);
        }
        if (euroPerUnit != null) {
            if (euroPerUnit.isEmpty() || euroPerUnit.values().stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
                throw new IllegalArgumentException("fixed price needs finite figures: " + name);
            }
            euroPerUnit = Map.copyOf(new EnumMap<>(euroPerUnit));
        }
        if (quantity != null && !Double.isFinite(quantity)) {
            throw new IllegalArgumentException("quantity must be finite: " + name);
        }
        source = source == null ? "" : source;
        publishedBreakdown = publishedBreakdown == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(publishedBreakdown));
    }

    /** Price the line with another card of the document, optionally for another quantity in that card's unit. */
    public static LinePricing card(RuleRef rule, String name, String cardId, Double quantity, String unit) {
        return new LinePricing(rule, name, Objects.requireNonNull(cardId, "cardId"), null, quantity, unit, "", Map.of());
    }

    /** Price the line's own quantity with a fixed published euro per unit on the given modules. */
    public static LinePricing fixed(RuleRef rule, String name, Map<LcaModule, Double> euroPerUnit, String unit,
                                    String source, Map<String, Double> publishedBreakdown) {
        return new LinePricing(rule, name, null, Objects.requireNonNull(euroPerUnit, "euroPerUnit"), null, unit,
                source, publishedBreakdown);
    }
}
