package nl.kringloop.circularity;

import nl.kringloop.api.Finding;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static nl.kringloop.circularity.WorkedExampleSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The spreadsheet form of the bill of materials reads to exactly the bill its JSON form reads to. */
class BillOfMaterialsSheetTest {

    private static final byte[] TEMPLATE = BillOfMaterialsSheet.template();

    @Test
    void theTemplateHasTheGuidesColumnsOnThreeSheets() throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(TEMPLATE))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Product", "CPFx calculation", "Disassemblies");
            Sheet c = wb.getSheet("CPFx calculation");
            assertThat(c.getRow(0).getCell(7).getStringCellValue()).isEqualTo("CPFx known from supplier? (yes/no)");
            assertThat(c.getRow(0).getCell(19).getStringCellValue()).isEqualTo("Market average? (yes/no)");
            assertThat(c.getRow(0).getCell(4).getCellComment().getString().getString()).contains("step 1");
        }
    }

    @Test
    void theAirPurifierSheetReadsToTheBillOfItsJson() {
        BillOfMaterials fromSheet = BillOfMaterialsSheet.read(WorkedExampleSheets.airPurifier(TEMPLATE)).bill();
        BillOfMaterials fromJson = BillOfMaterialsReader.read(WorkedExampleSheets.json("air-purifier"));
        assertThat(fromSheet).isEqualTo(fromJson);
        assertThat(fromSheet.components()).hasSize(3);
        assertThat(fromSheet.components().get(2).maintenancePhase()).isTrue();
        assertThat(fromSheet.components().get(1).secondaryInput().recycled().get(0).marketAverage()).isTrue();
    }

    @Test
    void theBracketSheetWithTwoSourcesForOneShareReadsToTheBillOfItsJson() {
        BillOfMaterials fromSheet = BillOfMaterialsSheet.read(WorkedExampleSheets.bracket(TEMPLATE)).bill();
        BillOfMaterials fromJson = BillOfMaterialsReader.read(WorkedExampleSheets.json("painted-steel-bracket"));
        assertThat(fromSheet).isEqualTo(fromJson);
        // the continuation row added a second statement, "50 %" read as 0.5, two proof files split on ";"
        assertThat(fromSheet.components().get(0).secondaryInput().recycled()).hasSize(2);
        assertThat(fromSheet.components().get(0).secondaryInput().recycled().get(1).proofDocuments())
                .containsExactly("epd-steel.pdf", "audit.pdf");
    }

    @Test
    void everyBadCellIsListedWithSheetRowAndColumn() {
        byte[] bad = WorkedExampleSheets.fill(TEMPLATE, new Object[] {null, "broken", "GADGET"},
                List.of(row("a", null, null, "pcs", "heavy", 1, "maybe"),
                        row("b", null, null, "pcs", 10, null),
                        // a continuation row may add sources only: its unit weight is refused
                        row("b", null, null, null, 12, null, null, null, null, null, 0.1, "x")),
                List.<Object[]>of(row("d", null, 10, "two", "30 %%")));
        DomainException e = catchThrowableOfType(() -> BillOfMaterialsSheet.read(bad), DomainException.class);
        Problem p = ProblemMapper.problem(e);
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactlyInAnyOrder(
                "Product!B4",                // subject GADGET
                "CPFx calculation!E2",       // unit weight "heavy"
                "CPFx calculation!G2",       // maintenance "maybe"
                "CPFx calculation!F3",       // units per product missing
                "CPFx calculation!E4",       // a value on a continuation row
                "Disassemblies!D2",          // count "two"
                "Disassemblies!E2");         // "30 %%" is no number
        assertThat(p.errors()).filteredOn(f -> f.field().equals("CPFx calculation!E2")).singleElement()
                .extracting(Problem.FieldError::message).asString()
                .contains("sheet 'CPFx calculation', row 2, column E (Unit weight (g))").contains("'heavy'");
    }

    @Test
    void aRefusedValuePointsAtTheCellItCameFrom() {
        // a recycled share of 1.5 (K2) and a compostability standard "trust me" (Disassemblies H2)
        byte[] bad = WorkedExampleSheets.fill(TEMPLATE, new Object[] {null, "x", "PRODUCT"},
                List.<Object[]>of(row("a", null, null, "pcs", 10, 1, null, null, null, null, 1.5, "supplier")),
                List.<Object[]>of(row("d", null, 10, 1, null, null, 1, "trust me")));
        BillOfMaterialsSheet.Read read = BillOfMaterialsSheet.read(bad);
        List<String> cells = read.bill().inputErrors().stream().map(read::locate).map(Problem.FieldError::field)
                .toList();
        assertThat(cells).contains("CPFx calculation!K2", "Disassemblies!H2");
        Finding sum = read.bill().inputErrors().stream().filter(f -> f.field().equals("components[0].secondaryInput"))
                .findFirst().orElseThrow();
        assertThat(read.locate(sum).field()).isEqualTo("CPFx calculation!K2");
    }

    @Test
    void aFileThatIsNoWorkbookIsOneProblem() {
        DomainException e = catchThrowableOfType(() -> BillOfMaterialsSheet.read("not a workbook".getBytes()),
                DomainException.class);
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).field()).isEqualTo("body");
        assertThat(ProblemMapper.problem(e).detail()).doesNotContain("org.apache").doesNotContain("Exception");
    }
}
