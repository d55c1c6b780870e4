package nl.kringloop.mki.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.platform.PdfReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.kringloop.platform.PdfReport.BODY;
import static nl.kringloop.platform.PdfReport.BOLD;
import static nl.kringloop.platform.PdfReport.SMALL;
import static nl.kringloop.platform.PdfReport.TITLE;
import static nl.kringloop.platform.PdfReport.WIDTH_PT;
import static nl.kringloop.platform.PdfReport.cells;
import static nl.kringloop.platform.PdfReport.plain;
import static nl.kringloop.platform.PdfReport.row;
import static nl.kringloop.platform.PdfReport.table;

/**
 * The report a client signs off (RWS-MKI 4.0 chapter 4), as PDF: a cover with the contract data and the three
 * figures against the promise, a chart of the figures over the reports, charts per object and per module, what each
 * section of §4.2–§4.4 requires, the registers, the findings by rule, and an appendix with every card, its source and
 * the document hash to re-run it. Rendered once, when the report is issued.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    /** euro as the report prints it: two decimals, thousands grouped, e.g. {@code 12,345.68} */
    static String euro(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static byte[] write(IssuedReport r) {
        PdfReport d = new PdfReport("MKI " + kindName(r.kind()) + " " + r.number());
        cover(d, r);
        d.newPage();
        d.heading("Figures over the reports");
        d.chart(historyChart(r), WIDTH_PT, 200);
        d.heading("Per object (forecast and realised, euro)");
        d.chart(objectChart(r), WIDTH_PT, 200);
        d.heading("Per LCA module (forecast and realised, euro)");
        d.chart(moduleChart(r), WIDTH_PT, 200);
        d.newPage();
        sections(d, r);
        registers(d, r);
        findings(d, r);
        if (!r.categoryOneComparison().isEmpty()) {
            comparison(d, r);
        }
        if (r.trends() != null && !r.trends().isEmpty()) {
            trends(d, r);
        }
        appendix(d, r);
        return d.finish();
    }

    private static void cover(PdfReport d, IssuedReport r) {
        JsonObject doc = r.document();
        d.text("MKI " + kindName(r.kind()) + " — report " + r.number(), TITLE);
        d.heading(doc.getString("name", ""));
        d.text("Issued " + r.issuedAt() + " by " + (r.issuedBy() == null ? "anonymous" : r.issuedBy())
                + ". RWS-MKI protocol " + doc.getString("protocolVersion", "") + " chapter 4.", BODY);
        d.blankLine();
        PdfPTable contract = new PdfPTable(new float[]{2, 3});
        contract.setWidthPercentage(100);
        JsonObject c = r.contract();
        row(contract, "Contract", c.getString("contractNumber", "not provided"));
        row(contract, "Client", c.getString("client", "not provided"));
        row(contract, "Contractor", c.getString("contractor", "not provided"));
        row(contract, "NMD date-version (§1.4)", doc.getString("nmdVersion", "not provided"));
        row(contract, "Bepalingsmethode (§1.2)", c.getString("bepalingsmethodeVersion", "not provided"));
        row(contract, "ecoinvent (§1.2)", c.getString("ecoinventVersion", "not provided"));
        row(contract, "Service life", doc.getJsonNumber("serviceLifeYears").toString() + " years");
        row(contract, "Protocol §3 sections", doc.containsKey("sections") ? doc.getJsonArray("sections").toString()
                : "all");
        d.add(contract);
        d.blankLine();
        d.heading("The figures against the promise (euro)");
        PdfPTable f = new PdfPTable(new float[]{3, 2});
        f.setWidthPercentage(70);
        f.setHorizontalAlignment(Element.ALIGN_LEFT);
        row(f, "Promised MKI", r.promisedMkiEuro() == null ? "not provided" : euro(r.promisedMkiEuro()));
        row(f, "Initial MKI (plan of approach, §4.3a-III)", euro(r.initialMkiEuro()));
        row(f, "Previous forecast (§4.3a-III)", r.previousForecastMkiEuro() == null ? "none (first report)"
                : euro(r.previousForecastMkiEuro()));
        row(f, "Forecast MKI (§4.3a-I)", euro(r.forecastMkiEuro()));
        row(f, "Realised MKI so far (§4.3a-II)", euro(r.realisedMkiEuro()));
        row(f, "Restscope share of the forecast (§4.1, max 5 %)",
                String.format(Locale.ROOT, "%.2f %%", r.restscope().shareOfForecast() * 100));
        if (r.exposureEuro() != null) {
            row(f, "Exposure (contract award model, not the protocol)", euro(r.exposureEuro()));
        }
        d.add(f);
        if (r.promisedMkiEuro() != null) {
            double gap = r.forecastMkiEuro() - r.promisedMkiEuro();
            d.text(gap > 0 ? "The forecast is " + euro(gap) + " euro ABOVE the promise." : "The forecast"
                    + " is " + euro(-gap) + " euro below the promise.", BOLD);
        }
        if (r.exposureEuro() != null) {
            d.text("Exposure basis: " + plain(r.exposureBasis()) + ".", SMALL);
        }
        long errors = r.findings().stream().filter(x -> "error".equals(x.severity())).count();
        d.text(errors + " error finding(s), " + (r.findings().size() - errors) + " other finding(s)."
                + " Content hash " + r.contentHash() + ".", SMALL);
        d.blankLine();
        d.text("Signed off by the client: ____________________   date: ____________", BODY);
    }

    private static JFreeChart historyChart(IssuedReport r) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (IssuedReport.HistoryEntry h : r.history()) {
            String col = h.number() + " " + h.kind();
            ds.addValue(h.forecastMkiEuro(), "forecast", col);
            ds.addValue(h.realisedMkiEuro(), "realised", col);
            ds.addValue(h.initialMkiEuro(), "initial", col);
            if (r.promisedMkiEuro() != null) {
                ds.addValue(r.promisedMkiEuro(), "promised", col);
            }
        }
        return ChartFactory.createLineChart(null, "report", "MKI (euro)", ds, PlotOrientation.VERTICAL, true, false,
                false);
    }

    private static JFreeChart objectChart(IssuedReport r) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (IssuedReport.ObjectFigures o : r.byObject()) {
            ds.addValue(o.forecastMkiEuro(), "forecast", o.name());
            ds.addValue(o.realisedMkiEuro(), "realised", o.name());
        }
        return ChartFactory.createBarChart(null, "object", "MKI (euro)", ds, PlotOrientation.VERTICAL, true, false,
                false);
    }

    private static JFreeChart moduleChart(IssuedReport r) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (IssuedReport.ModuleFigures m : r.byModule()) {
            ds.addValue(m.forecastMkiEuro(), "forecast", m.module());
            ds.addValue(m.realisedMkiEuro(), "realised", m.module());
        }
        return ChartFactory.createBarChart(null, "LCA module", "MKI (euro)", ds, PlotOrientation.VERTICAL, true, false,
                false);
    }

    private static void sections(PdfReport d, IssuedReport r) {
        d.heading("What the protocol requires of this report");
        PdfPTable t = table(new float[]{1.3f, 4, 1, 4}, "section", "requirement", "provided", "summary");
        for (IssuedReport.Section s : r.sections()) {
            cells(t, s.section().replace("RWS-MKI 4.0 ", ""), s.title(), s.provided() ? "yes" : "NOT PROVIDED",
                    s.summary());
        }
        d.add(t);
    }

    private static void registers(PdfReport d, IssuedReport r) {
        for (Registers.Kind k : Registers.ALL) {
            List<JsonObject> entries = r.registers().getJsonArray(k.name()).getValuesAs(JsonObject.class);
            d.heading(k.title() + " (" + k.rule() + ")");
            if (entries.isEmpty()) {
                d.text("not provided", BODY);
                continue;
            }
            PdfPTable t = table(new float[]{1, 1.4f, 1.3f, 6, 1.6f}, "id", "date", "status", "entry", "MKI effect");
            for (JsonObject e : entries) {
                cells(t, e.getString("id"), e.getString("date"), e.getString("status"), describe(e),
                        e.get("mkiEffectEuro") instanceof JsonNumber n ? euro(n.doubleValue()) : "");
            }
            d.add(t);
        }
    }

    /** An entry's own fields as text; a modelled change is summarised, not dumped. */
    private static String describe(JsonObject e) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonValue> m : e.entrySet()) {
            String k = m.getKey();
            if (List.of("id", "date", "status", "mkiEffectEuro", "model", "lines", "removeLines", "cards", "inForecast")
                    .contains(k) && !(k.equals("cards") && m.getValue() instanceof JsonArray a
                    && !a.isEmpty() && a.get(0) instanceof JsonString)) {
                continue;
            }
            parts.add(k + ": " + (m.getValue() instanceof JsonString s ? s.getString() : m.getValue().toString()));
        }
        if (e.get("model") instanceof JsonObject model) {
            parts.add("model: " + model.getJsonArray("lines").size() + " line(s) added or changed, "
                    + model.getJsonArray("removeLines").size() + " removed" + (e.getBoolean("inForecast", false)
                    ? "; in the forecast" : "; not in the forecast"));
        }
        return String.join("; ", parts);
    }

    private static void findings(PdfReport d, IssuedReport r) {
        d.heading("Findings by rule");
        if (r.findings().isEmpty()) {
            d.text("none", BODY);
            return;
        }
        Map<String, List<MkiResult.ResultFinding>> byRule = new LinkedHashMap<>();
        r.findings().stream().sorted(Comparator.comparing(x -> x.rule() == null ? "" : x.rule()))
                .forEach(x -> byRule.computeIfAbsent(x.rule() == null ? "(no rule)" : x.rule(), k -> new ArrayList<>()).add(x));
        PdfPTable t = table(new float[]{1.8f, 1, 1, 6}, "rule", "severity", "line", "finding");
        byRule.forEach((rule, list) -> list.forEach(x -> cells(t, rule, x.severity(), x.line() == null ? "" : x.line(),
                x.message())));
        d.add(t);
    }

    private static void comparison(PdfReport d, IssuedReport r) {
        d.heading("Category 1 data against reference data per LCA phase (§4.4d, without the 30 % mark-up)");
        for (IssuedReport.CardComparison c : r.categoryOneComparison()) {
            d.text(c.card() + " against " + c.referenceCard() + (c.explanation() == null ? ""
                    : ": " + c.explanation()), BODY);
            PdfPTable t = table(new float[]{1, 2, 2, 2}, "phase", "category 1 euro/unit", "reference euro/unit",
                    "difference");
            for (IssuedReport.PhaseDifference p : c.phases()) {
                cells(t, p.module(), String.format(Locale.ROOT, "%.6f", p.cardMkiEuroPerUnit()),
                        String.format(Locale.ROOT, "%.6f", p.referenceMkiEuroPerUnit()),
                        String.format(Locale.ROOT, "%.6f", p.differenceMkiEuroPerUnit()));
            }
            d.add(t);
        }
    }

    private static void trends(PdfReport d, IssuedReport r) {
        d.heading("Largest changes between reports (§4.4b)");
        PdfPTable t = table(new float[]{1, 1, 3, 2, 2, 2}, "reports", "kind", "object or card", "from", "to", "change");
        for (IssuedReport.Change c : r.trends()) {
            cells(t, c.fromReport() + " to " + c.toReport(), c.kind(), c.name(), euro(c.fromMkiEuro()),
                    euro(c.toMkiEuro()), euro(c.changeMkiEuro()));
        }
        d.add(t);
    }

    private static void appendix(PdfReport d, IssuedReport r) {
        d.newPage();
        d.heading("Appendix: every card and how to re-run this report");
        PdfPTable t = table(new float[]{1.5f, 3, 0.7f, 0.7f, 4, 1.7f}, "card", "name", "cat.", "unit", "source",
                "forecast euro");
        for (IssuedReport.CardFigures c : r.byCard()) {
            cells(t, c.id(), c.name(), c.dataCategory(), c.unit(), c.source(), euro(c.forecastMkiEuro()));
        }
        d.add(t);
        d.blankLine();
        d.text("Document hash (SHA-256 of the canonical JSON of the embedded document): "
                + r.documentHash(), BODY);
        d.text("Re-run: GET /api/mki/projects/" + r.projectId() + "/reports/" + r.number() + ", take its"
                + " \"document\" and POST it to /api/mki/calculate: totalMkiEuro is the forecast "
                + euro(r.forecastMkiEuro()) + " euro to the last digit.", BODY);
        StringBuilder plugins = new StringBuilder();
        if (r.method() != null && r.method().plugins() != null) {
            r.method().plugins().forEach(p -> plugins.append(p.id()).append(' ').append(p.version()).append("; "));
        }
        d.text("Calculated by: " + plugins, BODY);
    }

    static String kindName(String kind) {
        return switch (kind) {
            case ReportBuilder.PLAN -> "plan of approach";
            case ReportBuilder.PROGRESS -> "progress report";
            default -> "final report";
        };
    }
}
