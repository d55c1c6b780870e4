package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the client's Annex D spreadsheet ("Kapitaalgoederen zeegaande baggerschepen": characterised values of a
 * vessel's capital goods per unit of energy carrier) in the column layout of {@code docs/mki-annex-d.md}: XLSX
 * (first sheet) or CSV (comma or semicolon, UTF-8). Pure: bytes in, rows out. Every bad row is collected, and any
 * bad row refuses the whole file with a 400 listing them all — a reference set is stored whole or not at all.
 */
public final class AnnexDImporter {

    static final List<String> FIXED = List.of("id", "vessel", "energy_carrier", "unit", "module");
    private static final byte[] ZIP = {'P', 'K'};

    private AnnexDImporter() {
    }

    /**
     * One row: the capital goods of one vessel type per unit of one energy carrier.
     *
     * @param id                 stable row id, used in card references {@code annex-d:<version>:<id>}
     * @param vessel             vessel type and size as in the spreadsheet
     * @param energyCarrier      e.g. MGO, HFO, LNG
     * @param unit               functional unit of the figures, e.g. {@code t} (tonne of fuel)
     * @param module             the LCA module the figures belong to
     * @param indicatorsPerUnit  characterised value per unit, per indicator code (e.g. GWP kg CO2-eq per t)
     */
    @Schema(name = "AnnexDRow")
    public record Row(String id, String vessel, String energyCarrier, String unit, LcaModule module,
                      Map<String, Double> indicatorsPerUnit) {
    }

    /** @return the rows; refuses (invalid fields) listing every bad row when any row is bad */
    public static List<Row> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "file: empty upload; send the Annex D spreadsheet as XLSX or CSV");
        }
        List<List<String>> table = content.length > 1 && content[0] == ZIP[0] && content[1] == ZIP[1]
                ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            throw DomainException.invalid("file", "file: no header row");
        }
        List<String> header = table.get(0).stream().map(h -> h.trim()).toList();
        for (int i = 0; i < FIXED.size(); i++) {
            if (header.size() <= i || !header.get(i).equalsIgnoreCase(FIXED.get(i))) {
                throw DomainException.invalid("header", "header: column " + (char) ('A' + i) + " must be '"
                        + FIXED.get(i) + "' (found '" + (header.size() > i ? header.get(i) : "") + "'); see"
                        + " docs/mki-annex-d.md");
            }
        }
        List<String> indicators = header.subList(FIXED.size(), header.size());
        if (indicators.isEmpty() || indicators.stream().anyMatch(String::isEmpty)) {
            throw DomainException.invalid("header", "header: give one or more indicator codes (e.g. GWP) after"
                    + " column E, none empty");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int line = r + 1; // spreadsheet row number as the user sees it
            String at = "rows[" + line + "]";
            int before = errors.size();
            String id = cell(cells, 0);
            String vessel = cell(cells, 1);
            String carrier = cell(cells, 2);
            String unit = cell(cells, 3);
            String moduleCode = cell(cells, 4);
            if (id.isEmpty() || !ids.add(id)) {
                errors.add(error(at + ".id", id.isEmpty() ? "row " + line + ": id is empty"
                        : "row " + line + ": id '" + id + "' appears twice"));
            }
            if (vessel.isEmpty()) {
                errors.add(error(at + ".vessel", "row " + line + ": vessel is empty"));
            }
            if (carrier.isEmpty()) {
                errors.add(error(at + ".energy_carrier", "row " + line + ": energy_carrier is empty"));
            }
            if (unit.isEmpty()) {
                errors.add(error(at + ".unit", "row " + line + ": unit is empty"));
            }
            var module = LcaModule.ofCode(moduleCode);
            if (module.isEmpty()) {
                errors.add(error(at + ".module", "row " + line + ": module '" + moduleCode + "' is not an LCA module"
                        + " (A1-A3, A4, A5, B1 … D)"));
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < indicators.size(); k++) {
                String text = cell(cells, FIXED.size() + k);
                if (text.isEmpty()) {
                    continue; // an empty cell: the indicator is not given for this row
                }
                try {
                    double v = Double.parseDouble(text.replace(',', '.'));
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    values.put(indicators.get(k), v);
                } catch (NumberFormatException e) {
                    errors.add(error(at + "." + indicators.get(k), "row " + line + ": " + indicators.get(k) + " '"
                            + text + "' is not a number"));
                }
            }
            if (errors.size() == before) {
                rows.add(new Row(id, vessel, carrier, unit, module.orElseThrow(), values));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields(errors.size() + " bad value(s) in the Annex D file; nothing was"
                    + " stored", errors);
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "file: no data rows");
        }
        return rows;
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, "annex-d-layout", message);
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel writes a byte-order mark
        }
        String first = text.lines().findFirst().orElse("");
        // Dutch Excel saves CSV with semicolons (the comma is the decimal separator)
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build().parse(r)) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord rec : p) {
                out.add(rec.toList());
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("file", "file: not readable as CSV (" + e.getMessage() + ")");
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            List<List<String>> out = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        // numbers unformatted and exact: the display format might round them
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? Double.toString(cell.getNumericCellValue()) : text.formatCellValue(cell));
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("file", "file: not readable as XLSX (" + e.getMessage() + ")");
        }
    }
}
