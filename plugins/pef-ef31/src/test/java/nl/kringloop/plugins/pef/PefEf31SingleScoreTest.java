package nl.kringloop.plugins.pef;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.ImpactResult;
import nl.kringloop.api.impact.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PefEf31SingleScoreTest {

    private final PefEf31SingleScore pef = new PefEf31SingleScore();

    @Test
    void dataFileShipsSixteenCategoriesWhoseWeightsSumToHundredAndNamesItsSource() {
        Ef31Factors f = Ef31Factors.load();
        assertEquals(16, f.categories().size());
        assertEquals(100.0, f.categories().values().stream().mapToDouble(Ef31Factors.Category::weightPercent).sum(),
                1e-9);
        assertTrue(f.file().source().contains("Environmental Footprint 3.1"));
        assertEquals("2024.1", f.file().version());
        assertEquals(32, pef.factors().size());
    }

    @Test
    void singleScoreByHandFlagsTheDisputedOzoneFactor() {
        // climate change 1000 kg CO2-eq:   1000 / 7553.08 = 0.13239632 × 0.2106 = 0.0278826651 Pt
        // ozone depletion 1E-4 kg CFC-11:  1E-4 / 5.3648E-2 = 0.00186400 × 0.0631 = 0.0001176186 Pt
        // fossils 10 000 MJ:               10000 / 65004.3 = 0.15383598 × 0.0832 = 0.0127991533 Pt
        // single score = 0.0278826651 + 0.0001176186 + 0.0127991533 = 0.0407994369 Pt
        Map<String, IndicatorValue> v = new LinkedHashMap<>();
        v.put("climate-change", new IndicatorValue(1000, "kg CO2-eq"));
        v.put("ozone-depletion", new IndicatorValue(1e-4, "kg CFC-11-eq"));
        v.put("resource-use-fossils", new IndicatorValue(10000, "MJ"));
        ImpactResult r = pef.apply(new ImpactProfile(v));
        assertEquals(0.0407994369, r.score(), 1e-10);
        assertEquals(1000 / 7553.08 * 0.2106 + 1e-4 / 5.3648e-2 * 0.0631 + 10000 / 65004.3 * 0.0832, r.score(), 1e-15);
        assertEquals("Pt", r.scoreUnit());
        assertEquals("ef-3.1", r.factorFile().id());
        Finding odp = r.notes().stream().filter(n -> "ozone-depletion".equals(n.subject())).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, odp.severity());
        assertTrue(odp.message().contains("5.23E-02") && odp.message().contains("0.05"), odp.message());
    }

    @Test
    void aResultWithoutOzoneDepletionHasNoOzoneNoteAndUnknownIndicatorsAreNoted() {
        ImpactResult r = pef.apply(new ImpactProfile(Map.of("GWP", new IndicatorValue(5, "kg CO2-eq"))));
        assertEquals(0.0, r.score());
        assertEquals(List.of("values.GWP"), r.notes().stream().map(Finding::field).toList());
    }

    @Test
    void aUnitThatIsNotTheCategoryUnitIsRefusedNamingTheField() {
        assertEquals(List.of("values.climate-change.unit"), pef.validate(new ImpactProfile(
                Map.of("climate-change", new IndicatorValue(5, "t CO2-eq")))).stream().map(Finding::field).toList());
        assertEquals(List.of(), pef.validate(new ImpactProfile(
                Map.of("climate-change", new IndicatorValue(5, "kg CO2 eq")))));
    }
}
