package nl.kringloop.circularity;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.kringloop.circularity.WorkedExampleSheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The spreadsheet template through the running server: downloaded, filled with the two worked examples of
 * docs/methods/cpf.md by POI, uploaded — the same result as their JSON; a sheet with bad cells lists every one.
 */
class BillOfMaterialsSheetIT {

    private static byte[] template;

    @BeforeAll
    static void server() {
        MethodsItSupport.configure();
        template = given().when().get("/api/circularity/bill-of-materials.xlsx").then().statusCode(200)
                .contentType(BillOfMaterialsSheet.MEDIA_TYPE).extract().asByteArray();
    }

    private static JsonPath postSheet(byte[] sheet, int status) {
        return given().contentType(BillOfMaterialsSheet.MEDIA_TYPE).body(sheet).when().post("/api/circularity/cpf")
                .then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath postJson(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/circularity/cpf")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void sameResult(JsonPath sheet, JsonPath json) {
        assertThat(sheet.getDouble("scorePercent")).isEqualTo(json.getDouble("scorePercent"));
        assertThat(sheet.getList("terms", Map.class)).isEqualTo(json.getList("terms", Map.class));
        assertThat(sheet.getList("findings", Map.class)).isEqualTo(json.getList("findings", Map.class));
        assertThat(sheet.getString("formula")).isEqualTo(json.getString("formula"));
        assertThat(sheet.getBoolean("indicative")).isEqualTo(json.getBoolean("indicative"));
        assertThat(sheet.getBoolean("proven")).isEqualTo(json.getBoolean("proven"));
    }

    @Test
    void theAirPurifierSheetGivesTheResultOfItsJson() {
        // worked example 2, method 1.1: CPF = 1 − (103 + 0 + 59.5) / (320 + 280) = 437.5 / 600 = 72.9166667 %
        JsonPath sheet = postSheet(WorkedExampleSheets.airPurifier(template), 200);
        sameResult(sheet, postJson(WorkedExampleSheets.json("air-purifier")));
        assertThat(sheet.getDouble("scorePercent")).isCloseTo(100.0 * 437.5 / 600, within(1e-9));
        assertThat(sheet.getString("indicator")).isEqualTo("CPF");
        assertThat(sheet.getString("productId")).isEqualTo("urn:gtin:08712345678906");
    }

    @Test
    void theBracketSheetGivesTheResultOfItsJson() {
        // worked example 1: CPFx = 1 − (610 + 30) / 1270 = 630 / 1270 = 49.6062992 %
        JsonPath sheet = postSheet(WorkedExampleSheets.bracket(template), 200);
        sameResult(sheet, postJson(WorkedExampleSheets.json("painted-steel-bracket")));
        assertThat(sheet.getDouble("scorePercent")).isCloseTo(100.0 * 630 / 1270, within(1e-9));
        assertThat(sheet.getString("indicator")).isEqualTo("CPFx");
    }

    @Test
    void aSheetWithBadCellsListsEveryOneBySheetRowAndColumn() {
        byte[] bad = WorkedExampleSheets.fill(template, new Object[] {null, "broken", "GADGET"},
                List.of(row("a", null, null, "pcs", "heavy", 1, "maybe"),
                        row("b", null, null, "pcs", 10, null)),
                List.<Object[]>of(row("d", null, 10, "two")));
        JsonPath p = given().contentType(BillOfMaterialsSheet.MEDIA_TYPE).body(bad).when()
                .post("/api/circularity/cpf").then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(p.getList("errors.field", String.class)).containsExactlyInAnyOrder("Product!B4",
                "CPFx calculation!E2", "CPFx calculation!G2", "CPFx calculation!F3", "Disassemblies!D2");
        assertThat(p.getList("errors.message", String.class))
                .anyMatch(m -> m.startsWith("sheet 'Disassemblies', row 2, column D (Count)"));
    }

    @Test
    void aRefusedValueInASheetNamesItsCell() {
        byte[] bad = WorkedExampleSheets.fill(template, new Object[] {null, "x", "PRODUCT"},
                List.<Object[]>of(row("a", null, null, "pcs", 10, 1, null, null, null, null, 1.5, "supplier")),
                List.of());
        JsonPath p = postSheet(bad, 400);
        assertThat(p.getList("errors.field", String.class)).contains("CPFx calculation!K2");
        assertThat(p.getString("detail")).doesNotContain("components[");
    }

    @Test
    void anUploadThatIsNoWorkbookIs400NotA5xx() {
        given().contentType(BillOfMaterialsSheet.MEDIA_TYPE).body("PK\u0003\u0004 broken".getBytes()).when()
                .post("/api/circularity/cpf").then().statusCode(400).contentType("application/problem+json");
    }
}
