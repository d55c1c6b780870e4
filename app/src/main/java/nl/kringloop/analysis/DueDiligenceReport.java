package nl.kringloop.analysis;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Circular Due Diligence report of guideline §3.2, beside a financial due diligence: the portfolio's exposure
 * to critical raw materials and ZZS, circular input and recovery, GHG per year of use, data quality and
 * verification coverage, completeness gaps and open feedback (all in {@link #analysis}), what changed since the
 * previous issued report, and — apart — the scores of separate methods attached to the passports (condition 2).
 * An issued report is stored as it was issued and carries the SHA-256 of its canonical JSON.
 */
@Schema(name = "DueDiligenceReport")
public record DueDiligenceReport(@Schema(example = "Circular Due Diligence") String title,
                                 @Schema(description = "what the report covers") Analysis.Scope subject,
                                 String organisationId,
                                 @Schema(description = "false for a preview (GET); true once issued (POST)") boolean issued,
                                 @Schema(description = "id of the issued report; absent in a preview") String reportId,
                                 @Schema(description = "1, 2, … per subject; absent in a preview") Integer number,
                                 Instant generatedAt, String issuedBy,
                                 @Schema(description = "the issued report this one compares with") Previous previousReport,
                                 Analysis analysis, List<KeyFigures.Figure> keyFigures, Changes changesSincePrevious,
                                 Methods methods,
                                 @Schema(description = "the passport versions and quantities the figures rest on") List<Basis> basis,
                                 @Schema(description = "SHA-256 of the canonical JSON of this report without this member; absent in a preview")
                                 String contentSha256) {

    @Schema(name = "DueDiligencePrevious")
    public record Previous(String reportId, int number, Instant generatedAt, String contentSha256) {
    }

    @Schema(name = "DueDiligenceBasis")
    public record Basis(String passportId, int version, double quantity, String contentSha256) {
    }

    @Schema(name = "DueDiligenceChanges")
    public record Changes(List<String> passportsAdded, List<String> passportsRemoved,
                          @Schema(description = "\"id: n → m\"") List<String> versionsChanged,
                          @Schema(description = "\"id: q → r\"") List<String> quantitiesChanged,
                          List<KeyFigures.Change> figures) {
    }

    @Schema(name = "DueDiligenceMethods", description = "scores of separate methods, not of the guideline (condition 2)")
    public record Methods(String label, List<MethodSummary> scores) {
    }

    @Schema(name = "DueDiligenceMethodSummary")
    public record MethodSummary(@Schema(example = "cpf") String method, String indicator, int products,
                                @Schema(description = "quantity of products with a value of this method / all, %") Double coveragePercent,
                                @Schema(description = "quantity-weighted mean over the products that have it") double meanScorePercent,
                                double minScorePercent, double maxScorePercent,
                                @Schema(description = "plugin@version that computed the values") List<String> plugins) {
    }

    static final String METHODS_LABEL = "Scores of separate, labelled methods attached to the passports by their"
            + " suppliers; not scores of the guideline, which holds facts only (Leidraad circulair productpaspoort §3.3"
            + " condition 2)";

    static Methods methods(List<PortfolioAnalysis.Holding> holdings) {
        double total = holdings.stream().mapToDouble(PortfolioAnalysis.Holding::quantity).sum();
        Map<String, double[]> acc = new LinkedHashMap<>(); // products, quantity, Σq·score, min, max
        Map<String, String> indicator = new HashMap<>();
        Map<String, TreeSet<String>> plugins = new HashMap<>();
        for (PortfolioAnalysis.Holding h : PortfolioAnalysis.merge(holdings)) {
            for (ProductFacts.MethodScore m : h.facts().methods()) {
                double[] a = acc.computeIfAbsent(m.method(), k -> new double[]{0, 0, 0, Double.MAX_VALUE, -Double.MAX_VALUE});
                a[0]++;
                a[1] += h.quantity();
                a[2] += h.quantity() * m.scorePercent();
                a[3] = Math.min(a[3], m.scorePercent());
                a[4] = Math.max(a[4], m.scorePercent());
                indicator.putIfAbsent(m.method(), m.indicator());
                plugins.computeIfAbsent(m.method(), k -> new TreeSet<>()).add(m.plugin() + "@" + m.pluginVersion());
            }
        }
        List<MethodSummary> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(new MethodSummary(k, indicator.get(k), (int) a[0], PortfolioAnalysis.pct(a[1], total),
                a[2] / a[1], a[3], a[4], List.copyOf(plugins.get(k)))));
        return new Methods(METHODS_LABEL, out);
    }

    static List<Basis> basis(List<PortfolioAnalysis.Holding> holdings) {
        return PortfolioAnalysis.merge(holdings).stream().map(h -> new Basis(h.facts().passportId(), h.facts().version(),
                h.quantity(), h.facts().sha256())).toList();
    }

    /** compared with the previous issued report's JSON: its basis and key figures */
    static Changes changes(JsonObject previous, List<Basis> basis, List<KeyFigures.Figure> figures) {
        if (previous == null) {
            return null;
        }
        Map<String, double[]> before = new LinkedHashMap<>(); // passport → version, quantity
        for (JsonObject b : previous.getJsonArray("basis").getValuesAs(JsonObject.class)) {
            before.put(b.getString("passportId"), new double[]{b.getInt("version"), b.getJsonNumber("quantity").doubleValue()});
        }
        List<String> added = new ArrayList<>(), versions = new ArrayList<>(), quantities = new ArrayList<>();
        Map<String, double[]> now = new LinkedHashMap<>();
        for (Basis b : basis) {
            // a portfolio may hold two versions of one passport; compare per passport, by the newest
            now.merge(b.passportId(), new double[]{b.version(), b.quantity()},
                    (x, y) -> new double[]{Math.max(x[0], y[0]), x[1] + y[1]});
        }
        now.forEach((id, v) -> {
            double[] o = before.remove(id);
            if (o == null) {
                added.add(id);
                return;
            }
            if (o[0] != v[0]) {
                versions.add(id + ": " + (int) o[0] + " → " + (int) v[0]);
            }
            if (Math.abs(o[1] - v[1]) > 1e-9) {
                quantities.add(id + ": " + fmt(o[1]) + " → " + fmt(v[1]));
            }
        });
        List<KeyFigures.Figure> old = new ArrayList<>();
        JsonArray kf = previous.getJsonArray("keyFigures");
        for (JsonObject f : kf.getValuesAs(JsonObject.class)) {
            old.add(new KeyFigures.Figure(f.getString("figure"), f.getString("unit", null),
                    f.get("value") instanceof JsonNumber n ? n.doubleValue() : null));
        }
        return new Changes(added, List.copyOf(before.keySet()), versions, quantities, KeyFigures.changes(old, figures));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
