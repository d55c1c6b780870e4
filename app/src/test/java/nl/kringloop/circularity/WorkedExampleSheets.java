package nl.kringloop.circularity;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two worked examples of docs/methods/cpf.md filled into the bill-of-materials template with POI, cell by
 * cell, as a user would fill it in Excel; and their JSON form from the test resources.
 */
final class WorkedExampleSheets {

    private WorkedExampleSheets() {
    }

    static String json(String name) {
        try (InputStream in = WorkedExampleSheets.class.getResourceAsStream("/circularity/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The air purifier (worked example 2): a product with a supplier CPFx, a market average, a maintenance part. */
    static byte[] airPurifier(byte[] template) {
        return fill(template, new Object[] {"urn:gtin:08712345678906", "air purifier", "PRODUCT"},
                List.of(
                        //     A id       B  C supplier D unit E g  F n  G maint H known I cpfx J files
                        row("housing", null, "Alu BV", "pcs", 200, 1, "no", "yes", 0.75, "alu-cpfx-2025.pdf",
                                // K–T: no secondary shares (locked by the supplier's CPFx)
                                null, null, null, null, null, null, null, null, null, null,
                                // U waste g, V recycled, W reused, X composted, Y standard, Z files, AA E_F
                                20, 1, null, null, null, "scrap.pdf", null),
                        row("pcb", null, null, "pcs", 50, 1, null, "no", null, null,
                                0.1, "market average", null, null, null, null, null, null, null, "yes",
                                null, null, null, null, null, null, null),
                        row("filter", null, null, "pcs", 10, 3, "yes", null, null, null,
                                null, null, null, null, null, null, 0.9, "supplier", "fsc.pdf", null,
                                null, null, null, null, null, null, null)),
                List.of(
                        row("housing", null, 195, 1, 0.9, null, null, null, null, null),
                        row("pcb", null, 50, 1, 0.5, 0.2, null, null, null, null),
                        row("filter", null, 10, 1, null, null, 1, "EN 13432", null, null)));
    }

    /** The painted steel bracket (worked example 1): a component, two sources for the steel's recycled share. */
    static byte[] bracket(byte[] template) {
        return fill(template, new Object[] {null, "painted steel bracket", "COMPONENT"},
                List.of(
                        row("steel", null, "Staal BV", "pcs", 500, 2, null, null, null, null,
                                0.6, "supplier declaration", "mill-cert.pdf", null, null, null, null, null, null, null,
                                100, 0.8, null, null, null, "scrap-2025.pdf", null),
                        // the same id again: a second source for the recycled share (step 3, worst case)
                        row("steel", null, null, null, null, null, null, null, null, null,
                                "50 %", "EPD", "epd-steel.pdf; audit.pdf", null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null),
                        row("paint", null, null, "g", 50, 1, null, null, null, null,
                                null, null, null, null, null, null, null, null, null, null,
                                10, null, null, null, null, null, null)),
                List.of());
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** Writes the product fields (B2–B4), component rows and disassembly rows into a copy of the template. */
    static byte[] fill(byte[] template, Object[] product, List<Object[]> components, List<Object[]> disassemblies) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet p = wb.getSheet(BillOfMaterialsSheet.PRODUCT);
            for (int i = 0; i < product.length; i++) {
                put(p.getRow(i + 1), 1, product[i]);
            }
            rows(wb.getSheet(BillOfMaterialsSheet.COMPONENTS), components);
            rows(wb.getSheet(BillOfMaterialsSheet.DISASSEMBLIES), disassemblies);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Sheet s, List<Object[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r + 1);
            Object[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                put(row, c, cells[c]);
            }
        }
    }

    static void put(Row row, int c, Object v) {
        if (v == null) {
            if (row.getCell(c) != null) {
                row.removeCell(row.getCell(c));
            }
        } else if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            row.createCell(c).setCellValue(b);
        } else {
            row.createCell(c).setCellValue(v.toString());
        }
    }
}
