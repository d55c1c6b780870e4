package nl.kringloop.reference;

import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the RIVM ZZS export (the RIVM ZZS list and its export), CSV (separator ; , or tab, detected) or XLSX (first sheet).
 * Columns are found by their headings, Dutch or English, because the export's layout changes between releases:
 * CAS, EG/EC number, Dutch and English name; every other column is a regime flag (CLP, REACH SVHC, KRW/WFD,
 * OSPAR, POP …) that is set when its cell is not empty and not "nee"/"no". A malformed CAS number is refused
 * with its row; a row without CAS (substance groups) is kept but cannot match.
 */
public final class ZzsImporter {

    private static final Set<String> NO = Set.of("", "-", "nee", "no", "n", "0", "false", "onwaar");
    private static final int MAX_ERRORS = 50;

    private ZzsImporter() {
    }

    public static List<ZzsList.Entry> read(byte[] data) {
        if (data == null || data.length == 0) {
            throw DomainException.invalid("body", "The upload is empty: send the RIVM export as CSV or XLSX");
        }
        List<List<String>> rows = isZip(data) ? xlsxRows(data) : csvRows(data);
        return entries(rows);
    }

    static List<ZzsList.Entry> entries(List<List<String>> rows) {
        int headerRow = -1;
        for (int i = 0; i < Math.min(rows.size(), 20); i++) {
            if (rows.get(i).stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).contains("cas"))) {
                headerRow = i;
                break;
            }
        }
        if (headerRow < 0) {
            throw DomainException.invalid("header", "No heading row with a CAS column in the first 20 rows");
        }
        List<String> header = rows.get(headerRow);
        int cas = -1, ec = -1, nl = -1, en = -1;
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).toLowerCase(Locale.ROOT).trim();
            if (cas < 0 && h.contains("cas")) {
                cas = c;
            } else if (ec < 0 && (h.matches("(eg|ec|einecs)\\b.*") || h.contains("eg-nummer") || h.contains("ec number"))) {
                ec = c;
            } else if (en < 0 && (h.contains("engels") || h.contains("english") || h.equals("name") || h.contains("substance name"))) {
                en = c;
            } else if (nl < 0 && (h.contains("naam") || h.contains("stofnaam") || h.contains("nederlands"))) {
                nl = c;
            }
        }
        List<ZzsList.Entry> out = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int r = headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String casValue = cell(row, cas);
            if (!casValue.matches("\\d{2,7}-\\d{2}-\\d")) {
                casValue = null; // "-", "n.v.t.", groups of substances: kept without CAS
            } else if (!Cas.valid(casValue)) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new Problem.FieldError("row " + (r + 1) + ".cas", "CAS check digit",
                            "'" + casValue + "' has a wrong check digit"));
                }
                continue;
            } else {
                casValue = Cas.normalise(casValue);
            }
            List<String> regimes = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == cas || c == ec || c == nl || c == en || header.get(c).isBlank()) {
                    continue;
                }
                if (!NO.contains(cell(row, c).toLowerCase(Locale.ROOT))) {
                    regimes.add(header.get(c).trim());
                }
            }
            out.add(new ZzsList.Entry(casValue, blankToNull(cell(row, ec)), blankToNull(cell(row, nl)),
                    blankToNull(cell(row, en)), List.copyOf(regimes)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidFields("The export has " + errors.size()
                    + " row(s) with a bad CAS number; nothing was imported", errors);
        }
        if (out.isEmpty()) {
            throw DomainException.invalid("body", "The export has no substance rows");
        }
        return out;
    }

    private static List<List<String>> csvRows(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char sep = count(first, ';') >= count(first, ',') ? ';' : ',';
        if (count(first, '\t') > Math.max(count(first, ';'), count(first, ','))) {
            sep = '\t';
        }
        try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreEmptyLines(true).build()
                .parse(new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                rows.add(rec.toList().stream().map(String::trim).toList());
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw DomainException.invalid("body", "The CSV cannot be read: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsxRows(byte[] data) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : fmt.formatCellValue(cell).trim());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("body", "The XLSX cannot be read: " + e.getMessage());
        }
    }

    private static boolean isZip(byte[] d) {
        return d.length > 3 && d[0] == 'P' && d[1] == 'K' && d[2] == 3 && d[3] == 4;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String cell(List<String> row, int c) {
        return c < 0 || c >= row.size() ? "" : row.get(c).trim();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
