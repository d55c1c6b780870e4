package nl.kringloop.mki;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The request bodies of the MKI calculation and projects as the OpenAPI document declares them, with the members
 * {@link ProjectDocumentReader} requires and the limits of the columns. Documentation only: the resources read the
 * body themselves (JsonInput), so that every refusal names the field.
 */
final class MkiBodies {

    private MkiBodies() {
    }

    static final String IMPACTS = "LCA module (A1-A3, A4, A5, B1…, C1…, D) → indicator code (GWP, AP, ADPF, …) → value"
            + " per unit of the card";

    @Schema(name = "MkiProjectDocument", description = "A whole project document, as calculated and stored",
            requiredProperties = {"protocolVersion", "weighting", "serviceLifeYears", "cards", "objects", "lines"})
    record Document(@Schema(maxLength = MkiProjectEntity.NAME_LENGTH, example = "N201 groot onderhoud") String name,
                    @Schema(enumeration = {"3.0", "3.1", "4.0"}) String protocolVersion,
                    @Schema(example = "nmd-set-1") String weighting,
                    @Schema(exclusiveMinimum = true, minimum = "0", example = "50") Double serviceLifeYears,
                    @Schema(example = "NMD 3.7 (2024-03-01)") String nmdVersion,
                    List<String> sections, List<Card> cards, List<ProjectObject> objects, List<Line> lines) {
    }

    @Schema(name = "MkiProjectCreate", description = "A new project: the document's members; protocolVersion,"
            + " weighting and serviceLifeYears default, cards of the library that lines name are embedded",
            requiredProperties = {"name"})
    record Create(@Schema(minLength = 1, maxLength = MkiProjectEntity.NAME_LENGTH, example = "N201 groot onderhoud")
                  String name,
                  @Schema(enumeration = {"3.0", "3.1", "4.0"}) String protocolVersion,
                  @Schema(example = "nmd-set-1") String weighting,
                  @Schema(exclusiveMinimum = true, minimum = "0", example = "50") Double serviceLifeYears,
                  @Schema(example = "NMD 3.7 (2024-03-01)") String nmdVersion,
                  List<String> sections, List<Card> cards, List<ProjectObject> objects, List<Line> lines) {
    }

    @Schema(name = "MkiCard", requiredProperties = {"id", "dataCategory", "unit", "impacts"})
    record Card(@Schema(minLength = 1, example = "c-ac16") String id, String name,
                @Schema(enumeration = {"1", "2", "3", "3a"}) String dataCategory,
                @Schema(example = "t") String unit,
                @Schema(exclusiveMinimum = true, minimum = "0") Double lifespanYears,
                Boolean representative, String source, String libraryVersion, Boolean releasedMaterialCard,
                @Schema(description = "unit per indicator code, e.g. {\"ADPF\": \"MJ\"}") Map<String, String> indicatorUnits,
                @Schema(description = IMPACTS) Map<String, Map<String, Double>> impacts) {
    }

    @Schema(name = "MkiObject", requiredProperties = {"id"})
    record ProjectObject(@Schema(minLength = 1, example = "o1") String id,
                         @Schema(example = "Hoofdrijbaan") String name,
                         @Schema(description = "the id of the enclosing object") String parent,
                         Boolean earthwork) {
    }

    @Schema(name = "MkiObjectPatch", description = "a JSON merge patch (RFC 7396) of an object; its id cannot change")
    record ObjectPatch(String name, String parent, Boolean earthwork) {
    }

    @Schema(name = "MkiLine", requiredProperties = {"id", "object", "quantity"})
    record Line(@Schema(minLength = 1, example = "L1") String id,
                @Schema(example = "o1", description = "the id of an object of the project") String object,
                @Schema(example = "c-ac16", description = "the id of a card of the project or the library") String card,
                @Schema(example = "1200") Double quantity,
                @Schema(example = "t", description = "default: the card's unit") String unit,
                @Schema(enumeration = {"entering", "reused-within", "released"}, defaultValue = "entering") String flow,
                String section, String temporary, Boolean restscope,
                @Schema(type = SchemaType.OBJECT, description = "free attributes of the line") Map<String, Object> attributes) {
    }

    @Schema(name = "MkiLinePatch", description = "a JSON merge patch (RFC 7396) of a line; its id cannot change")
    record LinePatch(String object, String card, Double quantity, String unit,
                     @Schema(enumeration = {"entering", "reused-within", "released"}) String flow,
                     String section, String temporary, Boolean restscope,
                     @Schema(type = SchemaType.OBJECT) Map<String, Object> attributes) {
    }

    @Schema(name = "MkiVariantRequest", requiredProperties = {"label"})
    record VariantRequest(@Schema(minLength = 1, maxLength = MkiProjectEntity.LABEL_LENGTH, example = "warm asfalt")
                          String label) {
    }

    /** indicator code → value: the inner map of an impact profile */
    @Schema(name = "MkiIndicatorValues", type = SchemaType.OBJECT, additionalProperties = Double.class,
            description = "indicator code (GWP, AP, …) → value")
    static final class IndicatorValues {
        private IndicatorValues() {
        }
    }
}
