package nl.kringloop.mki.bench;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.engine.RuleBinding;
import nl.kringloop.plugins.rws.*;
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

    /** Every tenth line of each kind: section lines exercise the chapter 3 rules (issue 5). */
    static final String[] SECTIONS = {null, "soil", "road-marking", "asphalt", "equipment", "energy", "commuting",
            "concrete", "generator", null};
    static final String[] SOIL_FLOWS = {"entering", "within-work", "released"};

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
            String card = "card-" + rnd.nextInt(cardCount);
            String unit = "t";
            String section = i % 50 == 0 ? "traffic-gantry" : SECTIONS[i % SECTIONS.length];
            Map<String, Object> attributes = Map.of();
            switch (section == null ? "" : section) {
                case "soil" -> attributes = Map.of("soilFlow", SOIL_FLOWS[(i / 10) % 3], "volumeBasis",
                        i % 20 == 1 ? "solid" : "loose", "origin", "depot");
                case "road-marking" -> attributes = Map.of("pattern", "3:9", "widthCm", 15L);
                case "equipment" -> {
                    // card-less Annex C lines, priced by a published Total: exercises the extra card rows
                    card = null;
                    unit = "l";
                    attributes = Map.of("annexC", Map.of("machine", i % 20 == 4 ? "excavator" : "truck",
                            "class", i % 20 == 4 ? "V" : "Euro 6", "fuel", "HVO"));
                }
                case "energy" -> attributes = Map.of("yearlyConsumptionKwh", 1000.0 + i % 7, "yearlyGenerationKwh",
                        300.0, "exportCreditAllowed", true);
                default -> { }
            }
            lines.add(new ProjectDocument.Line("L" + i, "o" + rnd.nextInt(objectCount), card,
                    rnd.nextDouble() * 1000, unit, flow, section, temporary, false, attributes));
        }
        return new ProjectDocument("benchmark", "4.0", "nmd-set-1", 50, "3.5", null, cards, objects, lines);
    }

    public static MkiEngine.WeightingSource weighting() {
        return new MkiEngine.WeightingSource(new NmdSet1Weighting().shadowPriceSet(), "mki-weighting", "bench");
    }

    public static List<RuleBinding> rules() {
        List<MkiRule> rules = new ArrayList<>(List.<MkiRule>of(new CategoryThreeMarkUp(), new ExcludedTemporaryItems(),
                new FlowScope(), new IncompleteLcaRefused(), new MissingA4A5Warning(), new NmdDateVersion(),
                new Replacements(), new RestscopeLimit(), new AsphaltCategoryTwoSource(), new AsphaltInMass(),
                new AssetEnergy(), new CommutingBelowFivePercent(), new ConcreteInCubicMetres(),
                new EquipmentDataCategory(), new FuelRegistration(), new HvoOnlyFromAnnexC(),
                new NoCementCreditInRoadFoundation(), new ReleasedMaterialCardRefused(), new RoadMarkingDashAndWidth(),
                new SoilRegistrationWarning(), new SoilScope(), new SoilUnderEarthwork(), new SolidToLooseCubicMetres(),
                new UnselectedSectionNotice()));
        rules.sort(Comparator.comparing(r -> r.describe().id()));
        return rules.stream().map(r -> RuleBinding.direct(r, "mki-rws-protocol", "bench")).toList();
    }
}
