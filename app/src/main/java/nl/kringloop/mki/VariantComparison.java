package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Side-by-side comparison of two or more variants of a project: total, per object, per module, and the lines
 * that differ. Pure: it works on documents and their results. The first variant is the base; values are listed
 * in the order the variants were given.
 */
public final class VariantComparison {

    private VariantComparison() {
    }

    /** One variant as compared. */
    public record Variant(String id, String name, String variantLabel, boolean valid, double totalMkiEuro) {
    }

    /** A row of the comparison: one value per variant (null where the variant lacks it). */
    @Schema(name = "MkiVariantComparisonRow")
    public record Row(String key, String name, List<Double> mkiEuro) {
    }

    /**
     * A line that is not the same in every variant.
     *
     * @param change  {@code added} (not in the base), {@code removed} (not in every variant), {@code changed}
     *                (card, quantity, unit, flow, section, temporary, restscope or attributes differ)
     * @param lines   the line per variant, null where absent
     */
    public record LineDifference(String lineId, String change, List<LineState> lines) {
    }

    public record LineState(String card, double quantity, String unit, String flow, double mkiEuro) {
    }

    @Schema(name = "MkiVariantComparison")
    public record Comparison(List<Variant> variants, List<Row> byModule, List<Row> byObject,
                             List<LineDifference> lineDifferences) {
    }

    /** Input: a variant's stored identity, its document and its result. */
    public record Input(String id, String variantLabel, ProjectDocument document, MkiResult result) {
    }

    public static Comparison compare(List<Input> inputs) {
        List<Variant> variants = inputs.stream().map(i -> new Variant(i.id(), i.document().name(), i.variantLabel(),
                i.result().valid(), i.result().totalMkiEuro())).toList();

        Set<String> modules = new LinkedHashSet<>();
        inputs.forEach(i -> modules.addAll(i.result().byModule().keySet()));
        List<Row> byModule = new ArrayList<>();
        for (String m : orderedModules(modules)) {
            byModule.add(new Row(m, m, inputs.stream().map(i -> i.result().byModule().get(m)).toList()));
        }

        Map<String, String> objectNames = new LinkedHashMap<>();
        inputs.forEach(i -> i.result().byObject().forEach(o -> objectNames.putIfAbsent(o.id(), o.name())));
        List<Row> byObject = new ArrayList<>();
        objectNames.forEach((id, name) -> byObject.add(new Row(id, name, inputs.stream()
                .map(i -> i.result().byObject().stream().filter(o -> o.id().equals(id)).findFirst()
                        .map(MkiResult.ObjectTotal::subtreeMkiEuro).orElse(null))
                .toList())));

        Set<String> lineIds = new LinkedHashSet<>();
        inputs.forEach(i -> i.document().lines().forEach(l -> lineIds.add(l.id())));
        List<LineDifference> diffs = new ArrayList<>();
        for (String lineId : lineIds) {
            List<ProjectDocument.Line> lines = inputs.stream().map(i -> i.document().lines().stream()
                    .filter(l -> l.id().equals(lineId)).findFirst().orElse(null)).toList();
            List<LineState> states = new ArrayList<>();
            for (int k = 0; k < inputs.size(); k++) {
                ProjectDocument.Line l = lines.get(k);
                states.add(l == null ? null : new LineState(l.card(), l.quantity(), l.unit(), l.flow().toString(),
                        lineMki(inputs.get(k).result(), lineId)));
            }
            String change = null;
            if (lines.get(0) == null) {
                change = "added";
            } else if (lines.contains(null)) {
                change = "removed";
            } else if (lines.stream().anyMatch(l -> !sameLine(lines.get(0), l))
                    || states.stream().anyMatch(s -> s.mkiEuro() != states.get(0).mkiEuro())) {
                change = "changed";
            }
            if (change != null) {
                diffs.add(new LineDifference(lineId, change, states));
            }
        }
        return new Comparison(variants, byModule, byObject, diffs);
    }

    private static List<String> orderedModules(Set<String> modules) {
        List<String> out = new ArrayList<>();
        for (LcaModule m : LcaModule.values()) {
            if (modules.contains(m.code())) {
                out.add(m.code());
            }
        }
        modules.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    private static double lineMki(MkiResult r, String lineId) {
        return r.lines().stream().filter(l -> l.id().equals(lineId)).findFirst().map(MkiResult.LineResult::mkiEuro)
                .orElse(0.0);
    }

    private static boolean sameLine(ProjectDocument.Line a, ProjectDocument.Line b) {
        return Objects.equals(a.card(), b.card()) && a.quantity() == b.quantity() && Objects.equals(a.unit(), b.unit())
                && a.flow() == b.flow() && Objects.equals(a.section(), b.section())
                && Objects.equals(a.temporary(), b.temporary()) && a.restscope() == b.restscope()
                && Objects.equals(a.attributes(), b.attributes()) && Objects.equals(a.object(), b.object());
    }
}
