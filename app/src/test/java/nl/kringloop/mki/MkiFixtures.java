package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.engine.RuleBinding;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.testkit.Extensions;
import nl.kringloop.plugins.weighting.NmdSet1Weighting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real parts for engine tests: the real shadow-price set 1 of the mki-weighting plugin (GWP 0.05 euro/kg CO2-eq,
 * AP 4 euro/kg SO2-eq) and the real rule classes of mki-rws-protocol, called directly.
 */
final class MkiFixtures {

    static final String RULES_PLUGIN = "mki-rws-protocol";
    static final String VERSION = "0.1.0-test";

    private MkiFixtures() {
    }

    static MkiEngine.WeightingSource weighting() {
        return new MkiEngine.WeightingSource(new NmdSet1Weighting().shadowPriceSet(), "mki-weighting", VERSION);
    }

    /** Every rule of the protocol plugin (its extensions.idx), in the host's order (plugin, then extension id). */
    static List<RuleBinding> rules() {
        return Extensions.of(MkiRule.class).stream().map(r -> RuleBinding.direct(r, RULES_PLUGIN, VERSION)).toList();
    }

    static MkiResult calculate(ProjectDocument doc) {
        return MkiEngine.calculate(doc, weighting(), rules());
    }

    /**
     * A complete card in GWP only, per unit: A1-A3 100 → 5.0 euro, A4 10 → 0.5, A5 4 → 0.2, C1 2 → 0.1,
     * D -20 → -1.0; total 4.8 euro per unit.
     */
    static Map<LcaModule, Map<String, Double>> fullProfile() {
        Map<LcaModule, Map<String, Double>> p = new EnumMap<>(LcaModule.class);
        p.put(LcaModule.A1_A3, Map.of("GWP", 100.0));
        p.put(LcaModule.A4, Map.of("GWP", 10.0));
        p.put(LcaModule.A5, Map.of("GWP", 4.0));
        p.put(LcaModule.C1, Map.of("GWP", 2.0));
        p.put(LcaModule.D, Map.of("GWP", -20.0));
        return p;
    }

    static ProjectDocument.Card card(String id, DataCategory category, Double lifespanYears, boolean representative,
                                     Map<LcaModule, Map<String, Double>> impacts) {
        return new ProjectDocument.Card(id, id, category, "t", lifespanYears, representative, "", null, false, impacts,
                Map.of());
    }

    static ProjectDocument.Card card(String id, DataCategory category) {
        return card(id, category, null, true, fullProfile());
    }

    static ProjectDocument.Line line(String id, String card, double quantity) {
        return new ProjectDocument.Line(id, "o1", card, quantity, "t", Flow.ENTERING, null, null, false, Map.of());
    }

    static ProjectDocument.Line line(String id, String card, double quantity, Flow flow) {
        return new ProjectDocument.Line(id, "o1", card, quantity, "t", flow, null, null, false, Map.of());
    }

    static ProjectDocument doc(String protocol, List<ProjectDocument.Card> cards, List<ProjectDocument.Line> lines) {
        return doc(protocol, 50, cards, lines);
    }

    static ProjectDocument doc(String protocol, double serviceLifeYears, List<ProjectDocument.Card> cards,
                               List<ProjectDocument.Line> lines) {
        return new ProjectDocument("test", protocol, "nmd-set-1", serviceLifeYears, null, null, cards,
                List.of(new ProjectDocument.ProjectObject("o1", "Hoofdrijbaan", null, false)), lines);
    }

    static Map<String, Object> attrs(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
