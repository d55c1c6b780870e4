package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.Severity;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LinePricing;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiFactor;
import nl.kringloop.api.testkit.MkiViews;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chapter 3 section rules on their own, through the api views: factor and pricing figures by hand. */
class RwsSectionRulesTest {

    private static final Set<LcaModule> COMPLETE = EnumSet.of(LcaModule.A1_A3, LcaModule.A4, LcaModule.A5,
            LcaModule.C1, LcaModule.C2, LcaModule.C3, LcaModule.D);

    static CardView card(String id, DataCategory cat, String unit, String source, boolean released,
                         Map<String, Object> attributes) {
        return MkiViews.card(id).category(cat).unit(unit).source(source).releasedMaterialCard(released)
                .modules(COMPLETE).attributes(attributes).build();
    }

    static CardView card(DataCategory cat, String unit) {
        return card("c", cat, unit, "", false, Map.of());
    }

    /** The 3rd line of the document (index 2): 10 units of card "c". */
    static LineView line(String section, String unit, Flow flow, Map<String, Object> attributes) {
        return MkiViews.line(2, "L3").quantity(10).unit(unit).flow(flow).section(section).attributes(attributes)
                .build();
    }

    /** An equipment line without a card, priced from Annex C: {@code litres} of line index 2. */
    static LineView annexCLine(double litres, Map<String, Object> attributes) {
        return MkiViews.line(2, "L3").cardId(null).quantity(litres).unit("l").section("equipment")
                .attributes(attributes).build();
    }

    static LineContext ctx(LineView line, CardView card, Set<String> sections, CardView... others) {
        return MkiViews.context(line, card).settings(MkiViews.settings("4.0").sections(sections).build())
                .otherCards(others).build();
    }

    static LineContext ctx(LineView line, CardView card) {
        return ctx(line, card, null);
    }

    private static double product(LineOutcome o, LcaModule m) {
        return o.factors().stream().filter(f -> f.appliesTo(m)).mapToDouble(MkiFactor::value).reduce(1, (a, b) -> a * b);
    }

    private static Finding only(LineOutcome o, Severity s) {
        List<Finding> f = o.findings().stream().filter(x -> x.severity() == s).toList();
        assertEquals(1, f.size(), o.findings().toString());
        return f.get(0);
    }

    // --- soil §3.1.3 ---

    @Test
    void soilWithinWorkCountsOnlyA4AndA5_section3_1_3b() {
        LineOutcome o = new SoilScope().line(ctx(line("soil", "m3", Flow.ENTERING, Map.of("soilFlow", "within-work")),
                card(DataCategory.THREE_A, "m3")));
        for (LcaModule m : LcaModule.values()) {
            assertEquals(m == LcaModule.A4 || m == LcaModule.A5 ? 1.0 : 0.0, product(o, m), m.code());
        }
        assertEquals("RWS-MKI 4.0 §3.1.3b", o.factors().get(0).rule().label());
    }

