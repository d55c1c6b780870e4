package nl.kringloop.reference;

import nl.kringloop.platform.DomainException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZzsImporterTest {

    @Test
    void readsSemicolonCsvWithDutchHeadingsAndRegimeFlags() {
        String csv = """
                CAS-nummer;EG-nummer;Stofnaam;Engelse naam;REACH SVHC;KRW
                7439-92-1;231-100-4;lood;lead;x;
                80-05-7;201-245-8;bisfenol A;bisphenol A;x;x
                -;;groep van stoffen;group;x;
                """;
        List<ZzsList.Entry> e = ZzsImporter.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(e).hasSize(3);
        assertThat(e.get(0)).isEqualTo(new ZzsList.Entry("7439-92-1", "231-100-4", "lood", "lead", List.of("REACH SVHC")));
        assertThat(e.get(1).regimes()).containsExactly("REACH SVHC", "KRW");
        assertThat(e.get(2).cas()).isNull();
    }

    @Test
    void refusesTheWholeImportOnABadCheckDigit() {
        String csv = "CAS,name\n7439-92-1,lead\n7439-92-2,not lead\n";
        assertThatThrownBy(() -> ZzsImporter.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class)
                .satisfies(t -> assertThat(((DomainException) t).field()).isEqualTo("row 3.cas"));
    }

    @Test
    void readsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("ZZS");
            sheet.createRow(0).createCell(0).setCellValue("RIVM ZZS-lijst export");
            var h = sheet.createRow(2);
            h.createCell(0).setCellValue("CAS nummer");
            h.createCell(1).setCellValue("English name");
            h.createCell(2).setCellValue("POP");
            var r = sheet.createRow(3);
            r.createCell(0).setCellValue("335-67-1");
            r.createCell(1).setCellValue("PFOA");
            r.createCell(2).setCellValue("ja");
            wb.write(out);
        }
        List<ZzsList.Entry> e = ZzsImporter.read(out.toByteArray());
        assertThat(e).containsExactly(new ZzsList.Entry("335-67-1", null, null, "PFOA", List.of("POP")));
    }
}
