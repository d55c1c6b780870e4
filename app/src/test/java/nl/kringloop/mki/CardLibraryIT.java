package nl.kringloop.mki;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nl.kringloop.platform.ServerLogs;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.platform.ApiClient.api;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The card library through the running server: CSV and XLSX imports, per-row errors, nothing half-written. */
class CardLibraryIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String version() {
        return "NMD test " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String q(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    @Test
    void aDutchCsvWithSemicolonsAndDecimalCommasImportsAndReadsBackAsDocumentCards() {
        String version = version();
        String csv = """
                id;name;unit;dataCategory;lifespanYears;representative;source;A1-A3.GWP;A1-A3.AP;A4.GWP;D.GWP
                c-ac16;Asfaltbeton AC 16 surf;t;3;15;ja;NMD test;52,1;0,21;4,2;-3
                c-zand;Zand ophoogzand;t;3;100;nee;NMD test;2,4;;1,1;
                """;
        JsonPath r = asCalculator().contentType("text/csv").body(csv)
                .post("/api/mki/cards?libraryVersion=" + q(version)).then().statusCode(201).extract().jsonPath();
        assertThat(r.getInt("imported")).isEqualTo(2);

        JsonPath card = api().get("/api/mki/cards/c-ac16?libraryVersion=" + q(version)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(card.getDouble("impacts.'A1-A3'.GWP")).isEqualTo(52.1);
        assertThat(card.getDouble("impacts.'A1-A3'.AP")).isEqualTo(0.21);
        assertThat(card.getDouble("impacts.D.GWP")).isEqualTo(-3.0);
        assertThat(card.getBoolean("representative")).isTrue();
        assertThat(card.getString("libraryVersion")).isEqualTo(version);
        // an empty cell is "not given", not zero
        JsonPath zand = api().get("/api/mki/cards/c-zand?libraryVersion=" + q(version)).then().extract().jsonPath();
        assertThat(zand.getMap("impacts.'A1-A3'")).containsOnlyKeys("GWP");
        assertThat(zand.getMap("impacts")).doesNotContainKey("D");

        List<Map<String, Object>> found = api().get("/api/mki/cards?q=asfalt&libraryVersion=" + q(version))
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(found).extracting(m -> m.get("id")).containsExactly("c-ac16");
        assertThat(api().get("/api/mki/cards/versions").then().extract().jsonPath()
                .getInt("find { it.libraryVersion == '" + version + "' }.cards")).isEqualTo(2);
    }

    @Test
    void anXlsxWorkbookImports() throws Exception {
        String version = version();
        byte[] xlsx = workbook(List.of(
                List.of("id", "name", "unit", "dataCategory", "lifespanYears", "A1-A3.GWP", "C4.GWP"),
                List.of("x-beton", "Beton C30/37", "m3", "3", 80.0, 290.0, 1.5),
                List.of("x-staal", "Wapeningsstaal", "t", "2", 80.0, 1750.0, 3.0)));
        asCalculator().contentType(XLSX).body(xlsx).post("/api/mki/cards?libraryVersion=" + q(version))
                .then().statusCode(201);
        JsonPath staal = api().get("/api/mki/cards/x-staal?libraryVersion=" + q(version)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(staal.getDouble("impacts.'A1-A3'.GWP")).isEqualTo(1750.0);
        assertThat(staal.getString("dataCategory")).isEqualTo("2");
        assertThat(staal.getString("unit")).isEqualTo("t");
    }

    @Test
    void anImportWithBadRowsListsEveryBadRowAndWritesNothing() {
        String version = version();
        String csv = """
                id,name,unit,dataCategory,lifespanYears,A1-A3.GWP
                ok-1,Goed,t,3,10,5
                bad-2,Geen eenheid,,3,10,5
                bad-3,Verkeerde categorie,t,4,10,5
                bad-4,Geen getal,t,3,10,veel
                ok-1,Dubbel,t,3,10,5
                """;
        Response r = asCalculator().contentType("text/csv").body(csv).post("/api/mki/cards?libraryVersion=" + q(version));
        assertProblem(r, 400, "invalid-fields");
        List<String> fields = r.jsonPath().getList("errors.field");
        // the header is row 1, so the first card is row 2
        assertThat(fields).containsExactly("rows[3].unit", "rows[4].dataCategory", "rows[5].impacts.A1-A3.GWP",
                "rows[6].id");
        assertThat(api().get("/api/mki/cards?libraryVersion=" + q(version)).then().extract().jsonPath().getList(""))
                .isEmpty();
    }

    @Test
    void aLibraryVersionIsNeverOverwritten() {
        String version = version();
        String csv = "id,name,unit,dataCategory,A1-A3.GWP\nv-1,Een,t,3,5\n";
        asCalculator().contentType("text/csv").body(csv).post("/api/mki/cards?libraryVersion=" + q(version))
                .then().statusCode(201);
        Response again = asCalculator().contentType("text/csv").body(csv.replace(",5", ",6"))
                .post("/api/mki/cards?libraryVersion=" + q(version));
        assertProblem(again, 400, "invalid-fields");
        assertThat(again.jsonPath().getString("errors[0].rule")).isEqualTo("RWS-MKI 4.0 §1.4");
        // an expected answer, not a fault: the refusal left the transaction without an FFDC incident
        // (platform.TransactionalProblems); on a fresh server each such refusal used to file one
        assertThat(ServerLogs.incidentsMentioning("ProblemException")).isEmpty();
        assertThat(api().get("/api/mki/cards/v-1?libraryVersion=" + q(version)).then().extract().jsonPath()
                .getDouble("impacts.'A1-A3'.GWP")).isEqualTo(5.0);
    }

    @Test
    void importingNeedsTheCalculatorRole() {
        String csv = "id,name,unit,dataCategory,A1-A3.GWP\nr-1,Een,t,3,5\n";
        assertProblem(api().contentType("text/csv").body(csv).post("/api/mki/cards?libraryVersion=x"), 401,
                "unauthorized");
        assertProblem(api().header("Authorization", "Bearer " + Calculator.submitterToken()).contentType("text/csv")
                .body(csv).post("/api/mki/cards?libraryVersion=x"), 403, "forbidden");
    }

    static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("cards");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
