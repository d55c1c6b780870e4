package nl.kringloop.passport;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The request bodies of {@code /api/passports} as the OpenAPI document declares them, with the members a document
 * must have and the limits {@link PassportDocumentReader} enforces. Documentation only: the resource reads the body
 * itself (JsonInput), so that every refusal names the field and the rule.
 */
final class PassportBodies {

    private PassportBodies() {
    }

    static final String EVIDENCE = "Evidence of the value (guideline §3.3 condition 7); a plain string (the reference"
            + " alone) is accepted too";

    @Schema(name = "PassportDocument", description = "A passport's document: the product and the guideline's values."
            + " A member that is null is the same as an absent one; other members are refused.",
            requiredProperties = {"product", "values"})
    record Document(Product product,
                    @Schema(maxLength = 40, example = "2025-1", description = "default: the newest") String guidelineVersion,
                    @Schema(minimum = "0", example = "1850") Double massGram,
                    ReferenceLists referenceLists,
                    Values values,
                    @Schema(type = SchemaType.OBJECT, description = "results of separate, labelled methods"
                            + " (POST /api/passports/{id}/methods/{method}); written by the server")
                    Object calculatedMethods) {
    }

    @Schema(name = "PassportProduct", requiredProperties = {"name"})
    record Product(@Schema(maxLength = 300, example = "urn:gtin:08712345678906") String id,
                   @Schema(maxLength = 300, minLength = 1, example = "Laptop 14") String name,
                   @Schema(maxLength = 300, example = "L14-2025") String model,
                   @Schema(maxLength = 300, example = "Voorbeeld Computers B.V.") String manufacturer,
                   @Schema(maxLength = 200, example = "ICT hardware") String productGroup) {
    }

    @Schema(name = "PassportReferenceLists", description = "the reference lists to check against; default: the newest")
    record ReferenceLists(@Schema(maxLength = 80, example = "eu-crm-2023") String crm,
                          @Schema(maxLength = 80, example = "zzs-demo-2025-01") String zzs) {
    }

    @Schema(name = "PassportValues", description = "The guideline's values by code (A1.1–A3.1, B1, B2.1, C1.1–C4.1);"
            + " a code a guideline version adds is free JSON")
    record Values(@Schema(name = "A1.1", description = "materials") List<Amount> a11,
                  @Schema(name = "A1.2", description = "recycled content, part of an A1.1 material") List<Amount> a12,
                  @Schema(name = "A1.3") List<Amount> a13,
                  @Schema(name = "A1.4", description = "substances of very high concern (ZZS)") List<Amount> a14,
                  @Schema(name = "A2.1", description = "recoverable, part of an A1.1 material") List<Amount> a21,
                  @Schema(name = "A2.2", description = "part of an A1.1 material") List<Amount> a22,
                  @Schema(name = "A3.1") List<Amount> a31,
                  @Schema(name = "B1", description = "greenhouse gas emissions per life-cycle phase") Ghg b1,
                  @Schema(name = "B2.1") Biodiversity b21,
                  @Schema(name = "C1.1") Years c11, @Schema(name = "C1.2") Years c12,
                  @Schema(name = "C1.3") Years c13, @Schema(name = "C1.4") Years c14,
                  @Schema(name = "C2.1") Text c21, @Schema(name = "C3.1") Text c31, @Schema(name = "C4.1") Text c41) {
    }

    @Schema(name = "PassportAmount", description = "A mass of a material (or, in A1.4, a substance); `material` or"
            + " `substance` is required", requiredProperties = {"massGram"})
    record Amount(@Schema(maxLength = 300, example = "aluminium") String material,
                  @Schema(maxLength = 300) String substance,
                  @Schema(maxLength = 20, example = "7429-90-5", description = "with a valid check digit") String cas,
                  @Schema(minimum = "0", example = "420") Double massGram,
                  @Schema(minimum = "0", maximum = "100") Double percent,
                  @Schema(enumeration = "g", description = "masses are in gram") String unit,
                  @Schema(maxLength = 300, example = "scale") String method,
                  @Schema(enumeration = {"measured", "calculated", "indicative"}) String dataQuality,
                  @Schema(description = EVIDENCE) List<Evidence> evidence) {
    }

    @Schema(name = "PassportEvidence", requiredProperties = {"ref"})
    record Evidence(@Schema(maxLength = 1000, example = "doc:bom-2025-03.pdf") String ref,
                    @Schema(pattern = "^[0-9a-fA-F]{64}$") String sha256) {
    }

    @Schema(name = "PassportGhg", description = "B1: grams CO2-eq per phase; recycling may be a credit (negative)")
    record Ghg(@Schema(minimum = "0") Double productionGram, @Schema(minimum = "0") Double transportGram,
               @Schema(minimum = "0") Double useGram, Double recyclingGram,
               @Schema(minimum = "0") Double serviceLifeYears,
               Double productionPercent, Double transportPercent, Double usePercent, Double recyclingPercent,
               @Schema(maxLength = 10_000) String explanation,
               @Schema(maxLength = 300, example = "PEF EF 3.1") String method,
               @Schema(enumeration = {"measured", "calculated", "indicative"}) String dataQuality,
               @Schema(description = EVIDENCE) List<Evidence> evidence) {
    }

    @Schema(name = "PassportBiodiversity", requiredProperties = {"value", "unit"})
    record Biodiversity(Double value, @Schema(maxLength = 60) String unit,
                        @Schema(maxLength = 300) String method,
                        @Schema(enumeration = {"measured", "calculated", "indicative"}) String dataQuality,
                        @Schema(description = EVIDENCE) List<Evidence> evidence) {
    }

    @Schema(name = "PassportYears", requiredProperties = {"years"})
    record Years(@Schema(minimum = "0", example = "6") Double years,
                 @Schema(maxLength = 300) String method,
                 @Schema(enumeration = {"measured", "calculated", "indicative"}) String dataQuality,
                 @Schema(description = EVIDENCE) List<Evidence> evidence) {
    }

    @Schema(name = "PassportText", requiredProperties = {"text"})
    record Text(@Schema(maxLength = 10_000, minLength = 1) String text,
                @Schema(minimum = "0", maximum = "100") Double percent,
                @Schema(maxLength = 300) String method,
                @Schema(enumeration = {"measured", "calculated", "indicative"}) String dataQuality,
                @Schema(description = EVIDENCE) List<Evidence> evidence) {
    }

    @Schema(name = "FeedbackRequest", requiredProperties = {"text"})
    record FeedbackRequest(@Schema(minLength = 1, maxLength = 4000) String text,
                           @Schema(pattern = "^[A-Z][0-9]+(\\.[0-9]+)?$", example = "A1.1", description = "the guideline code it is about") String code,
                           @Schema(minimum = "0", description = "the published version it is about; default: the passport") Integer version,
                           @Schema(maxLength = 200) String authorName,
                           @Schema(maxLength = 200) String authorContact) {
    }

    @Schema(name = "FeedbackStatusChange", requiredProperties = {"status"})
    record FeedbackStatusChange(@Schema(enumeration = {"open", "acknowledged", "resolved", "rejected"}) String status,
                                @Schema(maxLength = 2000) String note) {
    }

    @Schema(name = "GuidelineVersionRequest", requiredProperties = {"id"})
    record GuidelineVersionRequest(@Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", example = "2026-1") String id,
                                   @Schema(example = "Guideline 2026-1") String title,
                                   String notes,
                                   @Schema(description = "codes required for completeness") List<String> required,
                                   List<String> optional,
                                   @Schema(name = "new", description = "codes this version adds to the catalogue (free JSON values)")
                                   List<String> added) {
    }
}
