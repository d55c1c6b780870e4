package nl.kringloop.plugins.recipe;

import nl.kringloop.api.Finding;
import nl.kringloop.api.impact.CharacterisedValue;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.ImpactResult;
import nl.kringloop.api.impact.IndicatorValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Recipe2016EcosystemsTest {

    private final Recipe2016Ecosystems recipe = new Recipe2016Ecosystems();

    @Test
    void dataFileShipsTheTwelveHierarchistFactorsOfReference8AndNamesItsSource() {
        assertEquals(12, recipe.factors().size());
        assertEquals(2.80E-09, recipe.factors().get(0).value());
        assertEquals("species.yr/kg CO2-eq", recipe.factors().get(0).valueUnit());
        assertTrue(recipe.factorFile().source().contains("ReCiPe 2016"));
    }

    @Test
    void damageToEcosystemsByHand() {
        // terrestrial: 1000 kg CO2-eq × 2.80E-09 = 2.800E-06
        //            +    2 kg SO2-eq × 2.12E-07 = 4.240E-07
        //            +   50 m2a crop  × 8.88E-09 = 4.440E-07   → 3.668E-06 species.yr
        // freshwater:  1000 kg CO2-eq × 7.65E-14 = 7.65E-11
        //            +  0.1 kg P-eq   × 6.71E-07 = 6.71E-08    → 6.71765E-08 species.yr
        // marine: 0
        // total = 3.668E-06 + 6.71765E-08 = 3.7351765E-06 species.yr
        Map<String, IndicatorValue> v = new LinkedHashMap<>();
        v.put("climate-change", new IndicatorValue(1000, "kg CO2-eq"));
        v.put("terrestrial-acidification", new IndicatorValue(2, "kg SO2-eq"));
        v.put("freshwater-eutrophication", new IndicatorValue(0.1, "kg P-eq"));
        v.put("land-use", new IndicatorValue(50, "m2a crop-eq"));
        ImpactResult r = recipe.apply(new ImpactProfile(v));
        assertEquals(3.7351765E-06, r.score(), 1e-16);
        assertEquals("species.yr", r.scoreUnit());
        Map<String, Double> eco = new LinkedHashMap<>();
        r.characterised().forEach(c -> eco.put(c.code(), c.value()));
        assertEquals(3.668E-06, eco.get("terrestrial"), 1e-18);
        assertEquals(6.71765E-08, eco.get("freshwater"), 1e-20);
        assertEquals(0.0, eco.get("marine"));
        assertEquals(5, r.terms().size(), "climate change harms two ecosystems");
        assertEquals(List.of(), r.notes());
        assertEquals(List.of("terrestrial", "freshwater", "marine"),
                r.characterised().stream().map(CharacterisedValue::code).toList());
    }

    @Test
    void unknownIndicatorsAreNotedAndWrongUnitsRefused() {
        ImpactResult r = recipe.apply(new ImpactProfile(Map.of("noise", new IndicatorValue(3, "dB"))));
        assertEquals(List.of("values.noise"), r.notes().stream().map(Finding::field).toList());
        assertEquals(List.of("values.land-use.unit"), recipe.validate(new ImpactProfile(
                Map.of("land-use", new IndicatorValue(3, "ha")))).stream().map(Finding::field).toList());
    }
}
