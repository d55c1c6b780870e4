package nl.kringloop.mki;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The chapter 3 section rules through the engine with the real rule classes and shadow-price set 1 (GWP 0.05
 * euro/kg): one project with a line for every section, figures by hand. The same document runs over HTTP in
 * {@link MkiSectionsIT}.
 */
class MkiSectionsTest {

    static String sectionsProject() {
        try (InputStream in = MkiSectionsTest.class.getResourceAsStream("/mki/sections-project.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /*
     * Euro per unit = GWP × 0.05. Service life 50 years.
     * asphalt        10 t × (5.0 + 0.5 + 0.2 + 0.1 − 1.0) = 10 × 4.8                        =   48.0  (§3.1.1)
     * concrete       5 m3 × (10 + 1 + 0.5 + 0.5 − 2) = 5 × 10.0                            =   50.0  (§3.1.2; D < 0 ⇒ warning)
     * soil-in        100 solid m3 × 1.15 × 50/25 × (1.0 + 2.0 + 0.5 + 0.3 + 0.4 + 0.1 − 0.2) = 115 × 2 × 4.1 = 943.0 (§3.1.3)
     * soil-within    100 m3 × (A4 2.0 + A5 0.5), not replaced                               =  250.0  (§3.1.3b)
     * soil-out       200 m3 × (C1 0.3 + C2 0.4)                                             =  140.0  (§3.1.3c-II)
     * marking        1000 m × 3/12 × 10/20 × 50/10 × (0.8 + 0.2 + 0.2 − 0.2)               =  625.0  (§3.1.5)
     * gantry         2 p × 50/50 (not 50/25) × (100 + 5 + 5 + 10 − 20)                      =  200.0  (§3.1.4a)
     * hvo            1000 l × 0.213 (Annex C excavator V HVO Total)                          =  213.0  (§3.2.2b)
     * truck          100 l × 0.390 (Annex C truck Euro 6 diesel Total)                       =   39.0  (§3.2.2b)
     * generator      200 l × 0.3                                                            =   60.0  (§3.2.1b)
     * commuting      1000 km × 0.01 = 10.0; energy use 213 + 39 + 60 + 10 + 1000 − 200 = 1122; 10/1122 = 0.9 % < 5 % ⇒ left out = 0 (§3.2.1a)
     * energy-import  1000 kWh/y × 50 y × 0.02 (generation not credited)                      = 1000.0 (§3.3c, e)
     * energy-export  (1000 − 3000) kWh/y × 20 y × 0.005 on the pv card = −40,000 × 0.005    = −200.0 (§3.3f)
     * total                                                                                  = 3368.0
     */
    static final double TOTAL_MKI_EURO = 3368.0;

    @Test
    void everySectionGivesItsHandComputedFigure_chapter3() {
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(sectionsProject()));
        Map<String, Double> byLine = r.lines().stream().collect(Collectors.toMap(MkiResult.LineResult::id,
                MkiResult.LineResult::mkiEuro));
        assertThat(byLine.get("asphalt")).isCloseTo(48.0, within(1e-9));
        assertThat(byLine.get("concrete")).isCloseTo(50.0, within(1e-9));
        assertThat(byLine.get("soil-in")).isCloseTo(943.0, within(1e-9));
        assertThat(byLine.get("soil-within")).isCloseTo(250.0, within(1e-9));
        assertThat(byLine.get("soil-out")).isCloseTo(140.0, within(1e-9));
        assertThat(byLine.get("marking")).isCloseTo(625.0, within(1e-9));
        assertThat(byLine.get("gantry")).isCloseTo(200.0, within(1e-9));
        assertThat(byLine.get("hvo")).isCloseTo(213.0, within(1e-9));
        assertThat(byLine.get("truck")).isCloseTo(39.0, within(1e-9));
        assertThat(byLine.get("generator")).isCloseTo(60.0, within(1e-9));
        assertThat(byLine.get("commuting")).isZero();
        assertThat(byLine.get("energy-import")).isCloseTo(1000.0, within(1e-9));
        assertThat(byLine.get("energy-export")).isCloseTo(-200.0, within(1e-9));
        assertThat(r.totalMkiEuro()).isCloseTo(TOTAL_MKI_EURO, within(1e-9));
        assertThat(r.valid()).as(r.findings().toString()).isTrue();
    }

    @Test
    void annexCLineShowsPublishedBreakdownAndTruckFinding_section3_2_2b() {
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(sectionsProject()));
        MkiResult.LineResult truck = line(r, "truck");
        assertThat(truck.pricing().euroPerUnit()).containsExactly(Map.entry("A5", 0.390));
        assertThat(truck.pricing().publishedBreakdown()).containsExactly(Map.entry("Total", 0.390),
                Map.entry("A1-A3", 0.0835), Map.entry("A4", 0.00174), Map.entry("B", 0.00174));
        assertThat(truck.pricing().source()).startsWith("TNO 2018 R10658");
        assertThat(truck.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 Annex C table 36");
            assertThat(f.message()).contains("truck/Euro 6/diesel");
        });
        assertThat(line(r, "hvo").findings()).isEmpty();
    }

