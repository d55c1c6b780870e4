package nl.kringloop.circularity;

import nl.kringloop.api.Finding;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.ProductionWaste;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.SourcedShare;
import nl.kringloop.api.circularity.Utility;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bill of materials as a spreadsheet, in the columns of the CPF guide's own Excel model ("CPFx calculation"
 * sheet): a template to download and fill in, and the reader that turns a filled sheet into the same
 * {@link BillOfMaterials} as the JSON form. Every bad cell is reported with its sheet, row and column, all at
 * once; value rules (shares over 1, locks, standards) are those of the JSON form, mapped back to their cells.
 *
 * <p>Layout: sheet {@value #PRODUCT} (label in column A, value in column B), sheet {@value #COMPONENTS} (one
 * component per row from row 2; a row repeating the id of the row above adds further source statements for its
 * shares, for the worst-case rule of step 3), sheet {@value #DISASSEMBLIES} (one disassembly per row). Shares are
 * fractions 0–1 (a cell formatted as percent holds 0.3 for 30 %; text "30 %" is read as 0.3); yes/no cells take
 * yes, no, ja, nee, true, false, 1, 0; file names are separated by ";" or line breaks.
 */
public final class BillOfMaterialsSheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PRODUCT = "Product";
    static final String COMPONENTS = "CPFx calculation";
    static final String DISASSEMBLIES = "Disassemblies";
    /** The rule a malformed cell breaks: the template's layout, described in the repository's docs. */
    static final String SHEET_RULE = "Kringloop bill-of-materials template (docs/methods/cpf.md)";

    /** A column of a sheet: its header, what to enter, and the JSON member it fills. */
    record Column(String header, String help, String member) {
    }

    /** The rows of sheet Product, in order (row 2 onwards), label in A, value in B. */
    static final List<Column> PRODUCT_ROWS = List.of(
            new Column("Product id", "e.g. urn:gtin:08712345678906 (step 8); may be empty", "productId"),
            new Column("Name", "what is assessed", "name"),
            new Column("Subject", "PRODUCT (CPF: use and end-of-life phase) or COMPONENT (CPFx)", "subject"),
            new Column("Lifetime (years)", "EMF MCI only: L", "utility.lifetimeYears"),
            new Column("Industry-average lifetime (years)", "EMF MCI only: L_av", "utility.industryAverageLifetimeYears"),
            new Column("Functional units", "EMF MCI only: U (default 1)", "utility.functionalUnits"),
            new Column("Industry-average functional units", "EMF MCI only: U_av (default 1)",
                    "utility.industryAverageFunctionalUnits"));

    static final List<Column> COMPONENT_COLUMNS = List.of(
            new Column("Component id", "unique per component; repeat it on the next row to add another source for"
                    + " a share (step 3: the lowest is used)", "id"),
            new Column("Component", "what it is", "name"),
            new Column("Supplier", "who supplies it (step 1)", "supplier"),
            new Column("Unit", "pcs, m, kg …", "unit"),
            new Column("Unit weight (g)", "grams per unit (step 1)", "unitMassGram"),
            new Column("Units per product", "units in one product (step 1)", "unitsPerProduct"),
            new Column("Maintenance part? (yes/no)", "yes for parts used over the life (spare parts, filters):"
                    + " enter every unit used; declare the replaced ones on sheet Disassemblies too", "maintenancePhase"),
            new Column("CPFx known from supplier? (yes/no)", "step 2: yes locks the recycled, reused and renewable"
                    + " shares of this component", "supplierCpfxKnown"),
            new Column("Supplier CPFx (0–1)", "the supplier's CPFx as a fraction (75 % = 0.75)", "supplierCpfxShare"),
            new Column("Supplier CPFx proof files", "file names of the supplier's CPFx calculation",
                    "supplierCpfxProofDocuments"),
            new Column("Recycled share (0–1)", "step 3", "secondaryInput.recycled.share"),
            new Column("Recycled source", "who states it", "secondaryInput.recycled.source"),
            new Column("Recycled proof files", "file names", "secondaryInput.recycled.proofDocuments"),
            new Column("Reused share (0–1)", "step 3", "secondaryInput.reused.share"),
            new Column("Reused source", "who states it", "secondaryInput.reused.source"),
            new Column("Reused proof files", "file names", "secondaryInput.reused.proofDocuments"),
            new Column("Renewable share (0–1)", "step 3: short cycle ≤ 9 years or FSC/PEFC",
                    "secondaryInput.renewable.share"),
            new Column("Renewable source", "who states it", "secondaryInput.renewable.source"),
            new Column("Renewable proof files", "file names", "secondaryInput.renewable.proofDocuments"),
            new Column("Market average? (yes/no)", "yes when the shares on this row are market averages (the"
                    + " result is then indicative)", "secondaryInput.marketAverage"),
            new Column("Production waste (g per product)", "step 4", "productionWaste.massGram"),
            new Column("Waste recycled share (0–1)", "step 4", "productionWaste.recovery.recycledShare"),
            new Column("Waste reused share (0–1)", "step 4", "productionWaste.recovery.reusedShare"),
            new Column("Waste composted share (0–1)", "step 4; needs a standard", "productionWaste.recovery.compostedShare"),
            new Column("Waste compostability standard", "e.g. EN 13432, ASTM D6400",
                    "productionWaste.recovery.compostabilityStandard"),
            new Column("Waste proof files", "file names", "productionWaste.recovery.proofDocuments"),
            new Column("Feedstock recycling efficiency E_F (0–1)", "EMF MCI only", "feedstockRecyclingEfficiency"));

    static final List<Column> DISASSEMBLY_COLUMNS = List.of(
            new Column("Disassembly id", "unique per disassembly (step 6)", "id"),
            new Column("Disassembly", "what comes out at end of life", "name"),
            new Column("Unit weight (g)", "grams per piece (step 6)", "unitMassGram"),
            new Column("Count", "pieces per product (step 6)", "count"),
            new Column("Recycled share (0–1)", "step 7", "endOfLife.recycledShare"),
            new Column("Reused share (0–1)", "step 7", "endOfLife.reusedShare"),
            new Column("Composted share (0–1)", "step 7; needs a standard", "endOfLife.compostedShare"),
            new Column("Compostability standard", "e.g. EN 13432, ASTM D6400", "endOfLife.compostabilityStandard"),
            new Column("Proof files", "file names", "endOfLife.proofDocuments"),
            new Column("Recycling efficiency E_C (0–1)", "EMF MCI only", "recyclingEfficiency"));

    private BillOfMaterialsSheet() {
    }

    /** A filled sheet read: the bill, and where each JSON path of it came from (for refusals of values). */
    record Read(BillOfMaterials bill, Map<String, String> cellOfPath) {

        /** The cell a finding's field came from: the longest known prefix of its JSON path. */
        Problem.FieldError locate(Finding f) {
            String path = f.field() == null ? "" : f.field();
            while (true) {
                String cell = cellOfPath.get(path);
                if (cell != null) {
                    return new Problem.FieldError(cell, f.rule(), describe(cell) + ": " + f.message());
                }
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                if (cut <= 0) {
                    return new Problem.FieldError(COMPONENTS, f.rule(), "sheet '" + COMPONENTS + "': " + f.message());
                }
                path = path.substring(0, cut);
            }
        }
    }

    // ---------------------------------------------------------------- template

    /** @return the empty template: three sheets with the guide's columns, a note on every header */
    public static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));

            Sheet product = wb.createSheet(PRODUCT);
            Row top = product.createRow(0);
            cell(top, 0, "Field", header);
            cell(top, 1, "Value", header);
            cell(top, 2, "What to enter", header);
            for (int r = 0; r < PRODUCT_ROWS.size(); r++) {
                Row row = product.createRow(r + 1);
                row.createCell(0).setCellValue(PRODUCT_ROWS.get(r).header());
                row.createCell(2).setCellValue(PRODUCT_ROWS.get(r).help());
            }
            product.getRow(3).createCell(1).setCellValue(BomSubject.PRODUCT.name());
            product.setColumnWidth(0, 36 * 256);
            product.setColumnWidth(1, 36 * 256);
            product.setColumnWidth(2, 70 * 256);

            headerRow(wb, wb.createSheet(COMPONENTS), COMPONENT_COLUMNS, header, percent);
            headerRow(wb, wb.createSheet(DISASSEMBLIES), DISASSEMBLY_COLUMNS, header, percent);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerRow(Workbook wb, Sheet sheet, List<Column> columns, CellStyle header, CellStyle percent) {
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row top = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            Cell cell = cell(top, c, col.header(), header);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(factory.createRichTextString(col.help()));
            cell.setCellComment(note);
            sheet.setColumnWidth(c, 18 * 256);
            if (col.member().endsWith("Share") || col.member().endsWith(".share")) {
                sheet.setDefaultColumnStyle(c, percent);
            }
        }
        sheet.createFreezePane(1, 1);
    }

    private static Cell cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a filled template. Every cell that is not of its column's kind is collected; if there is any, the
     * answer is one refusal (invalid fields) listing them all as {@code 'Sheet'!A1} references with the sheet, row and column
     * spelled out.
     */
    static Read read(byte[] data) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            return new Reader(wb).read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("body", "Not a readable XLSX workbook (download the template at"
                    + " GET /api/circularity/bill-of-materials.xlsx)");
        }
    }

    /** "CPFx calculation!E3" → "sheet 'CPFx calculation', row 3, column E (Unit weight (g))". */
    static String describe(String ref) {
        int bang = ref.lastIndexOf('!');
        if (bang < 0) {
            return "sheet '" + ref + "'";
        }
        String sheet = ref.substring(0, bang);
        CellReference c = new CellReference(ref.substring(bang + 1));
        List<Column> columns = switch (sheet) {
            case COMPONENTS -> COMPONENT_COLUMNS;
            case DISASSEMBLIES -> DISASSEMBLY_COLUMNS;
            default -> List.of();
        };
        String header = sheet.equals(PRODUCT) && c.getRow() >= 1 && c.getRow() <= PRODUCT_ROWS.size()
                ? PRODUCT_ROWS.get(c.getRow() - 1).header()
                : c.getCol() < columns.size() ? columns.get(c.getCol()).header() : "";
        return "sheet '" + sheet + "', row " + (c.getRow() + 1) + ", column "
                + CellReference.convertNumToColString(c.getCol()) + (header.isEmpty() ? "" : " (" + header + ")");
    }

    private static final class Reader {
        private final Workbook wb;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<Problem.FieldError> errors = new ArrayList<>();
        private final Map<String, String> cellOfPath = new HashMap<>();

        Reader(Workbook wb) {
            this.wb = wb;
        }

        Read read() {
            Sheet product = sheet(PRODUCT, true);
            Sheet components = sheet(COMPONENTS, true);
            Sheet disassemblies = sheet(DISASSEMBLIES, false);
            if (!errors.isEmpty()) {
                refuse();
            }
            String productId = text(product, 1, 1);
            String name = text(product, 2, 1);
            String subjectText = text(product, 3, 1);
            BomSubject subject = BomSubject.PRODUCT;
            if (!subjectText.isEmpty()) {
                try {
                    subject = BomSubject.valueOf(subjectText.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    error(PRODUCT, 3, 1, "'" + subjectText + "' is neither PRODUCT nor COMPONENT");
                }
            }
            cellOfPath.put("subject", ref(PRODUCT, 3, 1));
            Utility utility = utility(product);
            List<Component> cs = components(components);
            List<Disassembly> ds = disassemblies == null ? List.of() : disassemblies(disassemblies);
            cellOfPath.put("components", COMPONENTS);
            cellOfPath.put("disassemblies", DISASSEMBLIES);
            if (!errors.isEmpty()) {
                refuse();
            }
            return new Read(new BillOfMaterials(productId, name, subject, cs, ds, utility), Map.copyOf(cellOfPath));
        }

        private Sheet sheet(String name, boolean required) {
            Sheet s = wb.getSheet(name);
            if (s == null && required) {
                errors.add(new Problem.FieldError(name, SHEET_RULE, "sheet '" + name + "' is missing: use"
                        + " the template of GET /api/circularity/bill-of-materials.xlsx (sheets " + PRODUCT + ", "
                        + COMPONENTS + ", " + DISASSEMBLIES + ")"));
            }
            return s;
        }

        private Utility utility(Sheet product) {
            Double l = number(product, 4, 1);
            Double lav = number(product, 5, 1);
            Double u = number(product, 6, 1);
            Double uav = number(product, 7, 1);
            for (int r = 4; r <= 7; r++) {
                cellOfPath.put(PRODUCT_ROWS.get(r - 1).member(), ref(PRODUCT, r, 1));
            }
            if (l == null && lav == null && u == null && uav == null) {
                return null;
            }
            if (l == null || lav == null) {
                error(PRODUCT, l == null ? 4 : 5, 1, "the EMF MCI utility needs both lifetimes");
                return null;
            }
            return new Utility(l, lav, u == null ? 1 : u, uav == null ? 1 : uav);
        }

        /** A component being read, with its statements (several rows may add to them). */
        private final class Pending {
            final int index;
            final int row;
            final String id;
            final List<SourcedShare> recycled = new ArrayList<>();
            final List<SourcedShare> reused = new ArrayList<>();
            final List<SourcedShare> renewable = new ArrayList<>();
            Component base;

            Pending(int index, int row, String id) {
                this.index = index;
                this.row = row;
                this.id = id;
            }

            Component build() {
                SecondaryInput in = recycled.isEmpty() && reused.isEmpty() && renewable.isEmpty() ? SecondaryInput.NONE
                        : new SecondaryInput(recycled, reused, renewable);
                return new Component(base.id(), base.name(), base.supplier(), base.unit(), base.unitMassGram(),
                        base.unitsPerProduct(), base.maintenancePhase(), base.supplierCpfxShare(), in,
                        base.productionWaste(), base.supplierCpfxProofDocuments(), base.feedstockRecyclingEfficiency());
            }
        }

        private List<Component> components(Sheet s) {
            checkHeader(s, COMPONENT_COLUMNS);
            List<Pending> pending = new ArrayList<>();
            Map<String, Pending> byId = new LinkedHashMap<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (blankRow(s, r, COMPONENT_COLUMNS.size())) {
                    continue;
                }
                String id = text(s, r, 0);
                Pending earlier = byId.get(id);
                if (id.isEmpty()) {
                    error(COMPONENTS, r, 0, "every component row needs an id");
                    continue;
                }
                if (earlier != null) {
                    // a continuation row: further source statements only (step 3)
                    for (int c : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24, 25, 26}) {
                        if (!text(s, r, c).isEmpty()) {
                            error(COMPONENTS, r, c, "a row repeating component id '" + id + "' adds further sources"
                                    + " for its shares only (columns K–T); enter this value on row "
                                    + (earlier.row + 1) + ", or give the row its own id");
                        }
                    }
                    statements(s, r, earlier);
                    continue;
                }
                Pending p = new Pending(pending.size(), r, id);
                pending.add(p);
                byId.put(id, p);
                String base = "components[" + p.index + "]";
                cellOfPath.put(base, ref(COMPONENTS, r, 0));
                cellOfPath.put(base + ".id", ref(COMPONENTS, r, 0));
                double unitMass = requiredNumber(s, r, 4, base + ".unitMassGram");
                double units = requiredNumber(s, r, 5, base + ".unitsPerProduct");
                Boolean maintenance = yesNo(s, r, 6);
                cellOfPath.put(base + ".maintenancePhase", ref(COMPONENTS, r, 6));
                Boolean known = yesNo(s, r, 7);
                Double cpfx = number(s, r, 8);
                cellOfPath.put(base + ".supplierCpfxShare", ref(COMPONENTS, r, 8));
                cellOfPath.put(base + ".supplierCpfxProofDocuments", ref(COMPONENTS, r, 9));
                if (Boolean.TRUE.equals(known) && cpfx == null && errorFree(s, r, 8)) {
                    error(COMPONENTS, r, 8, "'CPFx known from supplier?' is yes: enter the supplier's CPFx (0–1)");
                } else if (Boolean.FALSE.equals(known) && cpfx != null) {
                    error(COMPONENTS, r, 8, "'CPFx known from supplier?' is no: leave the supplier CPFx empty");
                }
                Double wasteGram = number(s, r, 20);
                cellOfPath.put(base + ".productionWaste", ref(COMPONENTS, r, 20));
                cellOfPath.put(base + ".productionWaste.massGram", ref(COMPONENTS, r, 20));
                String rp = base + ".productionWaste.recovery";
                Recovery waste = recovery(s, COMPONENTS, r, 21, rp);
                Double ef = number(s, r, 26);
                cellOfPath.put(base + ".feedstockRecyclingEfficiency", ref(COMPONENTS, r, 26));
                p.base = new Component(id, text(s, r, 1), text(s, r, 2), text(s, r, 3), unitMass, units,
                        Boolean.TRUE.equals(maintenance), cpfx, SecondaryInput.NONE,
                        new ProductionWaste(wasteGram == null ? 0 : wasteGram, waste), files(s, r, 9), ef);
                cellOfPath.put(base + ".secondaryInput", ref(COMPONENTS, r, 10));
                statements(s, r, p);
            }
            return pending.stream().filter(p -> p.base != null).map(Pending::build).toList();
        }

        /** The recycled, reused and renewable statements of one row (columns K–T). */
        private void statements(Sheet s, int r, Pending p) {
            Boolean market = yesNo(s, r, 19);
            String base = "components[" + p.index + "].secondaryInput";
            statement(s, r, 10, market, p.recycled, base + ".recycled");
            statement(s, r, 13, market, p.reused, base + ".reused");
            statement(s, r, 16, market, p.renewable, base + ".renewable");
        }

        private void statement(Sheet s, int r, int c, Boolean market, List<SourcedShare> into, String path) {
            Double share = number(s, r, c);
            String source = text(s, r, c + 1);
            List<String> files = files(s, r, c + 2);
            if (share == null) {
                if ((!source.isEmpty() || !files.isEmpty()) && errorFree(s, r, c)) {
                    error(COMPONENTS, r, c, "a source or proof file is given, but no share");
                }
                return;
            }
            String p = path + "[" + into.size() + "]";
            cellOfPath.put(p, ref(COMPONENTS, r, c));
            cellOfPath.put(p + ".share", ref(COMPONENTS, r, c));
            into.add(new SourcedShare(share, source, files, Boolean.TRUE.equals(market)));
        }

        private List<Disassembly> disassemblies(Sheet s) {
            checkHeader(s, DISASSEMBLY_COLUMNS);
            List<Disassembly> out = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (blankRow(s, r, DISASSEMBLY_COLUMNS.size())) {
                    continue;
                }
                String base = "disassemblies[" + out.size() + "]";
                String id = text(s, r, 0);
                if (id.isEmpty()) {
                    error(DISASSEMBLIES, r, 0, "every disassembly row needs an id");
                }
                cellOfPath.put(base, ref(DISASSEMBLIES, r, 0));
                cellOfPath.put(base + ".id", ref(DISASSEMBLIES, r, 0));
                double unitMass = requiredNumber(s, r, 2, base + ".unitMassGram");
                double count = requiredNumber(s, r, 3, base + ".count");
                Recovery eol = recovery(s, DISASSEMBLIES, r, 4, base + ".endOfLife");
                Double ec = number(s, r, 9);
                cellOfPath.put(base + ".recyclingEfficiency", ref(DISASSEMBLIES, r, 9));
                out.add(new Disassembly(id, text(s, r, 1), unitMass, count, eol, ec));
            }
            return out;
        }

        /** Recycled, reused, composted share, standard and proof files in five columns from {@code c}. */
        private Recovery recovery(Sheet s, String sheet, int r, int c, String path) {
            Double recycled = number(s, r, c);
            Double reused = number(s, r, c + 1);
            Double composted = number(s, r, c + 2);
            cellOfPath.put(path, ref(sheet, r, c));
            cellOfPath.put(path + ".recycledShare", ref(sheet, r, c));
            cellOfPath.put(path + ".reusedShare", ref(sheet, r, c + 1));
            cellOfPath.put(path + ".compostedShare", ref(sheet, r, c + 2));
            cellOfPath.put(path + ".compostabilityStandard", ref(sheet, r, c + 3));
            cellOfPath.put(path + ".proofDocuments", ref(sheet, r, c + 4));
            return new Recovery(recycled == null ? 0 : recycled, reused == null ? 0 : reused,
                    composted == null ? 0 : composted, text(s, r, c + 3), files(s, r, c + 4));
        }

        private void checkHeader(Sheet s, List<Column> columns) {
            for (int c = 0; c < columns.size(); c++) {
                String found = text(s, 0, c);
                if (!found.equalsIgnoreCase(columns.get(c).header())) {
                    error(s.getSheetName(), 0, c, "expected the header '" + columns.get(c).header() + "', found '"
                            + found + "': keep the template's columns in their order");
                }
            }
        }

        private boolean blankRow(Sheet s, int r, int width) {
            for (int c = 0; c < width; c++) {
                if (!text(s, r, c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        // cells

        private Cell at(Sheet s, int r, int c) {
            Row row = s.getRow(r);
            return row == null ? null : row.getCell(c);
        }

        private String text(Sheet s, int r, int c) {
            Cell cell = at(s, r, c);
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                // an id or a name typed as a number (e.g. 42) reads as "42", not "42.0"
                double v = cell.getNumericCellValue();
                return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
            }
            return formatter.formatCellValue(cell).trim();
        }

        private double requiredNumber(Sheet s, int r, int c, String path) {
            cellOfPath.put(path, ref(s.getSheetName(), r, c));
            Double v = number(s, r, c);
            if (v == null) {
                if (errorFree(s, r, c)) {
                    error(s.getSheetName(), r, c, "required: a number");
                }
                return 0;
            }
            return v;
        }

        /** A numeric cell, a formula's number, or text holding a number ("0,3", "30 %"); empty gives null. */
        private Double number(Sheet s, int r, int c) {
            Cell cell = at(s, r, c);
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            switch (type) {
                case NUMERIC:
                    return cell.getNumericCellValue();
                case BLANK:
                    return null;
                case STRING: {
                    String t = cell.getStringCellValue().trim();
                    if (t.isEmpty()) {
                        return null;
                    }
                    boolean pct = t.endsWith("%");
                    String n = (pct ? t.substring(0, t.length() - 1) : t).trim().replace(',', '.');
                    try {
                        double v = Double.parseDouble(n);
                        if (Double.isFinite(v) && !n.matches(".*[a-zA-Z].*")) {
                            return pct ? v / 100 : v;
                        }
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                    error(s.getSheetName(), r, c, "'" + t + "' is not a number");
                    return null;
                }
                default:
                    error(s.getSheetName(), r, c, "expected a number, found a " + type.name().toLowerCase(Locale.ROOT)
                            + " cell");
                    return null;
            }
        }

        private Boolean yesNo(Sheet s, int r, int c) {
            Cell cell = at(s, r, c);
            if (cell != null && cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            String t = text(s, r, c).toLowerCase(Locale.ROOT);
            return switch (t) {
                case "" -> null;
                case "yes", "y", "ja", "j", "true", "1", "x" -> true;
                case "no", "n", "nee", "false", "0" -> false;
                default -> {
                    error(s.getSheetName(), r, c, "'" + t + "' is not yes or no");
                    yield null;
                }
            };
        }

        private List<String> files(Sheet s, int r, int c) {
            String t = text(s, r, c);
            return t.isEmpty() ? List.of()
                    : Arrays.stream(t.split("[;\\n]")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }

        private boolean errorFree(Sheet s, int r, int c) {
            String ref = ref(s.getSheetName(), r, c);
            return errors.stream().noneMatch(e -> e.field().equals(ref));
        }

        private void error(String sheet, int r, int c, String message) {
            String ref = ref(sheet, r, c);
            errors.add(new Problem.FieldError(ref, SHEET_RULE, describe(ref) + ": " + message));
        }

        private void refuse() {
            throw DomainException.invalidFields(errors.size() + (errors.size() == 1 ? " cell is" : " cells are")
                    + " not valid; nothing was computed. First: " + errors.get(0).message(), errors);
        }
    }

    /** {@code CPFx calculation!E3} for 0-based row 2, column 4. */
    static String ref(String sheet, int row, int col) {
        return sheet + "!" + CellReference.convertNumToColString(col) + (row + 1);
    }
}
