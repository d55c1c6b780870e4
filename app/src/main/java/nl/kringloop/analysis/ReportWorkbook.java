package nl.kringloop.analysis;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The due-diligence report as an XLSX workbook: one sheet per section, figures as numbers with their unit in the header. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(DueDiligenceReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Analysis a = r.analysis();
            Analysis.Scope s = r.subject();

            Sheet sum = wb.createSheet("Summary");
            int n = 0;
            n = row(sum, n, bold, r.title());
            n = row(sum, n, null, "Subject", s.kind() + " " + nz(s.name()) + " (" + nz(s.id()) + ")");
            n = row(sum, n, null, "Report", r.issued() ? "issued, number " + r.number() + ", id " + r.reportId() : "preview, not issued");
            n = row(sum, n, null, "Generated at", String.valueOf(r.generatedAt()));
            n = row(sum, n, null, "Issued by", nz(r.issuedBy()));
            n = row(sum, n, null, "Content SHA-256", nz(r.contentSha256()));
            n = row(sum, n, null, "Previous report", r.previousReport() == null ? "none"
                    : r.previousReport().number() + " (" + r.previousReport().reportId() + ", sha256 " + r.previousReport().contentSha256() + ")");
            n = row(sum, n, null, "Products (passport versions)", s.products());
            n = row(sum, n, null, "Total quantity (units)", s.totalQuantity());
            n = row(sum, n, null, "EU CRM list versions", String.join(", ", s.crmLists()));
            n = row(sum, n, null, "ZZS list versions", String.join(", ", s.zzsLists()));
            n = row(sum, n, null, "Supply-risk list", s.supplyRiskList() == null ? "none loaded" : s.supplyRiskList());
            n = row(sum, n, null, "Method", "Leidraad circulair productpaspoort §3.2; formulas in docs/analyses.md");
            n++;
            n = row(sum, n, bold, "Figure", "Unit", "Value");
            for (KeyFigures.Figure k : r.keyFigures()) {
                n = row(sum, n, null, k.figure(), k.unit(), k.value());
            }
            n++;
            n = row(sum, n, bold, "Findings: severity", "rule", "message");
            for (var fi : a.findings()) {
                n = row(sum, n, null, String.valueOf(fi.severity()), fi.rule(), fi.message());
            }

            Sheet crm = wb.createSheet("Critical raw materials");
            n = row(crm, 0, bold, "CRM (list item)", "material", "CRM list", "massGram", "gramPerYearOfUse",
                    "massGramWithoutLifetime", "products", "supplyRisk", "economicImportance", "supplyRiskWeightedGramPerYear");
            for (Analysis.CriticalRawMaterial c : a.criticalRawMaterials()) {
                Analysis.SupplyRisk sr = c.supplyRisk();
                n = row(crm, n, null, c.crm(), c.material(), c.crmList(), c.massGram(), c.gramPerYearOfUse(),
                        c.massGramWithoutLifetime(), c.products(), sr == null ? null : sr.supplyRisk(),
                        sr == null ? null : sr.economicImportance(), sr == null ? null : sr.weightedGramPerYearOfUse());
            }
            n++;
            n = row(crm, n, bold, "CRM (list item)", "material", "manufacturer", "massGram", "gramPerYearOfUse", "products");
            for (Analysis.CriticalRawMaterial c : a.criticalRawMaterials()) {
                for (Analysis.Supplier m : c.manufacturers()) {
                    n = row(crm, n, null, c.crm(), c.material(), m.manufacturer(), m.massGram(), m.gramPerYearOfUse(), m.products());
                }
            }

            Sheet zzs = wb.createSheet("ZZS");
            n = row(zzs, 0, bold, "substance", "CAS", "ZZS list", "massGram", "products");
            for (Analysis.Substance z : a.substancesOfVeryHighConcern()) {
                n = row(zzs, n, null, z.substance(), z.cas(), z.zzsList(), z.massGram(), z.products());
            }

            Sheet comp = wb.createSheet("Composition");
            n = row(comp, 0, bold, "material", "massGram", "percent of total mass", "recycledMassGram", "recycledPercent", "products");
            for (Analysis.Material m : a.composition().materials()) {
                n = row(comp, n, null, m.material(), m.massGram(), m.percent(), m.recycledMassGram(), m.recycledPercent(), m.products());
            }
            n++;
            n = row(comp, n, bold, "auxiliary material (A3.1)", "massGram", "", "", "", "products");
            for (Analysis.Material m : a.auxiliaryMaterials()) {
                n = row(comp, n, null, m.material(), m.massGram(), null, null, null, m.products());
            }
            n++;
            n = row(comp, n, bold, "C3.1 application of recycled materials", "products", "recycled massGram");
            for (Analysis.Application x : a.recycledAndAlternative().recycledApplication()) {
                n = row(comp, n, null, x.text(), x.products(), x.massGram());
            }
            n = row(comp, n, bold, "C4.1 alternative materials", "products", "critical massGram");
            for (Analysis.Application x : a.recycledAndAlternative().alternativeMaterials()) {
                n = row(comp, n, null, x.text(), x.products(), x.massGram());
            }

            Sheet rec = wb.createSheet("Recovery");
            n = row(rec, 0, bold, "code", "material", "recovered massGram", "original massGram", "percent");
            for (Analysis.Recovered x : a.recovery().recovered()) {
                n = row(rec, n, null, "A2.1", x.material(), x.massGram(), x.originalMassGram(), x.percent());
            }
            for (Analysis.Recovered x : a.recovery().recoveredCritical()) {
                n = row(rec, n, null, "A2.2", x.material(), x.massGram(), x.originalMassGram(), x.percent());
            }

            Sheet ghg = wb.createSheet("GHG");
            Analysis.Ghg g = a.ghg();
            n = row(ghg, 0, bold, "phase", "gram CO2-eq", "percent of life cycle");
            n = row(ghg, n, null, "B1.1 production", g.productionGram(), g.productionPercent());
            n = row(ghg, n, null, "B1.2 transport", g.transportGram(), g.transportPercent());
            n = row(ghg, n, null, "B1.3 use", g.useGram(), g.usePercent());
            n = row(ghg, n, null, "B1.4 recycling", g.recyclingGram(), g.recyclingPercent());
            n = row(ghg, n, null, "total", g.totalGram(), null);
            n = row(ghg, n, null, "per year of use (total / C1.1)", g.gramPerYearOfUse(), null);
            n = row(ghg, n, null, "production / use (B1.1 / B1.3)", a.productionVersusUse().ratio(), null);
            n++;
            n = row(ghg, n, bold, "passportId", "version", "name", "manufacturer", "quantity", "lifetimeYears",
                    "ghgTotalGram per unit", "ghgGramPerYearOfUse per unit", "criticalGramPerYearOfUse per unit", "complete", "openFeedback");
            for (Analysis.ProductRow p : a.products()) {
                n = row(ghg, n, null, p.passportId(), p.version(), p.name(), p.manufacturer(), p.quantity(), p.lifetimeYears(),
                        p.ghgTotalGram(), p.ghgGramPerYearOfUse(), p.criticalGramPerYearOfUse(), String.valueOf(p.complete()), p.openFeedback());
            }

            Sheet dq = wb.createSheet("Data quality");
            Analysis.DataQuality d = a.dataQuality();
            n = row(dq, 0, bold, "figure", "percent");
            n = row(dq, n, null, "values measured", d.measuredPercent());
            n = row(dq, n, null, "values calculated", d.calculatedPercent());
            n = row(dq, n, null, "values indicative", d.indicativePercent());
            n = row(dq, n, null, "values without a label", d.unlabelledPercent());
            n = row(dq, n, null, "values with evidence (verification coverage)", d.withEvidencePercent());
            n = row(dq, n, null, "products complete against their guideline version", d.completePercent());
            n = row(dq, n, null, "open feedback (count)", d.openFeedback());
            n++;
            n = row(dq, n, bold, "missing required code", "products");
            for (Analysis.CodeCount c : d.missingRequired()) {
                n = row(dq, n, null, c.code(), c.products());
            }
            n++;
            n = row(dq, n, bold, "derivation finding (rule)", "products", "example");
            for (Analysis.FindingCount c : d.derivationFindings()) {
                n = row(dq, n, null, c.rule(), c.products(), c.example());
            }

            Sheet ch = wb.createSheet("Changes");
            DueDiligenceReport.Changes c = r.changesSincePrevious();
            if (c == null) {
                row(ch, 0, null, "No previous issued report to compare with");
            } else {
                n = row(ch, 0, bold, "figure", "unit", "previous", "now", "delta");
                for (KeyFigures.Change k : c.figures()) {
                    n = row(ch, n, null, k.figure(), k.unit(), k.from(), k.to(), k.delta());
                }
                n++;
                n = list(ch, n, bold, "passports added", c.passportsAdded());
                n = list(ch, n, bold, "passports removed", c.passportsRemoved());
                n = list(ch, n, bold, "versions changed", c.versionsChanged());
                list(ch, n, bold, "quantities changed", c.quantitiesChanged());
            }

            Sheet me = wb.createSheet("Methods (not guideline)");
            n = row(me, 0, bold, r.methods().label());
            n = row(me, n, bold, "method", "indicator", "products", "coveragePercent", "meanScorePercent", "min", "max", "plugins");
            for (DueDiligenceReport.MethodSummary m : r.methods().scores()) {
                n = row(me, n, null, m.method(), m.indicator(), m.products(), m.coveragePercent(), m.meanScorePercent(),
                        m.minScorePercent(), m.maxScorePercent(), String.join(", ", m.plugins()));
            }

            Sheet basis = wb.createSheet("Basis");
            n = row(basis, 0, bold, "passportId", "version", "quantity", "contentSha256");
            for (DueDiligenceReport.Basis b : r.basis()) {
                n = row(basis, n, null, b.passportId(), b.version(), b.quantity(), b.contentSha256());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int list(Sheet s, int n, CellStyle bold, String title, List<String> items) {
        n = row(s, n, bold, title);
        for (String i : items) {
            n = row(s, n, null, i);
        }
        return n;
    }

    private static int row(Sheet s, int n, CellStyle style, Object... values) {
        Row row = s.createRow(n);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof Number num) {
                c.setCellValue(num.doubleValue());
            } else {
                String t = v.toString();
                c.setCellValue(t.length() > 32000 ? t.substring(0, 32000) : t);
            }
            if (style != null) {
                c.setCellStyle(style);
            }
        }
        return n + 1;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
