package nl.kringloop.analysis;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook and the PDF carry the report's figures: read back with POI and PDFBox. */
class ReportRenderingTest {

    static DueDiligenceReport report() {
        List<PortfolioAnalysis.Holding> h = PortfolioAnalysisTest.portfolio();
        Analysis a = PortfolioAnalysis.analyse(new PortfolioAnalysis.Subject("portfolio", "p1", "ICT 2026", 3), h,
                PortfolioAnalysisTest.RISK, Map.of(), 1000);
        return new DueDiligenceReport("Circular Due Diligence: ICT 2026", a.scope(), "org-a", true, "r-1", 1,
                Instant.parse("2026-12-02T12:00:00Z"), "Anna", null, a, KeyFigures.of(a), null,
                DueDiligenceReport.methods(h), DueDiligenceReport.basis(h), "ab".repeat(32));
    }

    @Test
    void theWorkbookHasTheCriticalRawMaterialsPerYearAndTheSeparateMethods() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.write(report())))) {
            Sheet crm = wb.getSheet("Critical raw materials");
            Row copper = crm.getRow(1);
            assertThat(copper.getCell(0).getStringCellValue()).isEqualTo("copper");
            assertThat(copper.getCell(4).getNumericCellValue()).isEqualTo(3250.0); // gramPerYearOfUse, see PortfolioAnalysisTest
            assertThat(copper.getCell(9).getNumericCellValue()).isEqualTo(1625.0); // × supply risk 0.5
            Sheet methods = wb.getSheet("Methods (not guideline)");
            assertThat(methods.getRow(0).getCell(0).getStringCellValue()).contains("not scores of the guideline");
            assertThat(wb.getSheet("Basis").getPhysicalNumberOfRows()).isEqualTo(4); // header + 3 passports
            assertThat(wb.getSheet("Summary").getRow(5).getCell(1).getStringCellValue()).isEqualTo("ab".repeat(32));
        }
    }

    @Test
    void thePdfSaysTheFiguresInWords() throws Exception {
        try (var pdf = Loader.loadPDF(ReportPdf.write(report()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Circular Due Diligence: ICT 2026")
                    .contains("copper (copper, list eu-crm-2023): 20,000 g, 3,250 g/year")
                    .contains("lead (CAS 7439-92-1")
                    .contains("Separate methods (not guideline scores)")
                    .contains("Content SHA-256 " + "ab".repeat(32));
        }
    }
}
