package nl.kringloop.mki;

import jakarta.json.JsonObject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardImportTest {

    @Test
    void aCommaSeparatedRowBecomesADocumentCardWithItsLibraryVersion() {
        String csv = "id,name,unit,dataCategory,lifespanYears,representative,A1-A3.GWP,D.GWP\n"
                + "c1,Card one,t,3a,,true,52.1,-3\n";
        List<JsonObject> cards = CardImport.read("csv", csv.getBytes(StandardCharsets.UTF_8), "NMD 3.7");
        JsonObject c = cards.get(0);
        assertThat(c.getString("libraryVersion")).isEqualTo("NMD 3.7");
        assertThat(c.getString("dataCategory")).isEqualTo("3a");
        assertThat(c.getBoolean("representative")).isTrue();
        assertThat(c.getJsonObject("impacts").getJsonObject("A1-A3").getJsonNumber("GWP").doubleValue()).isEqualTo(52.1);
        assertThat(c.containsKey("lifespanYears")).isFalse();
    }

    @Test
    void anUnknownColumnIsRefusedNamingIt() {
        String csv = "id,name,unit,dataCategory,colour\nc1,x,t,3,red\n";
        assertThatThrownBy(() -> CardImport.read("csv", csv.getBytes(StandardCharsets.UTF_8), "v"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(ProblemMapper.problem(e).field()).isEqualTo("header.colour"));
    }

    @Test
    void everyBadRowIsListedWithItsSpreadsheetRowNumber() {
        String csv = "id;name;unit;dataCategory;A1-A3.GWP\nok;a;t;3;1,5\nbad;b;t;9;1\nbad2;c;;3;x\n";
        assertThatThrownBy(() -> CardImport.read("csv", csv.getBytes(StandardCharsets.UTF_8), "v"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(ProblemMapper.problem(e).errors())
                        .extracting(f -> f.field())
                        .containsExactly("rows[3].dataCategory", "rows[4].unit"));
    }
}
