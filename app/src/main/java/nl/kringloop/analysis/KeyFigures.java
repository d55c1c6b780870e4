package nl.kringloop.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of an analysis as a flat list (name, unit, value): what comparisons put side by side, what a
 * version comparison reports as the effect of a change, and what a due-diligence report compares with the
 * previous one. Names are paths into {@link Analysis}, e.g. {@code criticalRawMaterials[cobalt].gramPerYearOfUse}.
 */
final class KeyFigures {

    @Schema(name = "KeyFigure")
    public record Figure(String figure, String unit, Double value) {
    }

    @Schema(name = "FigureChange")
    public record Change(String figure, String unit, Double from, Double to,
                         @Schema(description = "to − from; absent when either is absent") Double delta) {
    }

    private KeyFigures() {
    }

    static List<Figure> of(Analysis a) {
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("composition.totalMassGram", "g", a.composition().totalMassGram()));
        f.add(new Figure("composition.recycledMassGram", "g", a.composition().recycledMassGram()));
        f.add(new Figure("composition.recycledPercent", "%", a.composition().recycledPercent()));
        a.composition().materials().forEach(m -> f.add(new Figure("composition.materials[" + m.material() + "].massGram",
                "g", m.massGram())));
        f.add(new Figure("criticalRawMaterialsTotal.massGram", "g", a.criticalRawMaterialsTotal().massGram()));
        f.add(new Figure("criticalRawMaterialsTotal.gramPerYearOfUse", "g/year", a.criticalRawMaterialsTotal().gramPerYearOfUse()));
        a.criticalRawMaterials().forEach(c -> {
            f.add(new Figure("criticalRawMaterials[" + c.crm() + "/" + c.material() + "].massGram", "g", c.massGram()));
            f.add(new Figure("criticalRawMaterials[" + c.crm() + "/" + c.material() + "].gramPerYearOfUse", "g/year",
                    c.gramPerYearOfUse()));
        });
        f.add(new Figure("criticalRawMaterialsTotal.supplyRiskWeightedGramPerYearOfUse", "g/year × SR",
                a.criticalRawMaterialsTotal().supplyRiskWeightedGramPerYearOfUse()));
        a.substancesOfVeryHighConcern().forEach(s -> f.add(new Figure("substancesOfVeryHighConcern[" + s.cas() + "].massGram",
                "g", s.massGram())));
        f.add(new Figure("recovery.recoveredMassGram", "g", a.recovery().recoveredMassGram()));
        f.add(new Figure("recovery.percent", "%", a.recovery().percent()));
        f.add(new Figure("recovery.criticalPercent", "%", a.recovery().criticalPercent()));
        f.add(new Figure("auxiliaryMassGram", "g", a.auxiliaryMassGram()));
        f.add(new Figure("productionVersusUse.ratio", "g/g", a.productionVersusUse().ratio()));
        f.add(new Figure("ghg.productionGram", "g CO2-eq", a.ghg().productionGram()));
        f.add(new Figure("ghg.transportGram", "g CO2-eq", a.ghg().transportGram()));
        f.add(new Figure("ghg.useGram", "g CO2-eq", a.ghg().useGram()));
        f.add(new Figure("ghg.recyclingGram", "g CO2-eq", a.ghg().recyclingGram()));
        f.add(new Figure("ghg.totalGram", "g CO2-eq", a.ghg().totalGram()));
        f.add(new Figure("ghg.gramPerYearOfUse", "g CO2-eq/year", a.ghg().gramPerYearOfUse()));
        a.biodiversity().forEach(b -> f.add(new Figure("biodiversity[" + b.method() + "]", b.unit(), b.value())));
        f.add(new Figure("dataQuality.measuredPercent", "%", a.dataQuality().measuredPercent()));
        f.add(new Figure("dataQuality.withEvidencePercent", "%", a.dataQuality().withEvidencePercent()));
        f.add(new Figure("dataQuality.completePercent", "%", a.dataQuality().completePercent()));
        f.add(new Figure("dataQuality.openFeedback", "count", (double) a.dataQuality().openFeedback()));
        return f;
    }

    /** figure by figure, in the order of {@code to} then figures only {@code from} has; unchanged figures left out */
    static List<Change> changes(List<Figure> from, List<Figure> to) {
        Map<String, Figure> before = new LinkedHashMap<>();
        from.forEach(x -> before.put(x.figure(), x));
        List<Change> out = new ArrayList<>();
        for (Figure t : to) {
            Figure b = before.remove(t.figure());
            Double bv = b == null ? null : b.value();
            if (!same(bv, t.value())) {
                out.add(new Change(t.figure(), t.unit(), bv, t.value(), bv == null || t.value() == null ? null : t.value() - bv));
            }
        }
        before.values().forEach(b -> {
            if (b.value() != null) {
                out.add(new Change(b.figure(), b.unit(), b.value(), null, null));
            }
        });
        return out;
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
