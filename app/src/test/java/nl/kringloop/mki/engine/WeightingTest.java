package nl.kringloop.mki.engine;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.Severity;
import nl.kringloop.api.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rule 1 of the calculation contract (RWS-MKI 4.0 §1.1), on a small hand-made set. */
class WeightingTest {

    private static final ShadowPriceSet SET = new ShadowPriceSet("t", "test", "1", "hand-made", List.of(
            new ShadowPrice("GWP", "global warming", "kg CO2-eq", 0.05, Confidence.HIGH, ""),
            new ShadowPrice("TETP", "terrestrial ecotox", "kg 1,4-DB-eq", 0.06, Confidence.UNCONFIRMED, "cited"),
            new ShadowPrice("PM", "particulate matter", "disease inc.", null, Confidence.MISSING, "not found"),
            new ShadowPrice("GWP-f", "fossil part", "kg CO2-eq", 0.0, Confidence.NOT_WEIGHTED, "part of GWP")));

    @Test
    void weightingSumsValueTimesPricePerModule_section1_1() {
        // A1-A3: 200 × 0.05 + 50 × 0.06 = 10 + 3 = 13 ; D: -40 × 0.05 = -2 ; total 11
        Map<LcaModule, Map<String, Double>> profile = new LinkedHashMap<>();
        profile.put(LcaModule.D, Map.of("GWP", -40.0));
        profile.put(LcaModule.A1_A3, new LinkedHashMap<>(Map.of("GWP", 200.0, "TETP", 50.0)));
        Weighting.WeightedProfile w = Weighting.apply(SET, profile);
        assertThat(w.byModuleEuro()).containsExactly(Map.entry("A1-A3", 13.0), Map.entry("D", -2.0));
        assertThat(w.totalMkiEuro()).isCloseTo(11.0, within(1e-12));
    }

    @Test
    void unknownUnconfirmedMissingAndUnweightedIndicatorsAreNotedNeverDropped_section1_1() {
        Map<LcaModule, Map<String, Double>> profile = Map.of(LcaModule.A4,
                new LinkedHashMap<>(Map.of("TETP", 1.0, "PM", 1.0, "GWP-f", 1.0, "NOPE", 1.0)));
        Weighting.WeightedProfile w = Weighting.apply(SET, profile);
        // only TETP is weighted: 1 × 0.06
        assertThat(w.totalMkiEuro()).isCloseTo(0.06, within(1e-15));
        assertThat(w.notes()).extracting(f -> f.subject() + ":" + f.severity()).containsExactlyInAnyOrder(
                "TETP:" + Severity.WARNING, "PM:" + Severity.WARNING, "GWP-f:" + Severity.INFO,
                "NOPE:" + Severity.WARNING);
        assertThat(w.notes()).allSatisfy(f -> assertThat(f.field()).startsWith("A4."));
        assertThat(w.contributions()).hasSize(4);
    }
}
