package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passport as a table (CSV, XLSX), one row per value, that {@code POST /api/passports/import} reads back into the
 * same draft: every row repeats the passport's product, mass, guideline version and list versions, and each kind of
 * value has its own typed column (massGram, gramCo2Eq, years, number are numbers; text, json are text). Rows with the
 * same passportId form one passport, so a file may hold many. The columns are documented in
 * docs/passport-exchange.md.
 */
final class PassportTable {

    static final List<String> COLUMNS = List.of("passportId", "version", "contentSha256", "productId", "productName",
            "productModel", "manufacturer", "productGroup", "productMassGram", "guidelineVersion", "crmList", "zzsList",
            "code", "item", "cas", "massGram", "gramCo2Eq", "years", "number", "unit", "percent", "text", "json",
            "method", "dataQuality", "evidence", "derivedPercent");
    /** what the export adds for the reader and the import does not take: the register sets them itself */
    static final Set<String> EXPORT_ONLY = Set.of("version", "contentSha256", "derivedPercent");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private static final List<String> PHASES = List.of("production", "transport", "use", "recycling");
    private static final Pattern EVIDENCE_HASH = Pattern.compile("(.*)#sha256=([0-9a-fA-F]{64})");
    private static final String[] PRODUCT_COLUMNS = {"productId", "productName", "productModel", "manufacturer",
            "productGroup", "productMassGram", "guidelineVersion", "crmList", "zzsList"};

    private PassportTable() {
    }

    // ---- export

