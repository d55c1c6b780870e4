package nl.kringloop.analysis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden figures, computed by hand, for every analysis of Leidraad circulair productpaspoort §3.2 over a portfolio of
 * three passports with quantities: a laptop (100 units, C1.1 = 5 years), a monitor (50 units, C1.1 = 8 years) and a
 * dock (10 units) without C1.1. The facts are the register's own records of each version (FactsCodec round trip).
 */
class PortfolioAnalysisTest {

    static final String CRM = "eu-crm-2023", ZZS = "zzs-demo-2025-01";

    static ProductFacts.Line l(String name, double g) {
        return new ProductFacts.Line(name, null, g);
    }

    /** laptop: 2000 g = aluminium 400 + cobalt 10 + copper 100 + plastic 1490; GHG 300,000 g; 5 years */
    static ProductFacts laptop(int version, double cobalt, Double life) {
        return new ProductFacts("laptop", version, "org-a", "sha-laptop-" + version, "Laptop 14", "Acme", "ICT hardware",
                "2025-1", CRM, ZZS, 2000, life,
                List.of(l("aluminium", 400), l("cobalt", cobalt), l("copper", 100), l("plastic", 1500 - cobalt)),
                List.of(l("aluminium", 200)),
                List.of(new ProductFacts.Crm("cobalt", "cobalt", cobalt), new ProductFacts.Crm("copper", "copper", 100)),
                List.of(new ProductFacts.Zzs("lead", "7439-92-1", 2, true)),
                List.of(l("aluminium", 360)), List.of(l("cobalt", 5)), List.of(l("process water", 10000)),
                new ProductFacts.Ghg(200000.0, 10000.0, 80000.0, 10000.0, "PEF EF 3.1"),
                new ProductFacts.Biodiversity(1e-6, "species.yr", "ReCiPe 2016 H"), "same grade", "none yet",
                new ProductFacts.Quality(8, 4, 2, 1, 3), List.of(), List.of(),
                List.of(new ProductFacts.MethodScore("cpf", "CPF", 60, "cpf", "1.0.0")));
    }

    /** monitor: 5000 g = aluminium 1000 + glass 3000 + copper 200 + plastic 800; GHG 600,000 g; 8 years */
    static ProductFacts monitor() {
        return new ProductFacts("monitor", 1, "org-b", "sha-monitor", "Monitor 27", "Beeld BV", "ICT hardware", "2025-1",
                CRM, ZZS, 5000, 8.0,
                List.of(l("aluminium", 1000), l("glass", 3000), l("copper", 200), l("plastic", 800)),
                List.of(l("glass", 1500)), List.of(new ProductFacts.Crm("copper", "copper", 200)),
                List.of(new ProductFacts.Zzs("lead", "7439-92-1", 1, true)),
                List.of(l("glass", 2700)), List.of(), List.of(l("process water", 20000)),
                new ProductFacts.Ghg(400000.0, 40000.0, 160000.0, 0.0, "PEF EF 3.1"),
                new ProductFacts.Biodiversity(2e-6, "species.yr", "ReCiPe 2016 H"), "same grade", null,
                new ProductFacts.Quality(6, 6, 0, 0, 6), List.of(), List.of(),
                List.of(new ProductFacts.MethodScore("cpf", "CPF", 40, "cpf", "1.0.0"),
                        new ProductFacts.MethodScore("emf-mci", "MCI", 50, "emf-mci", "1.0.0")));
    }

    /** dock: 500 g = aluminium 100 + cobalt 2 + plastic 398; GHG 50,000 g (production 30,000, use 20,000); no C1.1 */
    static ProductFacts dock() {
        return new ProductFacts("dock", 1, "org-a", "sha-dock", "Dock", "Dockmakers", "ICT hardware", "2025-1", CRM, ZZS,
                500, null, List.of(l("aluminium", 100), l("cobalt", 2), l("plastic", 398)), List.of(),
                List.of(new ProductFacts.Crm("cobalt", "cobalt", 2)), List.of(), List.of(), List.of(), List.of(),
                new ProductFacts.Ghg(30000.0, null, 20000.0, null, null),
                new ProductFacts.Biodiversity(5, "MSA.km2", "GLOBIO"), null, null,
                new ProductFacts.Quality(4, 0, 0, 4, 0), List.of("A1.4", "C1.1"),
                List.of(new ProductFacts.Note("Leidraad circulair productpaspoort A1.3", "Submitted A1.3 gives 3 g of 'cobalt', A1.1 gives 2 g")),
                List.of());
    }

