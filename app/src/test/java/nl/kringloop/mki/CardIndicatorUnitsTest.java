package nl.kringloop.mki;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.mki.engine.UnitMismatch;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static nl.kringloop.mki.MkiFixtures.calculate;
import static nl.kringloop.mki.MkiFixtures.doc;
import static nl.kringloop.mki.MkiFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * A card states the units of its indicator values; a unit other than the shadow-price set's is refused, and
 * where a card states none the result names the unit assumed. Set 1 prices ADPF per kg Sb-eq (0.16 €), while
 * EN 15804+A2 data states fossil depletion in MJ: priced as kg Sb-eq a value in MJ is 1 / 4.81E-4 ≈ 2,079× too high.
 */
class CardIndicatorUnitsTest {

    private static ProjectDocument.Card adpfCard(Map<String, String> units) {
        Map<LcaModule, Map<String, Double>> p = new EnumMap<>(LcaModule.class);
        p.put(LcaModule.A1_A3, Map.of("ADPF", 1000.0, "GWP", 100.0));
        p.put(LcaModule.C1, Map.of("GWP", 1.0));
        p.put(LcaModule.D, Map.of("GWP", -1.0));
        return new ProjectDocument.Card("c", "c", DataCategory.THREE, "t", null, true, "", null, false, p, Map.of(),
                units);
    }

    @Test
    void aCardStatingAdpfInMegajouleIsRefusedUnderSet1() {
        UnitMismatch e = catchThrowableOfType(() -> calculate(doc("4.0",
                List.of(adpfCard(Map.of("ADPF", "MJ"))), List.of(line("L1", "c", 1)))), UnitMismatch.class);
        assertThat(e.errors()).extracting(Finding::field).containsExactly("cards[0].indicatorUnits.ADPF");
        assertThat(e.errors().get(0).message()).contains("'MJ'").contains("'kg Sb-eq'");
        assertThat(e.errors().get(0).rule()).isEqualTo("RWS-MKI 4.0 §1.1");
        // answered as before the engine knew no HTTP: 400 invalid-fields, the one field named, each error's rule
        Problem p = ProblemMapper.problem(MkiCalculationService.refusal(e));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.slug()).isEqualTo("invalid-fields");
        assertThat(p.field()).isEqualTo("cards[0].indicatorUnits.ADPF");
        assertThat(p.detail()).startsWith("1 card indicator unit(s) differ from the units of shadow-price set");
        assertThat(p.errors()).containsExactly(new Problem.FieldError("cards[0].indicatorUnits.ADPF",
                "RWS-MKI 4.0 §1.1", e.errors().get(0).message()));
    }

    @Test
    void aStatedUnitMatchingTheSetIsWeightedAndNotAssumed() {
        // A1-A3: 1000 kg Sb-eq × 0.16 + 100 kg CO2-eq × 0.05 = 160 + 5 = 165; C1 0.05; D −0.05 → 165.0 per t
        MkiResult r = calculate(doc("4.0", List.of(adpfCard(Map.of("ADPF", "kg Sb eq", "GWP", "kg CO2-eq"))),
                List.of(line("L1", "c", 1))));
        assertThat(r.totalMkiEuro()).isCloseTo(165.0, within(1e-9));
        assertThat(r.method().weighting().assumedIndicatorUnits()).isEmpty();
    }

    @Test
    void whereACardStatesNoUnitTheResultSaysWhichWasAssumed() {
        MkiResult r = calculate(doc("4.0", List.of(adpfCard(Map.of("GWP", "kg CO2-eq"))), List.of(line("L1", "c", 1))));
        assertThat(r.method().weighting().assumedIndicatorUnits()).isEqualTo(Map.of("ADPF", "kg Sb-eq"));
    }

    @Test
    void theDocumentReaderKeepsTheUnitsAndTheWriterWritesThemBack() {
        String json = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 1,
                 "cards": [{"id": "c", "dataCategory": "3", "unit": "t", "indicatorUnits": {"ADPF": "MJ"},
                            "impacts": {"A1-A3": {"ADPF": 1}}}], "objects": [], "lines": []}""";
        ProjectDocument d = ProjectDocumentReader.read(json);
        assertThat(d.cards().get(0).indicatorUnits()).isEqualTo(Map.of("ADPF", "MJ"));
        assertThat(ProjectDocumentWriter.write(d).toString()).contains("\"indicatorUnits\":{\"ADPF\":\"MJ\"}");
        DomainException e = catchThrowableOfType(() -> ProjectDocumentReader.read(
                json.replace("\"MJ\"", "\" \"")), DomainException.class);
        assertThat(e.field()).isEqualTo("cards[0].indicatorUnits.ADPF");
    }
}