    /** The rows of one published version; cells are String, BigDecimal or null. */
    static List<List<Object>> rows(PassportViews.PassportView v) {
        JsonObject stored = v.document();
        PassportDocument doc = PassportDocumentReader.read(stored, PassportExport.additionalCodes(stored));
        PassportDerivation.Result d = v.derived();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : PassportDocumentReader.LIST_CODES.stream().sorted().toList()) {
            List<PassportDocument.Amount> list = doc.amounts(code);
            List<PassportDerivation.Share> shares = switch (code) {
                case "A1.2" -> d.recycled();
                case "A2.1" -> d.recovered();
                case "A2.2" -> d.recoveredCritical();
                default -> List.of();
            };
            for (int i = 0; i < list.size(); i++) {
                PassportDocument.Amount a = list.get(i);
                Map<String, Object> r = row(code, a.meta());
                r.put("item", a.name());
                r.put("cas", a.cas());
                r.put("massGram", number(a.massGram()));
                r.put("percent", number(a.percent()));
                r.put("derivedPercent", i < shares.size() ? number(shares.get(i).percent()) : null);
                rows.add(r);
            }
        }
        PassportDocument.Ghg g = doc.ghg();
        if (g != null) {
            Map<String, Object> block = row(GuidelineCodes.B1, g.meta());
            block.put("years", number(g.serviceLifeYears()));
            block.put("text", g.explanation());
            rows.add(block);
            Double[] grams = {g.productionGram(), g.transportGram(), g.useGram(), g.recyclingGram()};
            PassportDerivation.Ghg dg = d.ghg();
            Double[] derived = {dg.productionPercent(), dg.transportPercent(), dg.usePercent(), dg.recyclingPercent()};
            for (int i = 0; i < 4; i++) {
                Double submittedPercent = g.submittedPercent().get(PHASES.get(i));
                if (grams[i] == null && submittedPercent == null) {
                    continue;
                }
                Map<String, Object> r = row("B1." + (i + 1), null);
                r.put("item", PHASES.get(i));
                r.put("gramCo2Eq", number(grams[i]));
                r.put("percent", number(submittedPercent));
                r.put("derivedPercent", number(derived[i]));
                rows.add(r);
            }
        }
        if (doc.biodiversity() != null) {
            Map<String, Object> r = row("B2.1", doc.biodiversity().meta());
            r.put("number", number(doc.biodiversity().value()));
            r.put("unit", doc.biodiversity().unit());
            rows.add(r);
        }
        doc.years().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> r = row(e.getKey(), e.getValue().meta());
            r.put("years", number(e.getValue().years()));
            rows.add(r);
        });
        doc.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> r = row(e.getKey(), e.getValue().meta());
            r.put("text", e.getValue().text());
            r.put("percent", number(e.getValue().percent()));
            rows.add(r);
        });
        doc.otherCodes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> r = row(e.getKey(), null);
            r.put("json", CanonicalJson.write(e.getValue()));
            rows.add(r);
        });
        if (rows.isEmpty()) {
            rows.add(new LinkedHashMap<>()); // a passport without values still carries its product
        }
        PassportDocument.Product p = doc.product();
        Object[] product = {p.id(), p.name(), p.model(), p.manufacturer(), p.productGroup(), number(doc.massGram()),
                doc.guidelineVersion(), d.crmList(), d.zzsList()};
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            r.put("passportId", v.id());
            r.put("version", BigDecimal.valueOf(v.version()));
            r.put("contentSha256", v.contentSha256());
            for (int i = 0; i < PRODUCT_COLUMNS.length; i++) {
                r.put(PRODUCT_COLUMNS[i], product[i]);
            }
            out.add(COLUMNS.stream().map(r::get).toList());
        }
        return out;
    }

    private static Map<String, Object> row(String code, PassportDocument.Meta m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", code);
        if (m != null) {
            r.put("method", m.method());
            r.put("dataQuality", m.dataQuality());
            r.put("evidence", m.evidence().isEmpty() ? null : String.join(" ", m.evidence().stream()
                    .map(e -> escape(e.ref()) + (e.sha256() == null ? "" : "#sha256=" + e.sha256())).toList()));
        }
        return r;
    }

    static String csv(PassportViews.PassportView v) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .build())) {
            for (List<Object> r : rows(v)) {
                p.printRecord(r.stream().map(c -> c == null ? "" : c instanceof BigDecimal b ? plain(b)
                        : defused(c.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same columns as the CSV; numbers are number cells. */
    static byte[] xlsx(PassportViews.PassportView v) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("passport");
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (List<Object> cells : rows(v)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof BigDecimal b) {
                        row.createCell(c).setCellValue(b.doubleValue());
                    } else if (cell != null) {
                        row.createCell(c).setCellValue(cell.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- import

    /** A CSV export (or a spreadsheet saved as CSV, comma or semicolon) as passport documents. */
    static JsonArray documentsFromCsv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a byte-order mark
        }
        String first = text.lines().findFirst().orElse("");
        // Dutch Excel saves CSV with semicolons (the comma is the decimal separator)
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build().parse(new StringReader(text))) {
            for (CSVRecord rec : p) {
                table.add(rec.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("body", "body: not readable as CSV (" + e.getMessage() + ")");
        }
        return documents(table);
    }

    static JsonArray documentsFromXlsx(byte[] body) {
        List<List<String>> table = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        // numbers unformatted and exact: a display format might round them
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? plain(BigDecimal.valueOf(cell.getNumericCellValue())) : text.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("body", "body: not readable as XLSX (" + e.getMessage() + ")");
        }
        return documents(table);
    }

    /** The table (header first) as documents, one per passportId, in the order they first appear. */
    static JsonArray documents(List<List<String>> table) {
        if (table.isEmpty()) {
            throw DomainException.invalid("body", "body: empty; the first row names the columns");
        }
        List<String> header = table.get(0).stream().map(String::trim).toList();
        for (String required : List.of("productName", "code")) {
            if (!header.contains(required)) {
                throw DomainException.invalid("body", "body: no column '" + required + "'; the columns are "
                        + String.join(", ", COLUMNS));
            }
        }
        for (String h : header) {
            if (!h.isEmpty() && !COLUMNS.contains(h)) {
                throw DomainException.invalid("body", "body: unknown column '" + h + "'; the columns are "
                        + String.join(", ", COLUMNS));
            }
        }
        Map<String, List<Cells>> byPassport = new LinkedHashMap<>();
        for (int r = 1; r < table.size(); r++) {
            Cells cells = new Cells(header, table.get(r), r + 1);
            if (cells.blank()) {
                continue;
            }
            byPassport.computeIfAbsent(cells.text("passportId") == null ? "" : cells.text("passportId"),
                    k -> new ArrayList<>()).add(cells);
        }
        if (byPassport.isEmpty()) {
            throw DomainException.invalid("body", "body: no rows below the header");
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        byPassport.values().forEach(rows -> out.add(document(rows)));
        return out.build();
    }

    private static JsonObject document(List<Cells> rows) {
        Map<String, String> product = new LinkedHashMap<>();
        for (String column : PRODUCT_COLUMNS) {
            for (Cells r : rows) {
                String value = r.text(column);
                String before = product.get(column);
                if (value != null && before != null && !before.equals(value)) {
                    throw DomainException.invalid(r.field(column), r.field(column) + ": '" + value
                            + "' differs from '" + before + "' on an earlier row of the same passport");
                }
                if (before == null && value != null) {
                    product.put(column, value);
                }
            }
        }
        Cells first = rows.get(0);
        JsonObjectBuilder p = Json.createObjectBuilder();
        put(p, "id", product.get("productId"));
        put(p, "name", product.get("productName"));
        put(p, "model", product.get("productModel"));
        put(p, "manufacturer", product.get("manufacturer"));
        put(p, "productGroup", product.get("productGroup"));
        JsonObjectBuilder doc = Json.createObjectBuilder().add("product", p);
        if (product.get("productMassGram") != null) {
            Cells r = rows.stream().filter(c -> c.text("productMassGram") != null).findFirst().orElse(first);
            doc.add("massGram", r.number("productMassGram"));
        }
        put(doc, "guidelineVersion", product.get("guidelineVersion"));
        if (product.get("crmList") != null || product.get("zzsList") != null) {
            JsonObjectBuilder lists = Json.createObjectBuilder();
            put(lists, "crm", product.get("crmList"));
            put(lists, "zzs", product.get("zzsList"));
            doc.add("referenceLists", lists);
        }
        Map<String, JsonArrayBuilder> lists = new LinkedHashMap<>();
        Map<String, JsonObjectBuilder> objects = new LinkedHashMap<>();
        Map<String, JsonValue> added = new LinkedHashMap<>();
        for (Cells r : rows) {
            String code = r.text("code");
            if (code == null) {
                continue; // a row that carries only the product
            }
            if (PassportDocumentReader.LIST_CODES.contains(code)) {
                JsonObjectBuilder item = Json.createObjectBuilder();
                put(item, "A1.4".equals(code) ? "substance" : "material", r.text("item"));
                put(item, "cas", r.text("cas"));
                putNumber(item, "massGram", r);
                putNumber(item, "percent", r);
                lists.computeIfAbsent(code, k -> Json.createArrayBuilder()).add(meta(item, r));
            } else if (GuidelineCodes.B1.equals(code)) {
                JsonObjectBuilder b = objects.computeIfAbsent(code, k -> Json.createObjectBuilder());
                if (r.text("years") != null) {
                    b.add("serviceLifeYears", r.number("years"));
                }
                put(b, "explanation", r.text("text"));
                meta(b, r);
            } else if (code.startsWith("B1.") && GuidelineCodes.CATALOGUE.containsKey(code)) {
                String phase = PHASES.get(Integer.parseInt(code.substring(3)) - 1);
                JsonObjectBuilder b = objects.computeIfAbsent(GuidelineCodes.B1, k -> Json.createObjectBuilder());
                if (r.text("gramCo2Eq") != null) {
                    b.add(phase + "Gram", r.number("gramCo2Eq"));
                }
                if (r.text("percent") != null) {
                    b.add(phase + "Percent", r.number("percent"));
                }
            } else if ("B2.1".equals(code)) {
                JsonObjectBuilder b = Json.createObjectBuilder();
                putNumber(b, "value", r, "number");
                put(b, "unit", r.text("unit"));
                objects.put(code, meta(b, r));
            } else if (PassportDocumentReader.YEAR_CODES.contains(code)) {
                JsonObjectBuilder b = Json.createObjectBuilder();
                putNumber(b, "years", r);
                objects.put(code, meta(b, r));
            } else if (PassportDocumentReader.TEXT_CODES.contains(code)) {
                JsonObjectBuilder b = Json.createObjectBuilder();
                put(b, "text", r.text("text"));
                putNumber(b, "percent", r);
                objects.put(code, meta(b, r));
            } else if (r.text("json") != null) {
                // a code a guideline version added: its value as JSON; the reader checks the code is the version's
                try {
                    added.put(code, JsonInput.parse(r.text("json")));
                } catch (DomainException e) {
                    throw DomainException.invalid(r.field("json"), r.field("json") + ": not JSON");
                }
            } else {
                throw DomainException.invalid(r.field("code"), r.field("code") + ": '" + code
                        + "' is not a code of the guideline (A1.1–A3.1, B1, B1.1–B1.4, B2.1, C1.1–C4.1), nor a code"
                        + " with its value in the json column");
            }
        }
        JsonObjectBuilder values = Json.createObjectBuilder();
        lists.forEach((code, list) -> values.add(code, list));
        objects.forEach(values::add);
        added.forEach(values::add);
        return doc.add("values", values).build();
    }

    private static JsonObjectBuilder meta(JsonObjectBuilder b, Cells r) {
        put(b, "method", r.text("method"));
        put(b, "dataQuality", r.text("dataQuality"));
        String evidence = r.text("evidence");
        if (evidence != null) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (String token : evidence.trim().split("\\s+")) {
                Matcher m = EVIDENCE_HASH.matcher(token);
                if (m.matches()) {
                    a.add(Json.createObjectBuilder().add("ref", unescape(m.group(1))).add("sha256", m.group(2)));
                } else {
                    a.add(unescape(token));
                }
            }
            b.add("evidence", a);
        }
        return b;
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void putNumber(JsonObjectBuilder b, String name, Cells r) {
        putNumber(b, name, r, name);
    }

    private static void putNumber(JsonObjectBuilder b, String name, Cells r, String column) {
        if (r.text(column) != null) {
            b.add(name, r.number(column));
        }
    }

    /** evidence references are separated by spaces: a space (or a percent sign) inside one is percent-encoded */
    private static String escape(String ref) {
        return ref.replace("%", "%25").replace(" ", "%20");
    }

    private static String unescape(String ref) {
        return ref.replace("%20", " ").replace("%25", "%");
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, which the import
     * takes off again; numbers are never text, so a negative number stays a number.
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String restored(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    private static BigDecimal number(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    private static String plain(BigDecimal b) {
        return CanonicalJson.number(b);
    }

    /** One row of the table with its spreadsheet row number (the header is row 1) for the problem's field. */
    private record Cells(List<String> header, List<String> cells, int rowNumber) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        String text(String column) {
            int i = header.indexOf(column);
            if (i < 0 || i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank()) {
                return null;
            }
            return restored(cells.get(i).trim());
        }

        BigDecimal number(String column) {
            String s = text(column);
            try {
                // a decimal comma, as a Dutch spreadsheet writes it
                return new BigDecimal(s.contains(".") ? s : s.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw DomainException.invalid(field(column), field(column) + ": '" + s + "' is not a number");
            }
        }

        String field(String column) {
            return "rows[" + rowNumber + "]." + column;
        }

        @Override
        public String toString() {
            return rowNumber + ": " + Arrays.toString(cells.toArray());
        }
    }
}
