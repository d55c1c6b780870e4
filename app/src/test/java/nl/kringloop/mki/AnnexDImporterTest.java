package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Annex D importer on real CSV and XLSX bytes (the XLSX written with POI, as Excel would). */
class AnnexDImporterTest {

    static final String CSV = """
            id,vessel,energy_carrier,unit,module,GWP,AP
            tshd-large-mgo,Sleephopperzuiger groot,MGO,t,A5,120.5,0.8
            csd-medium-hfo,Cutterzuiger middel,HFO,t,A5,98,
            """;

    @Test
    void readsTheDocumentedCsvLayout_section3_2_3bI() {
        List<AnnexDImporter.Row> rows = AnnexDImporter.read(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).containsExactly(
                new AnnexDImporter.Row("tshd-large-mgo", "Sleephopperzuiger groot", "MGO", "t", LcaModule.A5,
                        Map.of("GWP", 120.5, "AP", 0.8)),
                // an empty cell: the indicator is not given for that row
                new AnnexDImporter.Row("csd-medium-hfo", "Cutterzuiger middel", "HFO", "t", LcaModule.A5,
                        Map.of("GWP", 98.0)));
    }

    @Test
    void readsDutchSemicolonCsvWithDecimalCommas() {
        String csv = "id;vessel;energy_carrier;unit;module;GWP\ntshd;Sleephopperzuiger;MGO;t;A5;120,5\n";
        assertThat(AnnexDImporter.read(csv.getBytes(StandardCharsets.UTF_8)).get(0).indicatorsPerUnit())
                .containsEntry("GWP", 120.5);
    }

    @Test
    void readsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Bijlage D");
            String[][] cells = {{"id", "vessel", "energy_carrier", "unit", "module", "GWP"},
                    {"tshd", "Sleephopperzuiger", "MGO", "t", "A5", null}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            // a number with more digits than any display format shows: read exactly
            s.getRow(1).createCell(5).setCellValue(120.123456789);
            wb.write(out);
        }
        assertThat(AnnexDImporter.read(out.toByteArray()).get(0).indicatorsPerUnit())
                .containsEntry("GWP", 120.123456789);
    }

    @Test
    void everyBadRowIsListedAndNothingIsReturned() {
        String csv = """
                id,vessel,energy_carrier,unit,module,GWP
                a,Sleephopperzuiger,MGO,t,A5,1
                a,Cutterzuiger,HFO,t,A5,2
                b,,MGO,t,X9,n.b.
                """;
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> AnnexDImporter.read(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        // spreadsheet rows 3 and 4 (row 1 is the header)
        assertThat(ProblemMapper.problem(e).errors()).extracting(Problem.FieldError::field)
                .containsExactly("rows[3].id", "rows[4].vessel", "rows[4].module", "rows[4].GWP");
    }

    @Test
    void aWrongHeaderIsA400NamingTheColumn() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> AnnexDImporter.read(
                "vessel,id\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(ProblemMapper.problem(e).detail()).contains("column A must be 'id'");
    }
}