    /** test figures, not those of any real list */
    static final SupplyRiskList RISK = new SupplyRiskList("test-risk", "test", "test", "2026-01-01", List.of(
            new SupplyRiskList.Indicator("Cobalt", 2.8, 5.9, "test"), new SupplyRiskList.Indicator("copper", 0.5, 4.0, "test")));

    static List<PortfolioAnalysis.Holding> portfolio() {
        // through the stored form, as the server sees them
        return List.of(new PortfolioAnalysis.Holding(roundTrip(laptop(1, 10, 5.0)), 100),
                new PortfolioAnalysis.Holding(roundTrip(monitor()), 50), new PortfolioAnalysis.Holding(roundTrip(dock()), 10));
    }

    static ProductFacts roundTrip(ProductFacts f) {
        ProductFacts back = FactsCodec.read(FactsCodec.write(f));
        assertThat(back).isEqualTo(f);
        return back;
    }

    static Analysis analyse(List<PortfolioAnalysis.Holding> h, SupplyRiskList risk, Map<String, Integer> feedback) {
        return PortfolioAnalysis.analyse(new PortfolioAnalysis.Subject("portfolio", "p1", "ICT", h.size()), h, risk, feedback, 100);
    }

    final Analysis a = analyse(portfolio(), RISK, Map.of("dock", 2));

    @Test
    void rawMaterialCompositionA11A12() {
        // total mass 100×2000 + 50×5000 + 10×500 = 200,000 + 250,000 + 5,000 = 455,000 g
        assertThat(a.composition().totalMassGram()).isEqualTo(455000);
        assertThat(a.scope().totalQuantity()).isEqualTo(160);
        // aluminium 100×400 + 50×1000 + 10×100 = 91,000 g = 20 % of 455,000; recycled 100×200 = 20,000 = 21.978 % of it
        Analysis.Material al = material(a.composition().materials(), "aluminium");
        assertThat(al.massGram()).isEqualTo(91000);
        assertThat(al.percent()).isCloseTo(20.0, within(1e-9));
        assertThat(al.recycledMassGram()).isEqualTo(20000);
        assertThat(al.recycledPercent()).isCloseTo(100.0 * 20000 / 91000, within(1e-9));
        assertThat(al.products()).isEqualTo(3);
        // plastic 100×1490 + 50×800 + 10×398 = 149,000 + 40,000 + 3,980 = 192,980 g, the largest: listed first
        assertThat(a.composition().materials().get(0).material()).isEqualTo("plastic");
        assertThat(a.composition().materials().get(0).massGram()).isEqualTo(192980);
        // glass 50×3000 = 150,000, recycled 50×1500 = 75,000 = 50 %
        assertThat(material(a.composition().materials(), "glass").recycledPercent()).isCloseTo(50.0, within(1e-9));
        // recycled 20,000 + 75,000 = 95,000 g of 455,000 = 20.879 %
        assertThat(a.composition().recycledMassGram()).isEqualTo(95000);
        assertThat(a.composition().recycledPercent()).isCloseTo(100.0 * 95000 / 455000, within(1e-9));
    }

