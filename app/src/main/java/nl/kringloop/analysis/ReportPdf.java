package nl.kringloop.analysis;

import nl.kringloop.platform.PdfReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.List;
import java.util.Locale;

import static nl.kringloop.platform.PdfReport.BODY;
import static nl.kringloop.platform.PdfReport.SMALL;
import static nl.kringloop.platform.PdfReport.TITLE;
import static nl.kringloop.platform.PdfReport.WIDTH_PT;

/**
 * The due-diligence report as a PDF to put beside a financial due-diligence report: the same sections as the JSON,
 * in words, with a chart of the critical raw materials per year of use ({@link PdfReport}: standard fonts, text
 * outside WinAnsi transliterated).
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] write(DueDiligenceReport r) {
        PdfReport w = new PdfReport(r.title());
        Analysis a = r.analysis();
        Analysis.Scope s = a.scope();
        w.text(r.title(), TITLE);
        w.text("Subject: " + s.kind() + " " + nz(s.name()) + " (" + nz(s.id()) + ")", BODY);
        w.text(r.issued() ? "Issued report " + r.number() + ", id " + r.reportId() + ", by " + nz(r.issuedBy())
                : "Preview: not issued, not hashed", BODY);
        w.text("Generated at " + r.generatedAt(), BODY);
        if (r.contentSha256() != null) {
            w.text("Content SHA-256 " + r.contentSha256(), SMALL);
        }
        w.text(s.products() + " products (passport versions), " + num(s.totalQuantity()) + " units; EU CRM lists "
                + String.join(", ", s.crmLists()) + "; ZZS lists " + String.join(", ", s.zzsLists()) + "; supply-risk list "
                + (s.supplyRiskList() == null ? "none loaded" : s.supplyRiskList()), BODY);
        w.text("Method: Leidraad circulair productpaspoort §3.2 (analyses for a Circular Due Diligence). Figures are"
                + " facts from published passports, quantity-weighted; per year of use divides by each product's C1.1"
                + " actual lifetime. Formulas: docs/analyses.md of the Kringloop repository.", BODY);

        w.heading("1. Critical raw materials (A1.3), per year of use");
        Analysis.CriticalTotals t = a.criticalRawMaterialsTotal();
        w.text("Total " + g(t.massGram()) + "; per year of use " + gy(t.gramPerYearOfUse()) + "; without C1.1 (no per-year figure) "
                + g(t.massGramWithoutLifetime()) + (t.supplyRiskWeightedGramPerYearOfUse() == null ? ""
                : "; weighted by supply risk " + num(t.supplyRiskWeightedGramPerYearOfUse()) + " g/year x SR"), BODY);
        for (Analysis.CriticalRawMaterial c : a.criticalRawMaterials()) {
            String mans = c.manufacturers().stream().limit(3).map(m -> m.manufacturer() + " " + g(m.massGram()))
                    .reduce((x, y) -> x + ", " + y).orElse("");
            w.text("- " + c.crm() + " (" + c.material() + ", list " + c.crmList() + "): " + g(c.massGram()) + ", "
                    + gy(c.gramPerYearOfUse()) + " in " + c.products() + " products; from " + mans
                    + (c.supplyRisk() == null ? "" : "; SR " + num(c.supplyRisk().supplyRisk()) + ", EI "
                    + num(c.supplyRisk().economicImportance()) + " (" + c.supplyRisk().list() + ")"), BODY);
        }
        chart(w, a.criticalRawMaterials());

        w.heading("2. Substances of very high concern (ZZS, A1.4)");
        if (a.substancesOfVeryHighConcern().isEmpty()) {
            w.text("No ZZS on the passports' list versions.", BODY);
        }
        for (Analysis.Substance z : a.substancesOfVeryHighConcern()) {
            w.text("- " + z.substance() + " (CAS " + z.cas() + ", list " + z.zzsList() + "): " + g(z.massGram()) + " in "
                    + z.products() + " products", BODY);
        }

        w.heading("3. Circular input and recovery (A1.1, A1.2, A2.1, A2.2, C3.1, C4.1, A3.1)");
        Analysis.Composition comp = a.composition();
        w.text("Total mass " + g(comp.totalMassGram()) + "; recycled " + g(comp.recycledMassGram()) + " ("
                + pct(comp.recycledPercent()) + " of the mass). Recovered at recycling " + g(a.recovery().recoveredMassGram())
                + " of " + g(a.recovery().originalMassGram()) + " (" + pct(a.recovery().percent()) + "); critical "
                + pct(a.recovery().criticalPercent()) + ". Auxiliary materials " + g(a.auxiliaryMassGram()) + ".", BODY);
        for (Analysis.Material m : comp.materials().stream().limit(15).toList()) {
            w.text("- " + m.material() + ": " + g(m.massGram()) + " (" + pct(m.percent()) + "), recycled "
                    + pct(m.recycledPercent()), BODY);
        }
        for (Analysis.Application x : a.recycledAndAlternative().recycledApplication()) {
            w.text("- C3.1 (" + x.products() + " products): " + x.text(), BODY);
        }
        for (Analysis.Application x : a.recycledAndAlternative().alternativeMaterials()) {
            w.text("- C4.1 (" + x.products() + " products): " + x.text(), BODY);
        }

        w.heading("4. Greenhouse gases over the life cycle (B1.1-B1.4)");
        Analysis.Ghg gh = a.ghg();
        w.text("Production " + co2(gh.productionGram()) + " (" + pct(gh.productionPercent()) + "), transport "
                + co2(gh.transportGram()) + ", use " + co2(gh.useGram()) + " (" + pct(gh.usePercent()) + "), recycling "
                + co2(gh.recyclingGram()) + "; total " + co2(gh.totalGram()) + ". Per year of use: "
                + (gh.gramPerYearOfUse() == null ? "none (no product gives C1.1)" : co2(gh.gramPerYearOfUse()) + "/year")
                + "; " + gh.productsWithoutLifetime() + " products without C1.1 left out. Production / use: "
                + (a.productionVersusUse().ratio() == null ? "n/a" : num(a.productionVersusUse().ratio())) + ".", BODY);

        w.heading("5. Data quality and verification coverage");
        Analysis.DataQuality d = a.dataQuality();
        w.text("Values measured " + pct(d.measuredPercent()) + ", calculated " + pct(d.calculatedPercent()) + ", indicative "
                + pct(d.indicativePercent()) + ", unlabelled " + pct(d.unlabelledPercent()) + "; with evidence "
                + pct(d.withEvidencePercent()) + ". Complete against their guideline version: " + pct(d.completePercent())
                + ". Open feedback: " + d.openFeedback() + " on " + d.productsWithOpenFeedback() + " products.", BODY);
        for (Analysis.CodeCount c : d.missingRequired()) {
            w.text("- completeness gap: " + c.code() + " missing in " + c.products() + " products", BODY);
        }
        for (Analysis.FindingCount c : d.derivationFindings()) {
            w.text("- derivation finding " + c.rule() + " in " + c.products() + " products, e.g. " + c.example(), BODY);
        }
        for (var f : a.findings()) {
            w.text("- " + f.severity() + " " + f.rule() + ": " + f.message(), BODY);
        }

        w.heading("6. Changes since the previous report");
        DueDiligenceReport.Changes ch = r.changesSincePrevious();
        if (ch == null) {
            w.text("No previous issued report.", BODY);
        } else {
            w.text("Compared with report " + r.previousReport().number() + " (" + r.previousReport().generatedAt() + "): "
                    + ch.passportsAdded().size() + " passports added, " + ch.passportsRemoved().size() + " removed, "
                    + ch.versionsChanged().size() + " with a new version, " + ch.quantitiesChanged().size()
                    + " with another quantity.", BODY);
            for (KeyFigures.Change k : ch.figures().stream().limit(40).toList()) {
                w.text("- " + k.figure() + ": " + opt(k.from()) + " -> " + opt(k.to()) + " " + k.unit(), BODY);
            }
        }

        w.heading("7. Separate methods (not guideline scores)");
        w.text(r.methods().label(), BODY);
        if (r.methods().scores().isEmpty()) {
            w.text("No method values attached to these passports.", BODY);
        }
        for (DueDiligenceReport.MethodSummary m : r.methods().scores()) {
            w.text("- " + m.indicator() + " (" + m.method() + ", " + String.join(", ", m.plugins()) + "): mean "
                    + num(m.meanScorePercent()) + " % over " + m.products() + " products (" + pct(m.coveragePercent())
                    + " of the units), range " + num(m.minScorePercent()) + "-" + num(m.maxScorePercent()) + " %", BODY);
        }
        return w.finish();
    }

    private static void chart(PdfReport w, List<Analysis.CriticalRawMaterial> crm) {
        List<Analysis.CriticalRawMaterial> withYear = crm.stream().filter(c -> c.gramPerYearOfUse() != null).limit(10)
                .toList();
        if (withYear.isEmpty()) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        withYear.forEach(c -> data.addValue(c.gramPerYearOfUse(), "gram per year of use", c.crm() + " / " + c.material()));
        JFreeChart chart = ChartFactory.createBarChart("Critical raw materials per year of use", null, "g/year", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        w.chart(chart, WIDTH_PT, (120 + 40 * withYear.size()) / 2);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String num(double d) {
        return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.0f" : "%,.3g", d);
    }

    private static String opt(Double d) {
        return d == null ? "-" : num(d);
    }

    private static String g(double d) {
        return num(d) + " g";
    }

    private static String gy(Double d) {
        return d == null ? "no per-year figure" : num(d) + " g/year";
    }

    private static String co2(double d) {
        return num(d) + " g CO2-eq";
    }

    private static String pct(Double d) {
        return d == null ? "n/a" : num(d) + " %";
    }
}
