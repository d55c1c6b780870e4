package nl.kringloop.analysis;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The due-diligence report as a PDF to put beside a financial due-diligence report: the same sections as the JSON,
 * in words and tables of text, with a chart of the critical raw materials per year of use. Standard PDF fonts
 * only (nothing to embed), so text outside WinAnsi is transliterated.
 */
final class ReportPdf {

    private static final float MARGIN = 50, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ReportPdf() {
    }

    static byte[] write(DueDiligenceReport r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(r.title());
            info.setCreator("Kringloop");
            Writer w = new Writer(doc);
            Analysis a = r.analysis();
            Analysis.Scope s = a.scope();
            w.line(BOLD, 16, r.title());
            w.line(REGULAR, 10, "Subject: " + s.kind() + " " + nz(s.name()) + " (" + nz(s.id()) + ")");
            w.line(REGULAR, 10, r.issued() ? "Issued report " + r.number() + ", id " + r.reportId() + ", by " + nz(r.issuedBy())
                    : "Preview: not issued, not hashed");
            w.line(REGULAR, 10, "Generated at " + r.generatedAt());
            if (r.contentSha256() != null) {
                w.line(REGULAR, 8, "Content SHA-256 " + r.contentSha256());
            }
            w.line(REGULAR, 10, s.products() + " products (passport versions), " + num(s.totalQuantity()) + " units; EU CRM lists "
                    + String.join(", ", s.crmLists()) + "; ZZS lists " + String.join(", ", s.zzsLists()) + "; supply-risk list "
                    + (s.supplyRiskList() == null ? "none loaded" : s.supplyRiskList()));
            w.para("Method: Leidraad circulair productpaspoort §3.2 (analyses for a Circular Due Diligence). Figures are"
                    + " facts from published passports, quantity-weighted; per year of use divides by each product's C1.1"
                    + " actual lifetime. Formulas: docs/analyses.md of the Kringloop repository.");

            w.heading("1. Critical raw materials (A1.3), per year of use");
            Analysis.CriticalTotals t = a.criticalRawMaterialsTotal();
            w.para("Total " + g(t.massGram()) + "; per year of use " + gy(t.gramPerYearOfUse()) + "; without C1.1 (no per-year figure) "
                    + g(t.massGramWithoutLifetime()) + (t.supplyRiskWeightedGramPerYearOfUse() == null ? ""
                    : "; weighted by supply risk " + num(t.supplyRiskWeightedGramPerYearOfUse()) + " g/year x SR"));
            for (Analysis.CriticalRawMaterial c : a.criticalRawMaterials()) {
                String mans = c.manufacturers().stream().limit(3).map(m -> m.manufacturer() + " " + g(m.massGram()))
                        .reduce((x, y) -> x + ", " + y).orElse("");
                w.para("- " + c.crm() + " (" + c.material() + ", list " + c.crmList() + "): " + g(c.massGram()) + ", "
                        + gy(c.gramPerYearOfUse()) + " in " + c.products() + " products; from " + mans
                        + (c.supplyRisk() == null ? "" : "; SR " + num(c.supplyRisk().supplyRisk()) + ", EI "
                        + num(c.supplyRisk().economicImportance()) + " (" + c.supplyRisk().list() + ")"));
            }
            w.chart(a.criticalRawMaterials());

            w.heading("2. Substances of very high concern (ZZS, A1.4)");
            if (a.substancesOfVeryHighConcern().isEmpty()) {
                w.para("No ZZS on the passports' list versions.");
            }
            for (Analysis.Substance z : a.substancesOfVeryHighConcern()) {
                w.para("- " + z.substance() + " (CAS " + z.cas() + ", list " + z.zzsList() + "): " + g(z.massGram()) + " in "
                        + z.products() + " products");
            }

            w.heading("3. Circular input and recovery (A1.1, A1.2, A2.1, A2.2, C3.1, C4.1, A3.1)");
            Analysis.Composition comp = a.composition();
            w.para("Total mass " + g(comp.totalMassGram()) + "; recycled " + g(comp.recycledMassGram()) + " ("
                    + pct(comp.recycledPercent()) + " of the mass). Recovered at recycling " + g(a.recovery().recoveredMassGram())
                    + " of " + g(a.recovery().originalMassGram()) + " (" + pct(a.recovery().percent()) + "); critical "
                    + pct(a.recovery().criticalPercent()) + ". Auxiliary materials " + g(a.auxiliaryMassGram()) + ".");
            for (Analysis.Material m : comp.materials().stream().limit(15).toList()) {
                w.para("- " + m.material() + ": " + g(m.massGram()) + " (" + pct(m.percent()) + "), recycled "
                        + pct(m.recycledPercent()));
            }
            for (Analysis.Application x : a.recycledAndAlternative().recycledApplication()) {
                w.para("- C3.1 (" + x.products() + " products): " + x.text());
            }
            for (Analysis.Application x : a.recycledAndAlternative().alternativeMaterials()) {
                w.para("- C4.1 (" + x.products() + " products): " + x.text());
            }

            w.heading("4. Greenhouse gases over the life cycle (B1.1-B1.4)");
            Analysis.Ghg gh = a.ghg();
            w.para("Production " + co2(gh.productionGram()) + " (" + pct(gh.productionPercent()) + "), transport "
                    + co2(gh.transportGram()) + ", use " + co2(gh.useGram()) + " (" + pct(gh.usePercent()) + "), recycling "
                    + co2(gh.recyclingGram()) + "; total " + co2(gh.totalGram()) + ". Per year of use: "
                    + (gh.gramPerYearOfUse() == null ? "none (no product gives C1.1)" : co2(gh.gramPerYearOfUse()) + "/year")
                    + "; " + gh.productsWithoutLifetime() + " products without C1.1 left out. Production / use: "
                    + (a.productionVersusUse().ratio() == null ? "n/a" : num(a.productionVersusUse().ratio())) + ".");

            w.heading("5. Data quality and verification coverage");
            Analysis.DataQuality d = a.dataQuality();
            w.para("Values measured " + pct(d.measuredPercent()) + ", calculated " + pct(d.calculatedPercent()) + ", indicative "
                    + pct(d.indicativePercent()) + ", unlabelled " + pct(d.unlabelledPercent()) + "; with evidence "
                    + pct(d.withEvidencePercent()) + ". Complete against their guideline version: " + pct(d.completePercent())
                    + ". Open feedback: " + d.openFeedback() + " on " + d.productsWithOpenFeedback() + " products.");
            for (Analysis.CodeCount c : d.missingRequired()) {
                w.para("- completeness gap: " + c.code() + " missing in " + c.products() + " products");
            }
            for (Analysis.FindingCount c : d.derivationFindings()) {
                w.para("- derivation finding " + c.rule() + " in " + c.products() + " products, e.g. " + c.example());
            }
            for (var f : a.findings()) {
                w.para("- " + f.severity() + " " + f.rule() + ": " + f.message());
            }

            w.heading("6. Changes since the previous report");
            DueDiligenceReport.Changes ch = r.changesSincePrevious();
            if (ch == null) {
                w.para("No previous issued report.");
            } else {
                w.para("Compared with report " + r.previousReport().number() + " (" + r.previousReport().generatedAt() + "): "
                        + ch.passportsAdded().size() + " passports added, " + ch.passportsRemoved().size() + " removed, "
                        + ch.versionsChanged().size() + " with a new version, " + ch.quantitiesChanged().size()
                        + " with another quantity.");
                for (KeyFigures.Change k : ch.figures().stream().limit(40).toList()) {
                    w.para("- " + k.figure() + ": " + opt(k.from()) + " -> " + opt(k.to()) + " " + k.unit());
                }
            }

            w.heading("7. Separate methods (not guideline scores)");
            w.para(r.methods().label());
            if (r.methods().scores().isEmpty()) {
                w.para("No method values attached to these passports.");
            }
            for (DueDiligenceReport.MethodSummary m : r.methods().scores()) {
                w.para("- " + m.indicator() + " (" + m.method() + ", " + String.join(", ", m.plugins()) + "): mean "
                        + num(m.meanScorePercent()) + " % over " + m.products() + " products (" + pct(m.coveragePercent())
                        + " of the units), range " + num(m.minScorePercent()) + "-" + num(m.maxScorePercent()) + " %");
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** lays out lines top to bottom, wrapping words and starting pages as needed */
    private static final class Writer {
        final PDDocument doc;
        PDPageContentStream cs;
        float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            page();
        }

        void page() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            cs = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void heading(String text) throws IOException {
            y -= 8;
            line(BOLD, 12, text);
        }

        void para(String text) throws IOException {
            for (String l : wrap(clean(text), REGULAR, 10)) {
                line(REGULAR, 10, l);
            }
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            for (String l : wrap(clean(text), font, size)) {
                if (y < MARGIN + size) {
                    page();
                }
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(MARGIN, y - size);
                cs.showText(l);
                cs.endText();
                y -= size * 1.35f;
            }
        }

        void chart(List<Analysis.CriticalRawMaterial> crm) throws IOException {
            List<Analysis.CriticalRawMaterial> withYear = crm.stream().filter(c -> c.gramPerYearOfUse() != null).limit(10).toList();
            if (withYear.isEmpty()) {
                return;
            }
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            withYear.forEach(c -> data.addValue(c.gramPerYearOfUse(), "gram per year of use", c.crm() + " / " + c.material()));
            JFreeChart chart = ChartFactory.createBarChart("Critical raw materials per year of use", null, "g/year", data,
                    PlotOrientation.HORIZONTAL, false, false, false);
            BufferedImage img = chart.createBufferedImage(1000, 120 + 40 * withYear.size());
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            float h = WIDTH * img.getHeight() / img.getWidth();
            if (y - h < MARGIN) {
                page();
            }
            cs.drawImage(x, MARGIN, y - h, WIDTH, h);
            y -= h + 6;
        }

        void close() throws IOException {
            cs.close();
        }
    }

    static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = cur.isEmpty() ? word : cur + " " + word;
            if (font.getStringWidth(next) / 1000 * size > WIDTH && !cur.isEmpty()) {
                out.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(next);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** the standard fonts encode WinAnsi only */
    static String clean(String s) {
        String t = s.replace("₂", "2").replace("→", "->").replace("≤", "<=").replace("≥", ">=").replace("×", "x")
                .replace("Σ", "sum ").replace("–", "-").replace("—", "-").replace("…", "...").replace('\n', ' ').replace('\t', ' ');
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            b.append(c < 0x20 || (c > 0x7e && c < 0xa0) || c > 0xff ? '?' : c);
        }
        return b.toString();
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