    @Test
    void criticalRawMaterialsPerYearOfUseA13C11() {
        // copper: laptop 100×100/5 = 2,000 g/year, monitor 50×200/8 = 1,250 g/year ⇒ 3,250; mass 10,000 + 10,000
        Analysis.CriticalRawMaterial cu = a.criticalRawMaterials().get(0);
        assertThat(cu.crm()).isEqualTo("copper");
        assertThat(cu.crmList()).isEqualTo(CRM);
        assertThat(cu.massGram()).isEqualTo(20000);
        assertThat(cu.gramPerYearOfUse()).isCloseTo(3250, within(1e-9));
        assertThat(cu.products()).isEqualTo(2);
        assertThat(cu.manufacturers()).extracting(Analysis.Supplier::manufacturer).containsExactlyInAnyOrder("Acme", "Beeld BV");
        // cobalt: laptop 100×10/5 = 200 g/year; the dock's 10×2 = 20 g have no C1.1: apart, never divided by zero
        Analysis.CriticalRawMaterial co = a.criticalRawMaterials().get(1);
        assertThat(co.crm()).isEqualTo("cobalt");
        assertThat(co.massGram()).isEqualTo(1020);
        assertThat(co.gramPerYearOfUse()).isCloseTo(200, within(1e-9));
        assertThat(co.massGramWithoutLifetime()).isEqualTo(20);
        Analysis.Supplier dockmakers = co.manufacturers().stream().filter(m -> m.manufacturer().equals("Dockmakers")).findFirst().orElseThrow();
        assertThat(dockmakers.massGram()).isEqualTo(20);
        assertThat(dockmakers.gramPerYearOfUse()).isNull();
        assertThat(co.sources().get(0).passportId()).isEqualTo("laptop");
        // supply risk (test list): cobalt 200 × 2.8 = 560, copper 3,250 × 0.5 = 1,625 ⇒ 2,185
        assertThat(co.supplyRisk().supplyRisk()).isEqualTo(2.8);
        assertThat(co.supplyRisk().weightedGramPerYearOfUse()).isCloseTo(560, within(1e-9));
        assertThat(cu.supplyRisk().weightedGramPerYearOfUse()).isCloseTo(1625, within(1e-9));
        // totals: 21,020 g, 3,450 g/year, 20 g without lifetime
        assertThat(a.criticalRawMaterialsTotal().massGram()).isEqualTo(21020);
        assertThat(a.criticalRawMaterialsTotal().gramPerYearOfUse()).isCloseTo(3450, within(1e-9));
        assertThat(a.criticalRawMaterialsTotal().massGramWithoutLifetime()).isEqualTo(20);
        assertThat(a.criticalRawMaterialsTotal().supplyRiskWeightedGramPerYearOfUse()).isCloseTo(2185, within(1e-9));
    }