    @Test
    void soilWithinWorkIsNotReplaced_section3_1_3b() {
        // card lifespan 10 y, service life 50 y: any other line would get 50 / 10 = 5
        CardView c = MkiViews.card("c").category(DataCategory.THREE).unit("m3").lifespanYears(10.0).modules(COMPLETE)
                .build();
        assertEquals(LineOutcome.NONE, new Replacements().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("soilFlow", "within-work")), c)));
        assertEquals(5.0, new Replacements().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("soilFlow", "entering")), c)).factors().get(0).value());
    }

    @Test
    void releasedSoilCountsOnlyC1AndC2_section3_1_3cII() {
        LineOutcome o = new SoilScope().line(ctx(line("soil", "m3", Flow.RELEASED, Map.of("soilFlow", "released")),
                card(DataCategory.THREE_A, "m3")));
        for (LcaModule m : LcaModule.values()) {
            assertEquals(m == LcaModule.C1 || m == LcaModule.C2 ? 1.0 : 0.0, product(o, m), m.code());
        }
    }

    @Test
    void unknownSoilFlowIsRefusedNamingTheField_section3_1_3() {
        LineOutcome o = new SoilScope().line(ctx(line("soil", "m3", Flow.ENTERING, Map.of("soilFlow", "inward")),
                card(DataCategory.THREE_A, "m3")));
        assertEquals("lines[2].attributes.soilFlow", only(o, Severity.ERROR).field());
    }

    @Test
    void solidCubicMetresAreLoosenedBy1_15_section3_1_3() {
        LineOutcome o = new SolidToLooseCubicMetres().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("volumeBasis", "solid")), card(DataCategory.THREE_A, "m3")));
        assertEquals(1.15, o.factors().get(0).value());
        assertEquals("solid to loose m3", o.factors().get(0).name());
        assertEquals(LineOutcome.NONE, new SolidToLooseCubicMetres().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("volumeBasis", "loose")), card(DataCategory.THREE_A, "m3"))));
    }

    @Test
    void releasedMaterialCardIsRefusedForReleasedSoil_section3_1_3cI() {
        CardView released = card("c", DataCategory.THREE, "m3", "", true, Map.of());
        LineOutcome o = new ReleasedMaterialCardRefused().line(ctx(line("soil", "m3", Flow.RELEASED,
                Map.of("soilFlow", "released")), released));
        assertEquals("RWS-MKI 4.0 §3.1.3c-I", only(o, Severity.ERROR).rule());
        assertEquals(LineOutcome.NONE, new ReleasedMaterialCardRefused().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("soilFlow", "entering")), released)));
    }

    @Test
    void missingSoilRegistrationIsAWarningListingWhatIsMissing_section3_1_3() {
        LineOutcome o = new SoilRegistrationWarning().line(ctx(line("soil", "m3", Flow.ENTERING,
                Map.of("origin", "depot Zwolle", "machineHours", 12)), card(DataCategory.THREE_A, "m3")));
        Finding w = only(o, Severity.WARNING);
        assertTrue(w.message().contains("transportKm (III)") && !w.message().contains("origin"), w.message());
    }

    // --- road marking §3.1.5 ---

    @Test
    void dashedMarking3To9At10cmIs0_125OfTheCard_section3_1_5() {
        // 3 / (3 + 9) = 0.25 (§3.1.5a) × 10 / 20 = 0.5 (§3.1.5b) ⇒ 0.125
        LineOutcome o = new RoadMarkingDashAndWidth().line(ctx(line("road-marking", "m", Flow.ENTERING,
                Map.of("pattern", "3:9", "widthCm", 10)), card(DataCategory.THREE, "m")));
        assertEquals(0.25, o.factors().get(0).value());
        assertEquals(0.5, o.factors().get(1).value());
        assertEquals(0.125, product(o, LcaModule.A1_A3));
    }

    @Test
    void badDashPatternIsRefusedNamingTheField_section3_1_5a() {
        LineOutcome o = new RoadMarkingDashAndWidth().line(ctx(line("road-marking", "m", Flow.ENTERING,
                Map.of("pattern", "dashed")), card(DataCategory.THREE, "m")));
        assertEquals("lines[2].attributes.pattern", only(o, Severity.ERROR).field());
    }

    // --- asphalt §3.1.1, concrete §3.1.2 ---

    @Test
    void asphaltInCubicMetresIsRefused_section3_1_1b() {
        LineOutcome o = new AsphaltInMass().line(ctx(line("asphalt", "m3", Flow.ENTERING, Map.of()),
                card(DataCategory.THREE, "m3")));
        assertEquals("lines[2].unit", only(o, Severity.ERROR).field());
        assertEquals(LineOutcome.NONE, new AsphaltInMass().line(ctx(line("asphalt", "t", Flow.ENTERING, Map.of()),
                card(DataCategory.THREE, "t"))));
    }

    @Test
    void asphaltCategory2MustComeFromEcochainTno2022_section3_1_1a() {
        CardView other = card("c", DataCategory.TWO, "t", "Branche LCA 2019", false, Map.of());
        CardView report = card("c", DataCategory.TWO, "t",
                "LCA Achtergrondrapport Nederlandse branchereferentiemengsels 2022 (Ecochain, TNO)", false, Map.of());
        assertEquals("RWS-MKI 4.0 §3.1.1a", only(new AsphaltCategoryTwoSource().line(ctx(line("asphalt", "t",
                Flow.ENTERING, Map.of()), other)), Severity.ERROR).rule());
        assertEquals(LineOutcome.NONE, new AsphaltCategoryTwoSource().line(ctx(line("asphalt", "t", Flow.ENTERING,
                Map.of()), report)));
    }

    @Test
    void concreteInTonnesIsRefused_section3_1_2a() {
        LineOutcome o = new ConcreteInCubicMetres().line(ctx(line("concrete", "t", Flow.ENTERING, Map.of()),
                card(DataCategory.THREE, "t")));
        assertEquals("lines[2].unit", only(o, Severity.ERROR).field());
        assertEquals(LineOutcome.NONE, new ConcreteInCubicMetres().line(ctx(line("concrete", "m³", Flow.ENTERING,
                Map.of()), card(DataCategory.THREE, "m³"))));
    }

    // --- contract selection ---

    @Test
    void unselectedSectionGetsGeneralRulesOnlyWithInfo_chapter3Selection() {
        LineView l = line("soil", "m3", Flow.ENTERING, Map.of("soilFlow", "within-work"));
        LineContext c = ctx(l, card(DataCategory.THREE_A, "m3"), Set.of("§3.1.1", "§3.2"));
        assertEquals(LineOutcome.NONE, new SoilScope().line(c));
        assertEquals(Severity.INFO, only(new UnselectedSectionNotice().line(c), Severity.INFO).severity());
        // a parent paragraph selects its children: "§3.1" selects soil (§3.1.3)
        LineContext parent = ctx(l, card(DataCategory.THREE_A, "m3"), Set.of("§3.1"));
        assertEquals(LineOutcome.NONE, new UnselectedSectionNotice().line(parent));
        assertEquals(0.0, product(new SoilScope().line(parent), LcaModule.A1_A3));
    }

    // --- equipment §3.2 ---

    @Test
    void equipmentOnCategory1IsRefusedExceptVesselEnergyCarriers_section3_2_3() {
        CardView cat1 = card(DataCategory.ONE, "l");
        assertEquals("RWS-MKI 4.0 §3.2.3a", only(new EquipmentDataCategory().line(ctx(line("equipment", "l",
                Flow.ENTERING, Map.of()), cat1)), Severity.ERROR).rule());
        assertEquals(Severity.INFO, new EquipmentDataCategory().line(ctx(line("equipment", "l", Flow.ENTERING,
                Map.of("vessel", true)), cat1)).findings().get(0).severity());
        assertEquals("RWS-MKI 4.0 §3.2.3a", only(new EquipmentDataCategory().line(ctx(line("generator", "l",
                Flow.ENTERING, Map.of()), cat1)), Severity.ERROR).rule());
    }

    @Test
    void annexCLinePricedAtPublishedTotalPerLitre_section3_2_2b() {
        // excavator, class V, HVO: Total 2.13E-01 euro per litre (table 36) on A5
        LineView l = annexCLine(1000, Map.of("annexC", Map.of("machine", "excavator", "class", "V", "fuel", "HVO")));
        LineOutcome o = new HvoOnlyFromAnnexC().line(ctx(l, CardView.none("l")));
        LinePricing p = o.pricing();
        assertEquals(Map.of(LcaModule.A5, 0.213), p.euroPerUnit());
        assertNull(p.cardId());
        assertEquals(List.of("Total", "A1-A3", "A4", "B"), List.copyOf(p.publishedBreakdown().keySet()));
        assertEquals(0.0783, p.publishedBreakdown().get("B"));
        assertTrue(p.source().contains("TNO 2018 R10658"));
        assertTrue(o.findings().isEmpty(), "the excavator rows add up: " + o.findings());
    }

    @Test
    void annexCTruckRowBringsItsDataQualityFindingToTheLine_annexCTable36() {
        LineView l = annexCLine(100, Map.of("annexC", Map.of("machine", "truck", "class", "Euro 6", "fuel", "HVO")));
        LineOutcome o = new HvoOnlyFromAnnexC().line(ctx(l, CardView.none("l")));
        assertEquals(0.301, o.pricing().euroPerUnit().get(LcaModule.A5));
        Finding w = only(o, Severity.WARNING);
        assertTrue(w.message().contains("truck/Euro 6/HVO") && w.message().contains("3.01E-01"), w.message());
    }

    @Test
    void unknownAnnexCMachineClassOrFuelIsRefusedNamingTheField_section3_2_2b() {
        for (var bad : List.of(Map.of("field", "lines[2].attributes.annexC.machine", "spec",
                        Map.of("machine", "crane", "class", "V", "fuel", "HVO")),
                Map.of("field", "lines[2].attributes.annexC.class", "spec",
                        Map.of("machine", "excavator", "class", "Euro 6", "fuel", "HVO")),
                Map.of("field", "lines[2].attributes.annexC.fuel", "spec",
                        Map.of("machine", "excavator", "class", "V", "fuel", "LNG")))) {
            LineView l = annexCLine(10, Map.of("annexC", bad.get("spec")));
            LineOutcome o = new HvoOnlyFromAnnexC().line(ctx(l, CardView.none("l")));
            assertEquals(bad.get("field"), only(o, Severity.ERROR).field());
            assertNull(o.pricing());
        }
    }

    @Test
    void hvoThroughACardIsRefused_section3_2_2b() {
        CardView hvo = card("hvo", DataCategory.THREE_A, "l", "", false, Map.of("fuel", "HVO"));
        LineOutcome o = new HvoOnlyFromAnnexC().line(ctx(line("equipment", "l", Flow.ENTERING, Map.of()), hvo));
        assertEquals("RWS-MKI 4.0 §3.2.2b", only(o, Severity.ERROR).rule());
    }

    @Test
    void registrationBelow95PercentAnd98PercentAndLateOutagesWarn_section3_2_4cToE() {
        Map<String, Object> reg = new LinkedHashMap<>();
        for (String k : FuelRegistration.RECORD) {
            reg.put(k, "x");
        }
        reg.put("accuracyPercent", 94.9);
        reg.put("availabilityPercent", 98.0);
        reg.put("outages", List.of(Map.of("reportedAfterHours", 24, "repairedAfterHours", 71.5),
                Map.of("reportedAfterHours", 2, "repairedAfterHours", 72)));
        LineOutcome o = new FuelRegistration().line(ctx(line("equipment", "l", Flow.ENTERING,
                Map.of("registration", reg)), card(DataCategory.THREE_A, "l")));
        // 94.9 < 95 ⇒ §3.2.4c; 98.0 meets 98 ⇒ nothing; outage 1 reported at 24 h (not < 24), outage 2 repaired at
        // 72 h (not < 72) ⇒ two §3.2.4e
        assertEquals(List.of("RWS-MKI 4.0 §3.2.4c", "RWS-MKI 4.0 §3.2.4e", "RWS-MKI 4.0 §3.2.4e"),
                o.findings().stream().map(Finding::rule).toList());
        assertEquals("lines[2].attributes.registration.outages[1].repairedAfterHours", o.findings().get(2).field());
    }

    @Test
    void missingRegistrationRecordWarns_section3_2_4b() {
        LineOutcome o = new FuelRegistration().line(ctx(line("generator", "l", Flow.ENTERING, Map.of()),
                card(DataCategory.THREE_A, "l")));
        assertEquals("RWS-MKI 4.0 §3.2.4b", only(o, Severity.WARNING).rule());
    }

    // --- energy of assets §3.3 ---

    private static LineView energy(Map<String, Object> a) {
        return line("energy", "kWh", Flow.ENTERING, a);
    }

    @Test
    void energyWithoutCreditIsConsumptionTimesYearsOnTheGridCard_section3_3e() {
        // 10,000 kWh/y × 50 y (project service life) = 500,000 kWh; generation 4,000 not credited (§3.3c)
        CardView grid = card("grid", DataCategory.THREE_A, "kWh", "", false, Map.of());
        LineOutcome o = new AssetEnergy().line(ctx(energy(Map.of("yearlyConsumptionKwh", 10000,
                "yearlyGenerationKwh", 4000)), grid));
        assertEquals("grid", o.pricing().cardId());
        assertEquals(500_000.0, o.pricing().quantity());
        assertEquals("RWS-MKI 4.0 §3.3c", only(o, Severity.INFO).rule());
    }

    @Test
    void energyNetImportWithCreditAllowedIsNetTimesYears_section3_3e() {
        // (10,000 − 4,000) kWh/y × 30 y = 180,000 kWh on the grid card
        CardView grid = card("grid", DataCategory.THREE_A, "kWh", "", false, Map.of());
        LineOutcome o = new AssetEnergy().line(ctx(energy(Map.of("yearlyConsumptionKwh", 10000,
                "yearlyGenerationKwh", 4000, "years", 30, "exportCreditAllowed", true)), grid));
        assertEquals(180_000.0, o.pricing().quantity());
        assertEquals("grid", o.pricing().cardId());
    }

    @Test
    void energyNetExportIsACreditOnTheSubstitutionCard_section3_3f() {
        // (2,000 − 5,000) kWh/y × 20 y = −60,000 kWh on the substitution card
        CardView grid = card("grid", DataCategory.THREE_A, "kWh", "", false, Map.of());
        CardView pv = card("pv", DataCategory.THREE, "kWh", "", false, Map.of());
        LineOutcome o = new AssetEnergy().line(ctx(energy(Map.of("yearlyConsumptionKwh", 2000,
                "yearlyGenerationKwh", 5000, "years", 20, "exportCreditAllowed", true, "substitutionCard", "pv")),
                grid, null, pv));
        assertEquals("pv", o.pricing().cardId());
        assertEquals(-60_000.0, o.pricing().quantity());
        assertTrue(o.findings().isEmpty(), o.findings().toString());
    }

    @Test
    void category1ElectricityIsRefused_section3_3d() {
        LineOutcome o = new AssetEnergy().line(ctx(energy(Map.of("yearlyConsumptionKwh", 1000)),
                card("own", DataCategory.ONE, "kWh", "", false, Map.of())));
        assertEquals("RWS-MKI 4.0 §3.3d", only(o, Severity.ERROR).rule());
        assertNull(o.pricing());
    }
}
