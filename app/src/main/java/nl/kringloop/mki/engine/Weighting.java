package nl.kringloop.mki.engine;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rule 1 of the calculation contract: per LCA module, MKI euro = Σ indicator value × shadow price
 * (RWS-MKI 4.0 §1.1). A pure function. An indicator the set does not know, or whose price is unconfirmed,
 * missing or deliberately not weighted, becomes a data-quality note — never silently dropped.
 *
 * <p>Money policy (applies to every euro figure Kringloop reports): sums in IEEE double, in the order of
 * the input, never rounded by the API; rounding happens only at presentation (reports, UI).
 */
public final class Weighting {

    public static final RuleRef RULE = new RuleRef("RWS-MKI 4.0", "§1.1");

    private Weighting() {
    }

    /**
     * One indicator's share of the MKI of one module.
     *
     * @param euroPerUnit the shadow price used; null when the indicator is unknown or its price missing
     * @param mkiEuro     value × euroPerUnit, 0 when not weighted
     */
    public record Contribution(String module, String indicator, double value, String unit, Double euroPerUnit,
                               double mkiEuro, String confidence) {
    }

    /**
     * @param totalMkiEuro sum over modules, euro
     * @param byModuleEuro MKI euro per module code, in EN 15804 order
     */
    public record WeightedProfile(double totalMkiEuro, Map<String, Double> byModuleEuro,
                                  List<Contribution> contributions, List<Finding> notes) {
    }

    /** What rule 1 saw of one indicator value of one module. */
    @FunctionalInterface
    public interface Priced {
        /**
         * @param price the set's price of the indicator; empty when the set does not know it
         * @param euro  value × price, 0 when not weighted
         */
        void indicator(String indicator, double value, Optional<ShadowPrice> price, double euro);
    }

    /**
     * Rule 1 for one module: Σ value × price over {@code values} in their order (the order is kept for
     * last-digit reproducibility); only weighted prices count. The one implementation of the arithmetic: the
     * weighting endpoint and the engine's card weighing both call it.
     *
     * @param prices indicator code → the set's price (a cache or the set itself)
     * @param seen   told of every indicator, priced or not
     * @return the module's MKI euro per unit
     */
    public static double moduleEuro(Map<String, Double> values, Function<String, Optional<ShadowPrice>> prices,
                                    Priced seen) {
        double euro = 0;
        for (Map.Entry<String, Double> v : values.entrySet()) {
            Optional<ShadowPrice> p = prices.apply(v.getKey());
            double share = 0;
            if (p.isPresent() && p.get().weighted()) {
                share = v.getValue() * p.get().euroPerUnit();
                euro += share;
            }
            seen.indicator(v.getKey(), v.getValue(), p, share);
        }
        return euro;
    }

    /** Rule 1 on one impact profile (the weighting endpoint): per module, with every contribution and note. */
    public static WeightedProfile apply(ShadowPriceSet set, Map<LcaModule, Map<String, Double>> profile) {
        Map<LcaModule, Map<String, Double>> ordered = new EnumMap<>(LcaModule.class);
        ordered.putAll(profile);
        Map<String, Double> byModule = new LinkedHashMap<>();
        List<Contribution> contributions = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        double total = 0;
        for (Map.Entry<LcaModule, Map<String, Double>> m : ordered.entrySet()) {
            String module = m.getKey().code();
            double moduleEuro = moduleEuro(m.getValue(), set::price, (indicator, value, price, euro) -> {
                String field = module + "." + indicator;
                if (price.isEmpty()) {
                    notes.add(unknown(set, indicator, field));
                    contributions.add(new Contribution(module, indicator, value, null, null, 0, "UNKNOWN"));
                    return;
                }
                ShadowPrice p = price.get();
                contributions.add(new Contribution(module, indicator, value, p.unit(),
                        p.weighted() ? p.euroPerUnit() : null, euro, p.confidence().name()));
                note(set, p, field).ifPresent(notes::add);
            });
            byModule.put(module, moduleEuro);
            total += moduleEuro;
        }
        return new WeightedProfile(total, byModule, contributions, notes);
    }

    /** The data-quality note for an indicator the set does not know: its values are not weighted. */
    static Finding unknown(ShadowPriceSet set, String indicator, String field) {
        return Finding.warning(RULE, indicator, field, "Indicator '" + indicator + "' is not in shadow-price set "
                + set.id() + " " + set.version() + ": not weighted");
    }

    /** The data-quality note for using a price that is not confirmed, or not there. */
    static Optional<Finding> note(ShadowPriceSet set, ShadowPrice p, String field) {
        String where = "set " + set.id() + " " + set.version();
        return switch (p.confidence()) {
            case HIGH, MEDIUM -> Optional.empty();
            case UNCONFIRMED -> Optional.of(Finding.warning(RULE, p.indicator(), field, "Shadow price of "
                    + p.indicator() + " (" + p.euroPerUnit() + " euro/" + p.unit() + ") in " + where
                    + " is unconfirmed: " + p.note()));
            case MISSING -> Optional.of(Finding.warning(RULE, p.indicator(), field, "No shadow price for "
                    + p.indicator() + " in " + where + ": not weighted (" + p.note() + ")"));
            case NOT_WEIGHTED -> Optional.of(Finding.info(RULE, p.indicator(), field, p.indicator() + " is not"
                    + " weighted in " + where + ": " + p.note()));
        };
    }
}
