package nl.kringloop.analysis;

import nl.kringloop.api.Finding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The analyses of the guideline's §3.2 over one passport or a portfolio, quantity-weighted. Masses in gram, GHG in
 * gram CO2-eq, per year of use = over the C1.1 actual lifetime. Figure names follow the passport's derived block.
 * How each is computed: docs/analyses.md.
 */
@Schema(name = "Analysis", description = "the guideline §3.2 analyses over one passport or a portfolio (docs/analyses.md)")
public record Analysis(Scope scope, Composition composition, List<CriticalRawMaterial> criticalRawMaterials,
                       CriticalTotals criticalRawMaterialsTotal, Recovery recovery,
                       List<Substance> substancesOfVeryHighConcern, Applications recycledAndAlternative,
                       List<Material> auxiliaryMaterials,
                       @Schema(description = "A3.1 summed, gram") double auxiliaryMassGram,
                       ProductionVersusUse productionVersusUse, Ghg ghg, List<BiodiversitySum> biodiversity,
                       DataQuality dataQuality,
                       @Schema(description = "one row per product (passport version), largest GHG per year first; at most 'productsLimit'")
                       List<ProductRow> products,
                       @Schema(description = "true when 'products' lists fewer rows than the portfolio has") boolean productsTruncated,
                       List<Finding> findings) {

    @Schema(name = "AnalysisScope")
    public record Scope(@Schema(enumeration = {"passport", "portfolio", "ad-hoc", "organisation", "product-group", "register"}) String kind,
                        String id, String name,
                        @Schema(description = "items of the portfolio") int items,
                        @Schema(description = "distinct passport versions") int products,
                        @Schema(description = "Σ quantity, units of product") double totalQuantity,
                        @Schema(description = "EU CRM list versions the passports were derived against") List<String> crmLists,
                        @Schema(description = "ZZS list versions the passports were checked against") List<String> zzsLists,
                        @Schema(description = "supply-risk list used, when one is loaded") String supplyRiskList) {
    }

    @Schema(name = "AnalysisComposition", description = "A1.1, A1.2: raw-material composition, quantity-weighted")
    public record Composition(double totalMassGram, double materialsMassGram, double recycledMassGram,
                              @Schema(description = "recycled gram / total product gram × 100") Double recycledPercent,
                              List<Material> materials, String rule) {
    }

    @Schema(name = "AnalysisMaterial")
    public record Material(String material, double massGram,
                           @Schema(description = "of the total product mass, %") Double percent,
                           Double recycledMassGram,
                           @Schema(description = "recycled gram of this material / its gram × 100") Double recycledPercent,
                           @Schema(description = "how many products contain it") int products) {
    }

    @Schema(name = "AnalysisCriticalRawMaterial", description = "A1.3 per year of use (C1.1), with where it comes from")
    public record CriticalRawMaterial(String crm, String material, String crmList, double massGram,
                                      @Schema(description = "Σ gram × quantity / C1.1 years, over products with C1.1") Double gramPerYearOfUse,
                                      @Schema(description = "gram of products without C1.1: not in gramPerYearOfUse") double massGramWithoutLifetime,
                                      int products, List<Supplier> manufacturers,
                                      @Schema(description = "the largest sources by gram per year, at most 10") List<Source> sources,
                                      SupplyRisk supplyRisk) {
    }

    @Schema(name = "AnalysisCrmSupplier")
    public record Supplier(String manufacturer, double massGram, Double gramPerYearOfUse, int products) {
    }

    @Schema(name = "AnalysisCrmSource")
    public record Source(String passportId, int version, String name, String manufacturer, double quantity,
                         double massGram, Double gramPerYearOfUse) {
    }

    @Schema(name = "AnalysisSupplyRisk", description = "indicators of a loaded supply-risk list (e.g. the EU CRM assessment)")
    public record SupplyRisk(String list, String material, double supplyRisk, double economicImportance, String source,
                             @Schema(description = "gramPerYearOfUse × supplyRisk") Double weightedGramPerYearOfUse) {
    }

    @Schema(name = "AnalysisCriticalTotals")
    public record CriticalTotals(double massGram, Double gramPerYearOfUse, double massGramWithoutLifetime,
                                 @Schema(description = "Σ gramPerYearOfUse × supplyRisk over materials with indicators") Double supplyRiskWeightedGramPerYearOfUse) {
    }

    @Schema(name = "AnalysisRecovery", description = "A2.1, A2.2: actual recovery at recycling")
    public record Recovery(@Schema(description = "Σ A2.1 gram") double recoveredMassGram,
                           @Schema(description = "Σ A1.1 gram of the same materials in the same products") double originalMassGram,
                           Double percent, List<Recovered> recovered,
                           double recoveredCriticalMassGram, double originalCriticalMassGram, Double criticalPercent,
                           List<Recovered> recoveredCritical,
                           @Schema(description = "products that report A2.1") int productsReporting) {
    }

    @Schema(name = "AnalysisRecovered")
    public record Recovered(String material, double massGram, double originalMassGram, Double percent) {
    }

    @Schema(name = "AnalysisSubstance", description = "A1.4: ZZS by CAS on the list version")
    public record Substance(String substance, String cas, String zzsList, double massGram, int products) {
    }

    @Schema(name = "AnalysisApplications", description = "C3.1, C4.1 texts grouped")
    public record Applications(List<Application> recycledApplication, List<Application> alternativeMaterials) {
    }

    @Schema(name = "AnalysisApplication")
    public record Application(String text, int products,
                              @Schema(description = "C3.1: A1.2 gram of those products; C4.1: A1.3 gram") double massGram) {
    }

    @Schema(name = "AnalysisProductionVersusUse", description = "B1.1 against B1.3, over products giving both")
    public record ProductionVersusUse(double productionGram, double useGram,
                                      @Schema(description = "productionGram / useGram") Double ratio, int products) {
    }

    @Schema(name = "AnalysisGhg", description = "B1.1–B1.4 and per year of use")
    public record Ghg(double productionGram, double transportGram, double useGram, double recyclingGram,
                      double totalGram, Double productionPercent, Double transportPercent, Double usePercent,
                      Double recyclingPercent,
                      @Schema(description = "Σ total × quantity / C1.1 years, over products with B1 and C1.1") Double gramPerYearOfUse,
                      @Schema(description = "products with B1") int products,
                      @Schema(description = "of them without C1.1, not in gramPerYearOfUse") int productsWithoutLifetime) {
    }

    @Schema(name = "AnalysisBiodiversity", description = "B2.1 summed per method and unit")
    public record BiodiversitySum(String method, String unit, double value, int products) {
    }

    @Schema(name = "AnalysisDataQuality", description = "conditions 7, 13, 14, 15, 19: how far the figures can be trusted")
    public record DataQuality(@Schema(description = "values, quantity-weighted") double values,
                              Double measuredPercent, Double calculatedPercent, Double indicativePercent,
                              @Schema(description = "values without a data-quality label") Double unlabelledPercent,
                              @Schema(description = "values with evidence (verification coverage)") Double withEvidencePercent,
                              @Schema(description = "quantity share of products complete against their guideline version") Double completePercent,
                              List<CodeCount> missingRequired, List<FindingCount> derivationFindings,
                              @Schema(description = "open feedback on the portfolio's passports (condition 14)") int openFeedback,
                              int productsWithOpenFeedback) {
    }

    @Schema(name = "AnalysisCodeCount")
    public record CodeCount(String code, int products) {
    }

    @Schema(name = "AnalysisFindingCount")
    public record FindingCount(String rule, int products, String example) {
    }

    @Schema(name = "AnalysisProduct")
    public record ProductRow(String passportId, int version, String name, String manufacturer, String productGroup,
                             double quantity, double massGram, Double lifetimeYears, Double ghgTotalGram,
                             @Schema(description = "per unit: B1 total / C1.1") Double ghgGramPerYearOfUse,
                             @Schema(description = "per unit: A1.3 gram / C1.1") Double criticalGramPerYearOfUse,
                             boolean complete, int openFeedback) {
    }
}
