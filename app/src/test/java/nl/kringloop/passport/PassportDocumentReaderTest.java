package nl.kringloop.passport;

import jakarta.json.Json;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is a 400 naming the field (issue 6, "Bad input and security"). */
class PassportDocumentReaderTest {

    static void refused(String values, String field) {
        String json = "{\"product\": {\"name\": \"x\"}, \"values\": " + values + "}";
        assertThatThrownBy(() -> PassportDocumentReader.read(Json.createReader(new StringReader(json)).readValue(), Set.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(t -> {
                    DomainException p = (DomainException) t;
                    assertThat(ProblemMapper.problem(p).status()).isEqualTo(400);
                    assertThat(ProblemMapper.problem(p).field()).isEqualTo(field);
                });
    }

    @Test
    void negativeMass() {
        refused("{\"A1.1\": [{\"material\": \"steel\", \"massGram\": -1}]}", "values.A1.1[0].massGram");
    }

    @Test
    void percentOver100() {
        refused("{\"A1.1\": [{\"material\": \"steel\", \"massGram\": 10}], \"A1.2\": [{\"material\": \"steel\", \"massGram\": 5, \"percent\": 120}]}",
                "values.A1.2[0].percent");
        refused("{\"C2.1\": {\"text\": \"t\", \"percent\": 101}}", "values.C2.1.percent");
    }

    @Test
    void unknownCode() {
        refused("{\"Z9.9\": {}}", "values.Z9.9");
    }

    @Test
    void casWithBadCheckDigit() {
        refused("{\"A1.1\": [{\"material\": \"aluminium\", \"cas\": \"7429-90-4\", \"massGram\": 1}]}", "values.A1.1[0].cas");
    }

    @Test
    void recycledMassOverTheMaterialsMass() {
        // 300 g recycled aluminium of 200 g aluminium
        refused("{\"A1.1\": [{\"material\": \"aluminium\", \"massGram\": 200}], \"A1.2\": [{\"material\": \"Aluminium\", \"massGram\": 300}]}",
                "values.A1.2[0].massGram");
    }

    @Test
    void recycledMaterialNotInA11() {
        refused("{\"A1.1\": [{\"material\": \"aluminium\", \"massGram\": 200}], \"A1.2\": [{\"material\": \"copper\", \"massGram\": 1}]}",
                "values.A1.2[0].material");
    }

    @Test
    void unknownDataQuality() {
        refused("{\"C1.1\": {\"years\": 5, \"dataQuality\": \"guessed\"}}", "values.C1.1.dataQuality");
    }

    @Test
    void codeAddedByTheGuidelineVersionIsAccepted() {
        var doc = PassportDocumentReader.read(Json.createReader(new StringReader(
                "{\"product\": {\"name\": \"x\"}, \"values\": {\"D1.1\": {\"score\": 7}}}")).readValue(), Set.of("D1.1"));
        assertThat(doc.has("D1.1")).isTrue();
    }
}
