package nl.kringloop.mki;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public static WeightedProfile apply(ShadowPriceSet set, Map<LcaModule, Map<String, Double>> profile) {
        Map<LcaModule, Map<String, Double>> ordered = new EnumMap<>(LcaModule.class);
        ordered.putAll(profile);
        Map<String, Double> byModule = new LinkedHashMap<>();
        List<Contribution> contributions = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        double total = 0;
        for (Map.Entry<LcaModule, Map<String, Double>> m : ordered.entrySet()) {
            String module = m.getKey().code();
            double moduleEuro = 0;
            for (Map.Entry<String, Double> v : m.getValue().entrySet()) {
                String field = module + "." + v.getKey();
                Optional<ShadowPrice> price = set.price(v.getKey());
                if (price.isEmpty()) {
                    notes.add(Finding.warning(RULE, v.getKey(), field, "Indicator '" + v.getKey()
                            + "' is not in shadow-price set " + set.id() + " " + set.version() + ": not weighted"));
                    contributions.add(new Contribution(module, v.getKey(), v.getValue(), null, null, 0, "UNKNOWN"));
                    continue;
                }
                ShadowPrice p = price.get();
                double euro = p.weighted() ? v.getValue() * p.euroPerUnit() : 0;
                moduleEuro += euro;
                contributions.add(new Contribution(module, v.getKey(), v.getValue(), p.unit(),
                        p.weighted() ? p.euroPerUnit() : null, euro, p.confidence().name()));
                note(set, p, field).ifPresent(notes::add);
            }
            byModule.put(module, moduleEuro);
            total += moduleEuro;
        }
        return new WeightedProfile(total, byModule, contributions, notes);
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

    /** @return true when a price must be flagged to users wherever it is used */
    public static boolean flagged(ShadowPrice p) {
        return p.confidence() != Confidence.HIGH && p.confidence() != Confidence.MEDIUM;
    }
}