    @Test
    void energyExportIsPricedOnTheSubstitutionCardForNegativeKwh_section3_3f() {
        MkiResult.LineResult e = line(MkiFixtures.calculate(ProjectDocumentReader.read(sectionsProject())),
                "energy-export");
        assertThat(e.pricing().card()).isEqualTo("pv");
        assertThat(e.pricing().quantity()).isEqualTo(-40_000.0);
        assertThat(e.byModule().get("B6")).isCloseTo(-200.0, within(1e-9));
    }

    @Test
    void unselectedSectionsGetGeneralRulesOnlyWithInfo_chapter3Selection() {
        // the contract selects only §3.1.1 (asphalt) and §3.3 (energy): soil-within gets the general rules —
        // 100 m3 × 50/25 × 4.1 = 820.0 instead of 250.0 — and an info finding
        String doc = sectionsProject().replace("\"serviceLifeYears\": 50,",
                "\"serviceLifeYears\": 50, \"sections\": [\"§3.1.1\", \"§3.3\"],");
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(doc));
        MkiResult.LineResult within = line(r, "soil-within");
        assertThat(within.mkiEuro()).isCloseTo(820.0, within(1e-9));
        assertThat(within.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("info");
            assertThat(f.message()).contains("§3.1.3");
        });
        // the Annex C line is not priced when §3.2 is not selected: a card-less line is refused, never a 500
        assertThat(line(r, "hvo").status()).isEqualTo("refused");
        assertThat(line(r, "energy-export").mkiEuro()).isCloseTo(-200.0, within(1e-9));
    }

    @Test
    void asphaltInCubicMetresAndHvoThroughACardAreErrorFindings_section3_1_1bAnd3_2_2b() {
        String doc = """
                {"protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "cards": [{"id": "a", "dataCategory": "3", "unit": "m3", "representative": true,
                            "impacts": {"A1-A3": {"GWP": 1}, "A4": {"GWP": 1}, "A5": {"GWP": 1}}},
                           {"id": "hvo", "name": "HVO in excavator", "dataCategory": "3a", "unit": "l",
                            "impacts": {"A5": {"GWP": 1}}}],
                 "objects": [{"id": "o1", "name": "o"}],
                 "lines": [{"id": "L1", "object": "o1", "card": "a", "quantity": 1, "section": "asphalt"},
                           {"id": "L2", "object": "o1", "card": "hvo", "quantity": 1, "section": "equipment"}]}""";
        MkiResult r = MkiFixtures.calculate(ProjectDocumentReader.read(doc));
        assertThat(r.valid()).isFalse();
        assertThat(r.totalMkiEuro()).isZero();
        assertThat(r.findings()).filteredOn(f -> f.severity().equals("error"))
                .extracting(f -> f.rule() + " " + f.field())
                .containsExactly("RWS-MKI 4.0 §3.1.1b lines[0].unit", "RWS-MKI 4.0 §3.2.2b lines[1].card");
    }

    private static MkiResult.LineResult line(MkiResult r, String id) {
        List<MkiResult.LineResult> l = r.lines().stream().filter(x -> x.id().equals(id)).toList();
        return l.get(0);
    }
}
