package nl.kringloop.mki.report;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report as the editable spreadsheet RWS-MKI 4.0 §4.2b, §4.3a and §4.4a ask for "in the Annex B format". The
 * protocol's own template (Annex B v1.3, 2020) is a separate file of the contract; this is Kringloop's layout of
 * what the text implies, documented column by column in {@code docs/mki-reports.md}: sheet {@value #MAIN_SHEET} with
 * the contract data and the three figures as live formulas over one row per line (objects in columns B and C,
 * quantity × MKI per unit), the scope changes as separate lines below (§4.3g), then a sheet per object sum, module,
 * card with its source, register, the findings, the sections and the history.
 *
 * <p>The table's second header row holds the field names of {@code POST …/realisation}, so the workbook edited and
 * sent back updates the realisation (round trip).
 */
final class AnnexBWorkbook {

    static final String MAIN_SHEET = "Annex B";
    /** the field names, one per column A…U, of the lines table */
    static final List<String> COLUMNS = List.of("line", "object", "objectName", "card", "cardName", "source",
            "dataCategory", "unit", "designQuantity", "forecastQuantity", "realisedQuantity", "status",
            "mkiEuroPerUnit", "forecastMkiEuro", "realisedMkiEuro", "monitoring", "spentShare", "initialMkiEuro",
            "restscope", "appliedOn", "scopeChange");
    static final List<String> LABELS = List.of("Regel (line id)", "Object", "Objectnaam", "Productkaart",
            "Kaartnaam", "Bron (NMD-versie en kaart, of LCA-rapport)", "Categorie", "Eenheid", "Ontwerp hoeveelheid",
            "Prognose hoeveelheid", "Gerealiseerde hoeveelheid", "Status", "MKI per eenheid (euro)",
            "Prognose MKI (euro) = J × M", "Gerealiseerd MKI (euro) = K × M, of Q × R", "Monitoring", "Aandeel besteed",
            "Initieel MKI regel (euro)", "Restscope", "Aangebracht op", "Scopewijziging");
    static final int HEADER_ROW = 20; // 0-based: the labels; the field names are on the next row
    static final String FORECAST_CELL = "B11";
    static final String REALISED_CELL = "B12";
    static final String INITIAL_CELL = "B13";
    static final String EXPOSURE_CELL = "B17";
    static final String RESTSCOPE_SHARE_CELL = "B18";

    private AnnexBWorkbook() {
    }

    static byte[] write(IssuedReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle euro = wb.createCellStyle();
            euro.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet s = wb.createSheet(MAIN_SHEET);
            JsonObject doc = r.document();
            text(s, 0, 0, "MKI-waarde — format voortgang (Annex B, RWS-MKI 4.0 hoofdstuk 4), Kringloop-indeling").setCellStyle(bold);
            pair(s, 2, "Project", doc.getString("name", ""));
            pair(s, 3, "Rapport", r.number() + " (" + r.kind() + "), " + r.issuedAt() + ", hash " + r.contentHash());
            pair(s, 4, "Protocol", "RWS-MKI " + doc.getString("protocolVersion", ""));
            pair(s, 5, "NMD-datumversie (§1.4)", doc.getString("nmdVersion", "not provided"));
            pair(s, 6, "Bepalingsmethode (§1.2)", r.contract().getString("bepalingsmethodeVersion", "not provided"));
            pair(s, 7, "ecoinvent (§1.2)", r.contract().getString("ecoinventVersion", "not provided"));
            text(s, 8, 0, "Levensduur (jaar)");
            num(s, 8, 1, doc.getJsonNumber("serviceLifeYears").doubleValue());
            text(s, 9, 0, "Aangeboden MKI (euro)");
            if (r.promisedMkiEuro() != null) {
                num(s, 9, 1, r.promisedMkiEuro()).setCellStyle(euro);
            }
            int first = HEADER_ROW + 2;
            int last = first + Math.max(r.lines().size(), 1) - 1;
            text(s, 10, 0, "Prognose MKI (euro), §4.3a-I");
            formula(s, 10, 1, "SUM(N" + (first + 1) + ":N" + (last + 1) + ")").setCellStyle(euro);
            text(s, 11, 0, "Gerealiseerd MKI (euro), §4.3a-II");
            formula(s, 11, 1, "SUM(O" + (first + 1) + ":O" + (last + 1) + ")").setCellStyle(euro);
            text(s, 12, 0, "Initieel MKI (euro, plan van aanpak), §4.3a-III");
            num(s, 12, 1, r.initialMkiEuro()).setCellStyle(euro);
            text(s, 13, 0, "Prognose vorige rapportage (euro), §4.3a-III");
            if (r.previousForecastMkiEuro() != null) {
                num(s, 13, 1, r.previousForecastMkiEuro()).setCellStyle(euro);
            }
            text(s, 14, 0, "Gunningsvoordeel per euro MKI (contract)");
            Double award = ReportBuilder.number(r.contract(), "awardValuePerEuroMki");
            Double penalty = ReportBuilder.number(r.contract(), "penaltyFactor");
            if (award != null) {
                num(s, 14, 1, award);
            }
            text(s, 15, 0, "Boetefactor (contract)");
            if (penalty != null || award != null) {
                num(s, 15, 1, penalty == null ? 1 : penalty);
            }
            text(s, 16, 0, "Blootstelling (euro): contractueel gunningsmodel, niet het protocol");
            if (r.exposureEuro() != null) {
                formula(s, 16, 1, "MAX(0,B11-B10)*B15*B16").setCellStyle(euro);
            }
            text(s, 17, 0, "Restscope aandeel van de prognose, §4.1 (max. 0,05)");
            formula(s, 17, 1, "IF(B11=0,0,SUMIF(S" + (first + 1) + ":S" + (last + 1) + ",\"yes\",N" + (first + 1)
                    + ":N" + (last + 1) + ")/B11)");
            Row labels = s.createRow(HEADER_ROW);
            Row keys = s.createRow(HEADER_ROW + 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                labels.createCell(c).setCellValue(LABELS.get(c));
                labels.getCell(c).setCellStyle(bold);
                keys.createCell(c).setCellValue(COLUMNS.get(c));
            }
            Map<String, IssuedReport.CardFigures> cards = new LinkedHashMap<>();
            r.byCard().forEach(c -> cards.put(c.id(), c));
            Map<String, String> objectNames = new LinkedHashMap<>();
            r.byObject().forEach(o -> objectNames.put(o.id(), o.name()));
            int row = first;
            for (IssuedReport.LineFigures l : r.lines()) {
                int x = row + 1; // 1-based row number in formulas
                IssuedReport.CardFigures card = l.card() == null ? null : cards.get(l.card());
                text(s, row, 0, l.id());
                text(s, row, 1, l.object());
                text(s, row, 2, objectNames.getOrDefault(l.object(), ""));
                text(s, row, 3, l.card() == null ? "" : l.card());
                text(s, row, 4, card == null ? "" : card.name());
                text(s, row, 5, card == null ? "priced by a protocol rule (see the PDF appendix)" : card.source());
                text(s, row, 6, card == null ? "" : card.dataCategory());
                text(s, row, 7, l.unit());
                num(s, row, 8, l.designQuantity());
                num(s, row, 9, l.forecastQuantity() == null ? 0 : l.forecastQuantity());
                if (l.realisedQuantity() != null) {
                    num(s, row, 10, l.realisedQuantity());
                }
                text(s, row, 11, l.status());
                num(s, row, 12, l.mkiEuroPerUnit());
                formula(s, row, 13, "J" + x + "*M" + x).setCellStyle(euro);
                boolean financial = Realisation.FINANCIAL.equals(l.monitoring());
                formula(s, row, 14, financial ? "Q" + x + "*R" + x : "K" + x + "*M" + x).setCellStyle(euro);
                text(s, row, 15, l.monitoring());
                if (l.spentShare() != null) {
                    num(s, row, 16, l.spentShare());
                }
                if (l.initialMkiEuro() != null) {
                    num(s, row, 17, l.initialMkiEuro());
                }
                text(s, row, 18, l.restscope() ? "yes" : "no");
                text(s, row, 19, l.appliedOn() == null ? "" : l.appliedOn());
                text(s, row, 20, l.scopeChange() == null ? "" : l.scopeChange());
                row++;
            }
            // §4.3g: scope changes as separate lines, below the table and outside its sums
            row = last + 2;
            text(s, row++, 0, "Scopewijzigingen (§4.3g), losse regels; niet in de sommen hierboven").setCellStyle(bold);
            List<String> scHeader = List.of("id", "title", "status", "date", "mkiEffectEuro", "inForecast");
            for (int c = 0; c < scHeader.size(); c++) {
                text(s, row, c, scHeader.get(c));
            }
            row++;
            for (JsonObject e : r.registers().getJsonArray(Registers.SCOPE_CHANGES.name()).getValuesAs(JsonObject.class)) {
                text(s, row, 0, e.getString("id"));
                text(s, row, 1, e.getString("title", ""));
                text(s, row, 2, e.getString("status"));
                text(s, row, 3, e.getString("date"));
                num(s, row, 4, e.getJsonNumber("mkiEffectEuro").doubleValue()).setCellStyle(euro);
                text(s, row, 5, e.getBoolean("inForecast") ? "yes" : "no");
                row++;
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                s.setColumnWidth(c, c == 0 ? 14000 : c == 5 ? 12000 : 4200);
            }
            s.createFreezePane(1, HEADER_ROW + 2);

            objects(wb, r, first, last);
            table(wb.createSheet("Modules"), List.of("module", "forecastMkiEuro", "realisedMkiEuro"),
                    r.byModule().stream().map(m -> List.<Object>of(m.module(), m.forecastMkiEuro(), m.realisedMkiEuro()))
                            .toList());
            table(wb.createSheet("Cards"), List.of("card", "name", "dataCategory", "unit", "source", "forecastMkiEuro",
                            "realisedMkiEuro"),
                    r.byCard().stream().map(c -> List.<Object>of(c.id(), c.name(), c.dataCategory(), c.unit(), c.source(),
                            c.forecastMkiEuro(), c.realisedMkiEuro())).toList());
            for (Registers.Kind k : Registers.ALL) {
                // the register's name as the sheet's: "scope-changes" → "Scope changes"
                register(wb.createSheet(Character.toUpperCase(k.name().charAt(0)) + k.name().substring(1).replace('-', ' ')),
                        r.registers().getJsonArray(k.name()).getValuesAs(JsonObject.class));
            }
            table(wb.createSheet("Findings"), List.of("severity", "rule", "line", "subject", "message"),
                    r.findings().stream().map(x -> List.<Object>of(x.severity(), nz(x.rule()), nz(x.line()),
                            nz(x.subject()), nz(x.message()))).toList());
            table(wb.createSheet("Sections"), List.of("section", "title", "provided", "summary"),
                    r.sections().stream().map(x -> List.<Object>of(x.section(), x.title(), x.provided() ? "yes" : "no",
                            x.summary())).toList());
            table(wb.createSheet("History"), List.of("report", "kind", "issuedAt", "initialMkiEuro", "forecastMkiEuro",
                            "realisedMkiEuro"),
                    r.history().stream().map(h -> List.<Object>of((double) h.number(), h.kind(), h.issuedAt(),
                            h.initialMkiEuro(), h.forecastMkiEuro(), h.realisedMkiEuro())).toList());
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sum per object over the lines table: live SUMIF formulas on columns B (object), N and O. */
    private static void objects(XSSFWorkbook wb, IssuedReport r, int first, int last) {
        Sheet s = wb.createSheet("Objects");
        List<String> h = List.of("object", "name", "parent", "earthwork", "forecastMkiEuro", "realisedMkiEuro",
                "initialMkiEuro");
        Row head = s.createRow(0);
        for (int c = 0; c < h.size(); c++) {
            head.createCell(c).setCellValue(h.get(c));
        }
        String range = "'" + MAIN_SHEET + "'!$B$" + (first + 1) + ":$B$" + (last + 1);
        int row = 1;
        for (IssuedReport.ObjectFigures o : r.byObject()) {
            text(s, row, 0, o.id());
            text(s, row, 1, o.name());
            text(s, row, 2, nz(o.parent()));
            text(s, row, 3, o.earthwork() ? "yes" : "no");
            formula(s, row, 4, "SUMIF(" + range + ",A" + (row + 1) + ",'" + MAIN_SHEET + "'!$N$" + (first + 1) + ":$N$"
                    + (last + 1) + ")");
            formula(s, row, 5, "SUMIF(" + range + ",A" + (row + 1) + ",'" + MAIN_SHEET + "'!$O$" + (first + 1) + ":$O$"
                    + (last + 1) + ")");
            if (o.initialMkiEuro() != null) {
                num(s, row, 6, o.initialMkiEuro());
            }
            row++;
        }
    }

    private static void register(Sheet s, List<JsonObject> entries) {
        Set<String> keys = new LinkedHashSet<>(List.of("id", "date", "author", "status"));
        entries.forEach(e -> keys.addAll(e.keySet()));
        List<String> header = new ArrayList<>(keys);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonObject e : entries) {
            List<Object> row = new ArrayList<>();
            for (String k : header) {
                JsonValue v = e.get(k);
                row.add(v == null ? "" : v instanceof JsonString str ? str.getString()
                        : v instanceof JsonNumber n ? (Object) n.doubleValue() : v instanceof JsonArray || v instanceof JsonObject
                        ? v.toString() : v.toString());
            }
            rows.add(row);
        }
        table(s, header, rows);
    }

    private static void table(Sheet s, List<String> header, List<List<Object>> rows) {
        Row head = s.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            head.createCell(c).setCellValue(header.get(c));
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) {
                Object v = rows.get(i).get(c);
                if (v instanceof Double d) {
                    num(s, i + 1, c, d);
                } else {
                    text(s, i + 1, c, String.valueOf(v));
                }
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void pair(Sheet s, int row, String label, String value) {
        text(s, row, 0, label);
        text(s, row, 1, value);
    }

    private static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    private static Cell text(Sheet s, int row, int col, String v) {
        Cell c = cell(s, row, col);
        c.setCellValue(v);
        return c;
    }

    private static Cell num(Sheet s, int row, int col, double v) {
        Cell c = cell(s, row, col);
        c.setCellValue(v);
        return c;
    }

    private static Cell formula(Sheet s, int row, int col, String f) {
        Cell c = cell(s, row, col);
        c.setCellFormula(f);
        return c;
    }
}
