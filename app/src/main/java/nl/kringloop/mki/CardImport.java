package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.api.LcaModule;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads product cards from the sector's spreadsheets (CSV, XLSX) or JSON into card objects of the project
 * document (docs/mki.md), and validates every row with the same reader that validates documents, so a card that
 * imports is a card that calculates. Pure: no database.
 *
 * <p>Spreadsheet layout, one card per row, header in the first row: {@code id, name, unit, dataCategory,
 * lifespanYears, representative, source, releasedMaterialCard} then one column per module and indicator,
 * named {@code <module>.<indicator>} (e.g. {@code A1-A3.GWP}, {@code D.AP}); empty cells mean "not given".
 * CSV may use {@code ,} or {@code ;} as delimiter; with {@code ;} a decimal comma is accepted.
 */
public final class CardImport {

    static final Set<String> PROPERTY_COLUMNS = Set.of("id", "name", "unit", "dataCategory", "lifespanYears",
            "representative", "source", "releasedMaterialCard");

    private CardImport() {
    }

    /** The cards of an import, in row order, with the row each came from. */
    public record Rows(List<JsonObject> cards, List<String> rowNames) {
    }

    /**
     * Parses and validates every row; a bad row does not stop the others, and any bad row fails the whole
     * import with a 400 listing every bad row (nothing is written).
     */
    public static List<JsonObject> read(String format, byte[] body, String libraryVersion) {
        Rows rows = switch (format) {
            case "csv" -> csv(new String(body, StandardCharsets.UTF_8));
            case "xlsx" -> xlsx(body);
            case "json" -> json(new String(body, StandardCharsets.UTF_8));
            default -> throw DomainException.invalid("format", "format '" + format + "': use csv, xlsx or json");
        };
        List<Problem.FieldError> errors = new ArrayList<>();
        List<JsonObject> valid = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < rows.cards().size(); i++) {
            JsonObject card = Json.createObjectBuilder(rows.cards().get(i)).add("libraryVersion", libraryVersion).build();
            String row = rows.rowNames().get(i);
            try {
                validate(card);
                String id = card.getString("id");
                String earlier = seen.putIfAbsent(id, row);
                if (earlier != null) {
                    errors.add(new Problem.FieldError(row + ".id", "unique card id",
                            "card id '" + id + "' is also in " + earlier));
                    continue;
                }
                valid.add(card);
            } catch (DomainException e) {
                String field = e.field() == null ? "" : e.field().replaceFirst("^cards\\[0]\\.?", "");
                errors.add(new Problem.FieldError(field.isEmpty() ? row : row + "." + field, "card",
                        e.getMessage().replaceFirst("^cards\\[0]\\.?", "")));
            }
        }
        if (rows.cards().isEmpty()) {
            throw DomainException.invalid("body", "the import holds no cards");
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields(errors.size() + " of " + rows.cards().size()
                    + " rows are not valid product cards; nothing was imported", errors);
        }
        return valid;
    }

    /** Validates one card by reading it as the only card of an otherwise empty document. */
    static void validate(JsonObject card) {
        toCard(card);
    }

    /** @return a card of the document model, read (and so validated) as the only card of an empty document */
    static ProjectDocument.Card toCard(JsonObject card) {
        JsonObject doc = Json.createObjectBuilder().add("protocolVersion", "4.0").add("weighting", "-")
                .add("serviceLifeYears", 1).add("cards", Json.createArrayBuilder().add(card))
                .add("objects", JsonValue.EMPTY_JSON_ARRAY).add("lines", JsonValue.EMPTY_JSON_ARRAY).build();
        return ProjectDocumentReader.read(doc).cards().get(0);
    }

    static Rows json(String body) {
        JsonValue v = JsonInput.parse(body);
        JsonArray a = v instanceof JsonObject o && o.containsKey("cards")
                ? JsonInput.array(o.get("cards"), "cards") : JsonInput.array(v, "");
        List<JsonObject> cards = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            cards.add(JsonInput.object(a.get(i), "cards[" + i + "]"));
            names.add("cards[" + i + "]");
        }
        return new Rows(cards, names);
    }

    static Rows csv(String text) {
        Table t = csvTable(text, column -> column.indexOf('.') > 0 || column.equals("lifespanYears"));
        return toCards(t.rows(), t.rowNames());
    }

    static Rows xlsx(byte[] body) {
        Table t = xlsxTable(body, null, null);
        return toCards(t.rows(), t.rowNames());
    }

    /** Rows of a spreadsheet as header → cell text, with the name of each row as the spreadsheet shows it. */
    public record Table(List<Map<String, String>> rows, List<String> rowNames) {
    }

    /**
     * A CSV file whose first line is the header; {@code ,} or {@code ;} as delimiter, and with {@code ;} a decimal
     * comma in the columns {@code numeric} accepts.
     */
    public static Table csvTable(String text, Predicate<String> numeric) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text),
                format)) {
            List<String> header = p.getHeaderNames();
            int rowNumber = 1; // the header is row 1, as a spreadsheet shows it
            for (CSVRecord r : p) {
                rowNumber++;
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size() && c < r.size(); c++) {
                    String value = r.get(c);
                    row.put(header.get(c), delimiter == ';' && numeric.test(header.get(c))
                            ? decimalComma(value) : value);
                }
                rows.add(row);
                names.add("rows[" + rowNumber + "]");
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalid("body", "not a readable CSV file: " + e.getMessage());
        }
        return new Table(rows, names);
    }

    /**
     * The rows of an XLSX sheet below its header row. {@code sheetName} null (or absent from the workbook) means the
     * first sheet; {@code headerCell} null means the first row is the header, else the first row holding a cell with
     * that text. Reading stops at the first empty row after the header when a header cell is named (a block below
     * the table is not part of it). Numbers are read as Java's shortest decimal of the stored double.
     */
    public static Table xlsxTable(byte[] body, String sheetName, String headerCell) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        DataFormatter text = new DataFormatter(Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = sheetName != null && wb.getSheet(sheetName) != null ? wb.getSheet(sheetName) : wb.getSheetAt(0);
            int headRow = sheet.getFirstRowNum();
            if (headerCell != null) {
                headRow = -1;
                for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && headRow < 0; r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        if (row.getCell(c) != null && headerCell.equals(text.formatCellValue(row.getCell(c)).trim())) {
                            headRow = r;
                        }
                    }
                }
                if (headRow < 0) {
                    throw DomainException.invalid("body", "no header row with a cell '" + headerCell + "' in sheet '"
                            + sheet.getSheetName() + "'");
                }
            }
            Row head = headRow < 0 ? null : sheet.getRow(headRow);
            if (head == null) {
                throw DomainException.invalid("body", "the first sheet is empty");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < head.getLastCellNum(); c++) {
                Cell cell = head.getCell(c);
                header.add(cell == null ? "" : text.formatCellValue(cell).trim());
            }
            for (int r = headRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; row != null && c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    String v = cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? Double.toString(cell.getNumericCellValue()) : text.formatCellValue(cell).trim();
                    any |= !v.isEmpty();
                    values.put(header.get(c), v);
                }
                if (any) {
                    rows.add(values);
                    names.add("rows[" + (r + 1) + "]");
                } else if (headerCell != null) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("body", "not a readable XLSX workbook: " + e.getMessage());
        }
        return new Table(rows, names);
    }

    /** Spreadsheet rows to card objects; cell text that is not a number stays text, so the reader names it. */
    static Rows toCards(List<Map<String, String>> rows, List<String> names) {
        if (!rows.isEmpty()) {
            for (String column : rows.get(0).keySet()) {
                int dot = column.indexOf('.');
                boolean impact = dot > 0 && LcaModule.ofCode(column.substring(0, dot)).isPresent();
                if (!impact && !PROPERTY_COLUMNS.contains(column)) {
                    throw DomainException.invalid("header." + column, "column '" + column
                            + "' is neither a card property " + PROPERTY_COLUMNS + " nor <module>.<indicator>");
                }
            }
        }
        List<JsonObject> cards = new ArrayList<>();
        for (Map<String, String> row : rows) {
            JsonObjectBuilder card = Json.createObjectBuilder();
            Map<String, JsonObjectBuilder> modules = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String column = cell.getKey();
                String v = cell.getValue() == null ? "" : cell.getValue().trim();
                if (v.isEmpty()) {
                    continue;
                }
                int dot = column.indexOf('.');
                if (dot > 0 && !PROPERTY_COLUMNS.contains(column)) {
                    modules.computeIfAbsent(column.substring(0, dot), k -> Json.createObjectBuilder())
                            .add(column.substring(dot + 1), numberOrText(v));
                    continue;
                }
                switch (column) {
                    case "lifespanYears" -> card.add(column, numberOrText(v));
                    case "representative", "releasedMaterialCard" -> card.add(column, booleanOrText(v));
                    case "dataCategory" -> card.add(column, v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
                    default -> card.add(column, v);
                }
            }
            JsonObjectBuilder impacts = Json.createObjectBuilder();
            modules.forEach(impacts::add);
            cards.add(card.add("impacts", impacts).build());
        }
        return new Rows(cards, names);
    }

    private static JsonValue numberOrText(String v) {
        try {
            return Json.createValue(new BigDecimal(v));
        } catch (NumberFormatException e) {
            return Json.createValue(v);
        }
    }

    private static JsonValue booleanOrText(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "1.0" -> JsonValue.TRUE;
            case "false", "no", "nee", "0", "0.0" -> JsonValue.FALSE;
            default -> Json.createValue(v);
        };
    }

    private static String decimalComma(String value) {
        return value.matches("-?\\d+,\\d+([eE][-+]?\\d+)?") ? value.replace(',', '.') : value;
    }
}
