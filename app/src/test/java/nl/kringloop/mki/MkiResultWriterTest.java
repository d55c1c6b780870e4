package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed result is the JSON the JSON-B binding (Yasson, as in the server) writes for the same result: equal as
 * JSON values, and with the same text for every number.
 */
class MkiResultWriterTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static String streamed(MkiResult r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MkiResultWriter().writeTo(r, MkiResult.class, MkiResult.class, null, null, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonValue parse(String s) {
        return Json.createReader(new StringReader(s)).readValue();
    }

    @Test
    void theDemoProjectsResultIsWhatJsonBWrites() throws Exception {
        // some 300 lines with factors, findings, several modules, objects with parents
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(DemoProject.document(300)));
        assertThat(r.lines()).hasSizeGreaterThanOrEqualTo(300);
        String bound = JSONB.toJson(r);
        String streamed = streamed(r);
        assertThat(parse(streamed)).isEqualTo(parse(bound));
        // numbers as the same text (JSON value equality compares them as numbers)
        assertThat(numbers(streamed)).isEqualTo(numbers(bound));
    }

    @Test
    void theSectionsProjectsResultWithPricingAndNullsIsWhatJsonBWrites() throws Exception {
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(MkiSectionsTest.sectionsProject()));
        assertThat(r.lines()).anyMatch(l -> l.pricing() != null);
        assertThat(parse(streamed(r))).isEqualTo(parse(JSONB.toJson(r)));
    }

    @Test
    void absentMembersStayAbsent() throws Exception {
        MkiResult r = new MkiResult(false, null, 0.0, Map.of("A4", 1.5e-7), List.of(), List.of(
                new MkiResult.LineResult("L1", null, "c", 2, "t", "refused", 0, null, null, null, List.of())),
                List.of(), null);
        assertThat(parse(streamed(r))).isEqualTo(parse(JSONB.toJson(r)));
        assertThat(streamed(r)).doesNotContain("\"name\"").doesNotContain("\"method\"").contains("1.5E-7");
    }

    private static List<String> numbers(String json) {
        return java.util.regex.Pattern.compile("(?<=[:\\[,])-?\\d[\\d.eE+-]*").matcher(json).results()
                .map(java.util.regex.MatchResult::group).sorted().toList();
    }
}
