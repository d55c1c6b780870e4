package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV and XLSX export read back into the document it came from (issue 15 item 8). */
class PassportTableTest {

    /** what the table carries: the stored document without nulls and without calculated methods (computed, not imported) */
    static JsonValue expected(String json) {
        JsonObject stored = PassportExportTest.view(json).document();
        return withoutNulls(Json.createObjectBuilder(stored).remove("calculatedMethods").build());
    }

    static JsonValue withoutNulls(JsonValue v) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, x) -> {
                if (x != JsonValue.NULL) {
                    b.add(k, withoutNulls(x));
                }
            });
            return b.build();
        }
        if (v instanceof JsonArray a) {
            var b = Json.createArrayBuilder();
            a.forEach(x -> b.add(withoutNulls(x)));
            return b.build();
        }
        return v;
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void csvComesBackAsTheSameDocument(String name) {
        String json = PassportExportTest.PASSPORTS.get(name);
        JsonArray docs = PassportTable.documentsFromCsv(PassportTable.csv(PassportExportTest.view(json))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(docs).hasSize(1);
        assertThat(CanonicalJson.write(docs.get(0))).isEqualTo(CanonicalJson.write(expected(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void xlsxComesBackAsTheSameDocument(String name) {
        String json = PassportExportTest.PASSPORTS.get(name);
        JsonArray docs = PassportTable.documentsFromXlsx(PassportTable.xlsx(PassportExportTest.view(json)));
        assertThat(docs).hasSize(1);
        assertThat(CanonicalJson.write(docs.get(0))).isEqualTo(CanonicalJson.write(expected(json)));
    }

    @Test
    void valueColumnsAreTyped() {
        String csv = PassportTable.csv(PassportExportTest.view(PassportExportTest.FULL));
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo(String.join(",", PassportTable.COLUMNS));
        // massGram holds A1.1's 420, years holds C1.1's 8, text holds C3.1's text: each in its own column
        int massGram = PassportTable.COLUMNS.indexOf("massGram");
        int years = PassportTable.COLUMNS.indexOf("years");
        String a11 = csv.lines().filter(l -> l.contains(",A1.1,aluminium,")).findFirst().orElseThrow();
        assertThat(a11.split(",", -1)[massGram]).isEqualTo("420");
        String c11 = csv.lines().filter(l -> l.contains(",C1.1,")).findFirst().orElseThrow();
        assertThat(c11.split(",", -1)[years]).isEqualTo("8");
        // every row names the product, its mass and the guideline and list versions
        assertThat(csv.lines().skip(1)).allMatch(l -> l.contains(",Laptop 14,L14-2025,") && l.contains(",2000,2025-1,eu-crm-2023,zzs-demo-2025-01,"));
    }

    @Test
    void rowsOfSeveralPassportsAreSeveralDocuments() {
        String a = PassportTable.csv(PassportExportTest.view(PassportExportTest.WITH_ZZS));
        String b = PassportTable.csv(PassportExportTest.view(PassportExportTest.MINIMAL)).replace(
                "9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96", "second");
        String both = a + b.lines().skip(1).map(l -> l + "\r\n").reduce("", String::concat);
        JsonArray docs = PassportTable.documentsFromCsv(both.getBytes(StandardCharsets.UTF_8));
        assertThat(docs).extracting(d -> d.asJsonObject().getJsonObject("product").getString("name"))
                .containsExactly("Soldeerstation", "Stoel");
    }

    @Test
    void aCellThatIsNoNumberIsRefusedNamingRowAndColumn() {
        String csv = PassportTable.csv(PassportExportTest.view(PassportExportTest.WITH_ZZS));
        String bad = csv.replaceFirst(",lead,7439-92-1,3,", ",lead,7439-92-1,veel,");
        // header row 1, lead of A1.1 row 2
        assertThatThrownBy(() -> PassportTable.documentsFromCsv(bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(ProblemMapper.problem(e).field()).isEqualTo("rows[2].massGram"));
        String unknown = csv.replaceFirst("passportId,", "passportNumber,");
        assertThatThrownBy(() -> PassportTable.documentsFromCsv(unknown.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(ProblemMapper.problem(e).field()).isEqualTo("body"));
    }

    @Test
    void textASpreadsheetWouldRunIsDefusedAndComesBack() {
        assertThat(PassportTable.defused("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        String json = PassportExportTest.MINIMAL.replace("\"Stoel\"", "\"=1+1 stoel\"");
        String csv = PassportTable.csv(PassportExportTest.view(json));
        assertThat(csv).contains(",'=1+1 stoel,");
        JsonArray docs = PassportTable.documentsFromCsv(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(docs.getJsonObject(0).getJsonObject("product").getString("name")).isEqualTo("=1+1 stoel");
    }
}