    @Test
    void actualRecoveryAtRecyclingA21A22() {
        // aluminium 100×360 = 36,000 of 100×400 = 40,000; glass 50×2700 = 135,000 of 50×3000 = 150,000
        // ⇒ 171,000 of 190,000 = 90 %; A2.2 cobalt 100×5 = 500 of 100×10 = 1,000 = 50 %
        assertThat(a.recovery().recoveredMassGram()).isEqualTo(171000);
        assertThat(a.recovery().originalMassGram()).isEqualTo(190000);
        assertThat(a.recovery().percent()).isCloseTo(90.0, within(1e-9));
        assertThat(a.recovery().recovered()).extracting(Analysis.Recovered::percent).containsOnly(90.0);
        assertThat(a.recovery().criticalPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(a.recovery().productsReporting()).isEqualTo(2);
    }

    @Test
    void substancesOfVeryHighConcernA14() {
        // lead: 100×2 + 50×1 = 250 g in 2 products
        assertThat(a.substancesOfVeryHighConcern()).singleElement().satisfies(z -> {
            assertThat(z.cas()).isEqualTo("7439-92-1");
            assertThat(z.zzsList()).isEqualTo(ZZS);
            assertThat(z.massGram()).isEqualTo(250);
            assertThat(z.products()).isEqualTo(2);
        });
    }

    @Test
    void recycledAndAlternativeMaterialsC31C41AndAuxiliaryA31() {
        // "same grade": laptop 100×200 + monitor 50×1500 = 95,000 g recycled; "none yet": laptop's CRM 100×110 = 11,000 g
        assertThat(a.recycledAndAlternative().recycledApplication()).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("same grade");
            assertThat(x.products()).isEqualTo(2);
            assertThat(x.massGram()).isEqualTo(95000);
        });
        assertThat(a.recycledAndAlternative().alternativeMaterials()).singleElement().satisfies(x ->
                assertThat(x.massGram()).isEqualTo(11000));
        // process water 100×10,000 + 50×20,000 = 2,000,000 g
        assertThat(a.auxiliaryMassGram()).isEqualTo(2_000_000);
    }

    @Test
    void productionAgainstUsePhaseB11B13() {
        // production 100×200,000 + 50×400,000 + 10×30,000 = 40,300,000; use 100×80,000 + 50×160,000 + 10×20,000
        // = 16,200,000; ratio 2.48765…
        assertThat(a.productionVersusUse().productionGram()).isEqualTo(40_300_000);
        assertThat(a.productionVersusUse().useGram()).isEqualTo(16_200_000);
        assertThat(a.productionVersusUse().ratio()).isCloseTo(40.3 / 16.2, within(1e-12));
        assertThat(a.productionVersusUse().products()).isEqualTo(3);
    }

    @Test
    void ghgOfTheWholeLifeCyclePerYearOfUseB1() {
        // total 100×300,000 + 50×600,000 + 10×50,000 = 60,500,000; transport 1,000,000 + 2,000,000 = 3,000,000
        assertThat(a.ghg().totalGram()).isEqualTo(60_500_000);
        assertThat(a.ghg().transportGram()).isEqualTo(3_000_000);
        assertThat(a.ghg().productionPercent()).isCloseTo(100 * 40.3 / 60.5, within(1e-9));
        // per year: laptop 300,000/5 × 100 = 6,000,000; monitor 600,000/8 × 50 = 3,750,000; dock left out
        assertThat(a.ghg().gramPerYearOfUse()).isCloseTo(9_750_000, within(1e-6));
        assertThat(a.ghg().productsWithoutLifetime()).isEqualTo(1);
        // per product and weighted: laptop first (6,000,000 g/year weighted), the dock without a per-year figure last
        assertThat(a.products()).extracting(Analysis.ProductRow::passportId).containsExactly("laptop", "monitor", "dock");
        assertThat(a.products().get(0).ghgGramPerYearOfUse()).isCloseTo(60000, within(1e-9));
        assertThat(a.products().get(0).criticalGramPerYearOfUse()).isCloseTo(22, within(1e-9)); // (10 + 100) / 5
        assertThat(a.products().get(2).ghgGramPerYearOfUse()).isNull();
        assertThat(a.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("Leidraad circulair productpaspoort C1.1");
            assertThat(f.message()).contains("dock/1").contains("no per-year figure");
        });
    }

    @Test
    void biodiversityB21SummedOnlyWithinOneMethodAndUnit() {
        // ReCiPe: 100×1e-6 + 50×2e-6 = 2e-4 species.yr (2 products); GLOBIO apart: 10×5 = 50 MSA.km2
        assertThat(a.biodiversity()).hasSize(2);
        assertThat(a.biodiversity().get(0).method()).isEqualTo("ReCiPe 2016 H");
        assertThat(a.biodiversity().get(0).value()).isCloseTo(2e-4, within(1e-15));
        assertThat(a.biodiversity().get(1).value()).isEqualTo(50);
        assertThat(a.findings()).anySatisfy(f -> assertThat(f.rule()).endsWith("B2.1"));
    }

    @Test
    void dataQuality() {
        // values 100×8 + 50×6 + 10×4 = 1,140; measured 400 + 300 = 700 (61.40 %); calculated 200; indicative 100 + 40
        // = 140; unlabelled 100; evidence 300 + 300 = 600 (52.63 %); complete 150 of 160 units = 93.75 %
        Analysis.DataQuality q = a.dataQuality();
        assertThat(q.values()).isEqualTo(1140);
        assertThat(q.measuredPercent()).isCloseTo(100.0 * 700 / 1140, within(1e-9));
        assertThat(q.calculatedPercent()).isCloseTo(100.0 * 200 / 1140, within(1e-9));
        assertThat(q.indicativePercent()).isCloseTo(100.0 * 140 / 1140, within(1e-9));
        assertThat(q.unlabelledPercent()).isCloseTo(100.0 * 100 / 1140, within(1e-9));
        assertThat(q.withEvidencePercent()).isCloseTo(100.0 * 600 / 1140, within(1e-9));
        assertThat(q.completePercent()).isCloseTo(93.75, within(1e-9));
        assertThat(q.missingRequired()).extracting(Analysis.CodeCount::code).containsExactly("A1.4", "C1.1");
        assertThat(q.derivationFindings()).singleElement().satisfies(f -> assertThat(f.example()).startsWith("dock v1"));
        assertThat(q.openFeedback()).isEqualTo(2);
        assertThat(q.productsWithOpenFeedback()).isEqualTo(1);
    }

    @Test
    void aProductWithoutC11AloneHasNoPerYearFigureAndSaysWhy() {
        Analysis d = analyse(List.of(new PortfolioAnalysis.Holding(dock(), 3)), null, Map.of());
        assertThat(d.ghg().gramPerYearOfUse()).isNull();
        assertThat(d.ghg().totalGram()).isEqualTo(150000); // 3 × 50,000
        assertThat(d.criticalRawMaterialsTotal().gramPerYearOfUse()).isNull();
        assertThat(d.criticalRawMaterials().get(0).massGramWithoutLifetime()).isEqualTo(6);
        assertThat(d.findings()).extracting(f -> f.rule()).contains("Leidraad circulair productpaspoort C1.1",
                "Leidraad circulair productpaspoort §3.3 condition 9");
    }

    @Test
    void theSamePassportTwiceIsOneProductWithTheQuantitiesAdded() {
        ProductFacts m = monitor();
        Analysis twice = analyse(List.of(new PortfolioAnalysis.Holding(m, 20), new PortfolioAnalysis.Holding(m, 30)), null, Map.of());
        Analysis once = analyse(List.of(new PortfolioAnalysis.Holding(m, 50)), null, Map.of());
        assertThat(twice.scope().products()).isEqualTo(1);
        assertThat(twice.ghg()).isEqualTo(once.ghg());
    }

    @Test
    void versionComparisonValueByValueAndItsEffect() {
        // version 2 of the laptop: cobalt 10 → 8 g (plastic 1490 → 1492), C1.1 5 → 6 years
        JsonObject v1 = json("{\"values\": {\"A1.1\": [{\"material\": \"cobalt\", \"massGram\": 10},"
                + " {\"material\": \"copper\", \"massGram\": 100}], \"C1.1\": {\"years\": 5}}}");
        JsonObject v2 = json("{\"values\": {\"A1.1\": [{\"material\": \"copper\", \"massGram\": 100},"
                + " {\"material\": \"Cobalt\", \"massGram\": 8}], \"C1.1\": {\"years\": 6}, \"C1.2\": {\"years\": 2}}}");
        var changes = DocumentDiff.diff(v1, v2);
        // reordering is no change; the material key is case-insensitive ("Cobalt" = "cobalt"), so its name is changed
        assertThat(changes).extracting(DocumentDiff.ValueChange::path).containsExactlyInAnyOrder(
                "values.A1.1[cobalt].material", "values.A1.1[cobalt].massGram", "values.C1.1.years", "values.C1.2.years");
        assertThat(changes).filteredOn(c -> c.path().equals("values.A1.1[cobalt].massGram")).singleElement()
                .satisfies(c -> {
                    assertThat(c.from()).isEqualTo("10");
                    assertThat(c.to()).isEqualTo("8");
                    assertThat(c.change()).isEqualTo("changed");
                });
        assertThat(changes).filteredOn(c -> c.path().equals("values.C1.2.years")).singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo("added"));

        Analysis x = analyse(List.of(new PortfolioAnalysis.Holding(laptop(1, 10, 5.0), 1)), null, Map.of());
        Analysis y = analyse(List.of(new PortfolioAnalysis.Holding(laptop(2, 8, 6.0), 1)), null, Map.of());
        Map<String, KeyFigures.Change> effect = new java.util.HashMap<>();
        KeyFigures.changes(KeyFigures.of(x), KeyFigures.of(y)).forEach(c -> effect.put(c.figure(), c));
        // CRM per year (10 + 100)/5 = 22 → (8 + 100)/6 = 18; GHG per year 300,000/5 = 60,000 → 300,000/6 = 50,000
        assertThat(effect.get("criticalRawMaterialsTotal.gramPerYearOfUse").delta()).isCloseTo(-4, within(1e-9));
        assertThat(effect.get("ghg.gramPerYearOfUse").from()).isCloseTo(60000, within(1e-9));
        assertThat(effect.get("ghg.gramPerYearOfUse").to()).isCloseTo(50000, within(1e-9));
        assertThat(effect.get("criticalRawMaterials[cobalt/cobalt].massGram").to()).isEqualTo(8);
        // the GHG total did not change, so it is not listed
        assertThat(effect).doesNotContainKey("ghg.totalGram");
    }

    @Test
    void methodScoresAreSummarisedApartFromTheGuidelineFigures() {
        // cpf: laptop 60 (100 units), monitor 40 (50 units) ⇒ mean (6,000 + 2,000)/150 = 53.33 %, coverage 150/160
        DueDiligenceReport.Methods m = DueDiligenceReport.methods(portfolio());
        assertThat(m.label()).contains("condition 2");
        DueDiligenceReport.MethodSummary cpf = m.scores().get(0);
        assertThat(cpf.method()).isEqualTo("cpf");
        assertThat(cpf.meanScorePercent()).isCloseTo(8000.0 / 150, within(1e-9));
        assertThat(cpf.coveragePercent()).isCloseTo(93.75, within(1e-9));
        assertThat(cpf.minScorePercent()).isEqualTo(40);
        assertThat(m.scores().get(1).coveragePercent()).isCloseTo(31.25, within(1e-9)); // MCI: 50 of 160 units
    }

    static Analysis.Material material(List<Analysis.Material> list, String name) {
        return list.stream().filter(m -> m.material().equals(name)).findFirst().orElseThrow();
    }

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}
