package nl.kringloop.passport;

import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;

/**
 * A passport as submitted (docs/passport-register.md), after validation. Masses in gram, GHG in gram CO2-eq, times in years.
 * Values the register derives itself (percentages, A1.3, the GHG shares) may be submitted too; they are then
 * compared with the derivation, never taken on trust.
 */
public record PassportDocument(Product product, String guidelineVersion, Double massGram, ReferenceChoice referenceLists,
                               Map<String, List<Amount>> amounts, Ghg ghg, Biodiversity biodiversity,
                               Map<String, Years> years, Map<String, Text> texts, Map<String, JsonValue> otherCodes) {

    /** @param id a persistent unique product identifier, e.g. {@code urn:gtin:08712345678906} (ESPR Art. 10) */
    public record Product(String id, String name, String model, String manufacturer, String productGroup) {
    }

    /** Which list versions the passport was checked against (ids of {@code /api/reference/lists}). */
    public record ReferenceChoice(String crm, String zzs) {
    }

    /** How a value was obtained (guideline conditions 7, 15). */
    public record Meta(String method, List<Evidence> evidence, String dataQuality) {
        public static final List<String> DATA_QUALITIES = List.of("measured", "calculated", "indicative");
    }

    /** A document backing a value; the hash lets a reader check they see the same document. */
    public record Evidence(String ref, String sha256) {
    }

    /**
     * One line of a list variable (A1.1–A3.1).
     *
     * @param name    the material, or for A1.4 the substance
     * @param percent a submitted percentage, compared with the derived one
     */
    public record Amount(String name, String cas, double massGram, Double percent, Meta meta) {
    }

    /** B1.1–B1.4: GHG per life-cycle phase, gram CO2-eq; recycling may be negative (a credit). */
    public record Ghg(Double productionGram, Double transportGram, Double useGram, Double recyclingGram,
                      Double serviceLifeYears, String explanation, Map<String, Double> submittedPercent, Meta meta) {
    }

    /** B2.1 */
    public record Biodiversity(double value, String unit, Meta meta) {
    }

    /** C1.1–C1.4 */
    public record Years(double years, Meta meta) {
    }

    /** C2.1, C3.1, C4.1 */
    public record Text(String text, Double percent, Meta meta) {
    }

    public List<Amount> amounts(String code) {
        return amounts.getOrDefault(code, List.of());
    }

    /** true when the document gives a value for the code (B1.x through the B1 block) */
    public boolean has(String code) {
        return switch (code) {
            case "B1.1" -> ghg != null && ghg.productionGram() != null;
            case "B1.2" -> ghg != null && ghg.transportGram() != null;
            case "B1.3" -> ghg != null && ghg.useGram() != null;
            case "B1.4" -> ghg != null && ghg.recyclingGram() != null;
            case "B2.1" -> biodiversity != null;
            default -> amounts.containsKey(code) || years.containsKey(code) || texts.containsKey(code)
                    || otherCodes.containsKey(code);
        };
    }
}
