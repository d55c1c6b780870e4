package nl.kringloop.analysis;

import jakarta.json.JsonNumber;
import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.passport.Completeness;
import nl.kringloop.passport.PassportDerivation;
import nl.kringloop.passport.PassportDocument;
import nl.kringloop.passport.PassportDocumentReader;
import nl.kringloop.passport.PassportService;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyses need of one published passport version, derived once when it is published (and never again:
 * the version is immutable). Masses in gram per unit of product, GHG in gram CO2-eq per unit, times in years.
 * Material names are the register's lower-case keys, so that "Aluminium" and "aluminium" add up.
 *
 * @param lifetimeYears C1.1 actual lifetime; null when the passport gives none (or zero): no per-year figure then
 * @param missingRequired the codes the passport's guideline version requires and the version lacks
 * @param derivationFindings warnings of the register's derivation: claims that disagree with it
 */
public record ProductFacts(String passportId, int version, String organisationId, String sha256, String name,
                           String manufacturer, String productGroup, String guidelineVersion, String crmList,
                           String zzsList, double productMassGram, Double lifetimeYears, List<Line> materials,
                           List<Line> recycled, List<Crm> crm, List<Zzs> zzs, List<Line> recovered,
                           List<Line> recoveredCritical, List<Line> auxiliary, Ghg ghg, Biodiversity biodiversity,
                           String recycledApplication, String alternativeMaterials, Quality quality,
                           List<String> missingRequired, List<Note> derivationFindings, List<MethodScore> methods) {

    /** One line of a list code: material (or substance) key, CAS, gram per unit. */
    public record Line(String name, String cas, double massGram) {
    }

    /** A1.3 as the register derives it: an A1.1 material matched to an item of the EU CRM list. */
    public record Crm(String crm, String material, double massGram) {
    }

    /** A1.4 checked by CAS; listed = on the passport's ZZS list version. */
    public record Zzs(String substance, String cas, double massGram, boolean listed) {
    }

    /** B1.1–B1.4, gram CO2-eq per unit; null phases were not given. */
    public record Ghg(Double productionGram, Double transportGram, Double useGram, Double recyclingGram,
                      String method) {
        double totalGram() {
            return nz(productionGram) + nz(transportGram) + nz(useGram) + nz(recyclingGram);
        }
    }

    /** B2.1 */
    public record Biodiversity(double value, String unit, String method) {
    }

    /** Counts of the passport's values by data quality (conditions 7, 15). */
    public record Quality(int values, int measured, int calculated, int indicative, int withEvidence) {
    }

    public record Note(String rule, String message) {
    }

    /** A value of a separate, labelled method attached to the passport (CPF, EMF MCI) — not a guideline score. */
    public record MethodScore(String method, String indicator, double scorePercent, String plugin,
                              String pluginVersion) {
    }

    public String key() {
        return passportId + "/" + version;
    }

    static double nz(Double d) {
        return d == null ? 0 : d;
    }

    /** Derives the facts of a version from what the publication validated and derived. */
    public static ProductFacts of(String passportId, int version, String organisationId, String sha256,
                                  PassportService.Prepared p, PassportDerivation.Result d) {
        PassportDocument doc = p.document();
        PassportDocument.Product product = doc.product();
        Double lifetime = Optional.ofNullable(doc.years().get("C1.1")).map(PassportDocument.Years::years)
                .filter(y -> y > 0).orElse(null);
        List<Crm> crm = d.criticalRawMaterials().stream()
                .map(c -> new Crm(c.crm(), PassportDocumentReader.key(c.material()), c.massGram())).toList();
        List<Zzs> zzs = d.substancesOfVeryHighConcern().stream()
                .map(z -> new Zzs(PassportDocumentReader.key(z.substance()), z.cas(), z.massGram(), z.listed())).toList();
        PassportDocument.Ghg g = doc.ghg();
        Ghg ghg = g == null ? null : new Ghg(g.productionGram(), g.transportGram(), g.useGram(), g.recyclingGram(),
                g.meta().method());
        Biodiversity bio = doc.biodiversity() == null ? null : new Biodiversity(doc.biodiversity().value(),
                doc.biodiversity().unit(), doc.biodiversity().meta().method());
        List<String> missing = Completeness.of(passportId, version, "published", p.guideline(), doc).missingRequired();
        List<Note> notes = d.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> new Note(f.rule(), f.message())).toList();
        return new ProductFacts(passportId, version, organisationId, sha256, product.name(), product.manufacturer(),
                product.productGroup(), p.guideline().id(), d.crmList(), d.zzsList(), d.productMassGram(), lifetime,
                lines(doc.amounts("A1.1")), lines(doc.amounts("A1.2")), crm, zzs, lines(doc.amounts("A2.1")),
                lines(doc.amounts("A2.2")), lines(doc.amounts("A3.1")), ghg, bio, text(doc, "C3.1"), text(doc, "C4.1"),
                quality(doc), missing, notes, methods(p.json()));
    }

    private static List<Line> lines(List<PassportDocument.Amount> amounts) {
        return amounts.stream().map(a -> new Line(PassportDocumentReader.key(a.name()), a.cas(), a.massGram())).toList();
    }

    private static String text(PassportDocument doc, String code) {
        PassportDocument.Text t = doc.texts().get(code);
        return t == null ? null : t.text().trim();
    }

    private static Quality quality(PassportDocument doc) {
        List<PassportDocument.Meta> metas = new ArrayList<>();
        doc.amounts().values().forEach(l -> l.forEach(a -> metas.add(a.meta())));
        if (doc.ghg() != null) {
            metas.add(doc.ghg().meta());
        }
        if (doc.biodiversity() != null) {
            metas.add(doc.biodiversity().meta());
        }
        doc.years().values().forEach(y -> metas.add(y.meta()));
        doc.texts().values().forEach(t -> metas.add(t.meta()));
        int measured = 0, calculated = 0, indicative = 0, evidence = 0;
        for (PassportDocument.Meta m : metas) {
            String q = m == null ? null : m.dataQuality();
            if ("measured".equals(q)) {
                measured++;
            } else if ("calculated".equals(q)) {
                calculated++;
            } else if ("indicative".equals(q)) {
                indicative++;
            }
            if (m != null && !m.evidence().isEmpty()) {
                evidence++;
            }
        }
        return new Quality(metas.size(), measured, calculated, indicative, evidence);
    }

    private static List<MethodScore> methods(JsonObject json) {
        JsonValue v = json.get("calculatedMethods");
        if (!(v instanceof JsonObject o)) {
            return List.of();
        }
        List<MethodScore> out = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonObject m && m.get("scorePercent") instanceof JsonNumber n) {
                out.add(new MethodScore(e.getKey(), m.getString("indicator", e.getKey()), n.doubleValue(),
                        m.getString("plugin", null), m.getString("pluginVersion", null)));
            }
        }
        return List.copyOf(out);
    }
}
