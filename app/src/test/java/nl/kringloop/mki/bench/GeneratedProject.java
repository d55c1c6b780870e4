package nl.kringloop.mki.bench;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.mki.MkiCalculator;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.RuleBinding;
import nl.kringloop.plugins.rws.CategoryThreeMarkUp;
import nl.kringloop.plugins.rws.ExcludedTemporaryItems;
import nl.kringloop.plugins.rws.FlowScope;
import nl.kringloop.plugins.rws.IncompleteLcaRefused;
import nl.kringloop.plugins.rws.MissingA4A5Warning;
import nl.kringloop.plugins.rws.NmdDateVersion;
import nl.kringloop.plugins.rws.Replacements;
import nl.kringloop.plugins.rws.RestscopeLimit;
import nl.kringloop.plugins.weighting.NmdSet1Weighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated project of the benchmark's size: cards with the 11 indicators of NMD set 1 on every module
 * (A1-A3, A4, A5, B1–B7, C1–C4, D), lines spread over objects with a realistic mix of categories, flows,
 * lifespans and a few temporary items. Seeded: every run measures the same document.
 */
public final class GeneratedProject {

    static final String[] INDICATORS = {"ADPE", "ADPF", "GWP", "ODP", "POCP", "AP", "EP", "HTP", "FAETP", "MAETP",
            "TETP"};

    private GeneratedProject() {
    }

    public static ProjectDocument generate(int lineCount, int cardCount, long seed) {
        Random rnd = new Random(seed);
        List<ProjectDocument.Card> cards = new ArrayList<>(cardCount);
        DataCategory[] cats = {DataCategory.ONE, DataCategory.TWO, DataCategory.THREE, DataCategory.THREE,
                DataCategory.THREE_A};
        for (int c = 0; c < cardCount; c++) {
            Map<LcaModule, Map<String, Double>> impacts = new EnumMap<>(LcaModule.class);
            for (LcaModule m : LcaModule.values()) {
                if (m == LcaModule.A1 || m == LcaModule.A2 || m == LcaModule.A3) {
                    continue;
                }
                Map<String, Double> v = new LinkedHashMap<>();
                for (String ind : INDICATORS) {
                    v.put(ind, (m == LcaModule.D ? -1 : 1) * rnd.nextDouble() * 10);
                }
                impacts.put(m, v);
            }
            cards.add(new ProjectDocument.Card("card-" + c, "Card " + c, cats[c % cats.length], "t",
                    (double) (5 + rnd.nextInt(12) * 5), rnd.nextBoolean(), "generated", "3.5", false, impacts,
                    Map.of()));
        }
        int objectCount = Math.max(1, lineCount / 500);
        List<ProjectDocument.ProjectObject> objects = new ArrayList<>(objectCount);
        for (int o = 0; o < objectCount; o++) {
            objects.add(new ProjectDocument.ProjectObject("o" + o, "Object " + o, o == 0 ? null : "o" + (o / 10),
                    false));
        }
        List<ProjectDocument.Line> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            int r = rnd.nextInt(100);
            Flow flow = r < 80 ? Flow.ENTERING : r < 90 ? Flow.REUSED_WITHIN : Flow.RELEASED;
            String temporary = r == 42 ? "fence" : null;
            lines.add(new ProjectDocument.Line("L" + i, "o" + rnd.nextInt(objectCount), "card-" + rnd.nextInt(cardCount),
                    rnd.nextDouble() * 1000, "t", flow, i % 50 == 0 ? "traffic-gantry" : null, temporary, false,
                    Map.of()));
        }
        return new ProjectDocument("benchmark", "4.0", "nmd-set-1", 50, "3.5", null, cards, objects, lines);
    }

    public static MkiCalculator.WeightingSource weighting() {
        return new MkiCalculator.WeightingSource(new NmdSet1Weighting().shadowPriceSet(), "mki-weighting", "bench");
    }

    public static List<RuleBinding> rules() {
        List<MkiRule> rules = new ArrayList<>(List.of(new CategoryThreeMarkUp(), new ExcludedTemporaryItems(),
                new FlowScope(), new IncompleteLcaRefused(), new MissingA4A5Warning(), new NmdDateVersion(),
                new Replacements(), new RestscopeLimit()));
        rules.sort(Comparator.comparing(r -> r.describe().id()));
        return rules.stream().map(r -> RuleBinding.direct(r, "mki-rws-protocol", "bench")).toList();
    }
}
