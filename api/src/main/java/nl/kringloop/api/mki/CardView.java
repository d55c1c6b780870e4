package nl.kringloop.api.mki;

import nl.kringloop.api.LcaModule;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A product card (NMD product card or own LCA) as a rule sees it: its metadata, not its impact figures
 * (the host weights those, rule 1). Impact values are per functional unit {@link #unit()}.
 *
 * @param id                   the card's id in the document
 * @param name                 human name
 * @param dataCategory         the NMD data category (§2.2, Annex A)
 * @param unit                 the functional unit, e.g. {@code "t"}, {@code "m3"}, {@code "kWh"}
 * @param lifespanYears        the service life of the product in years; null when the card does not state one
 * @param representative       true when the card is argued representative for the work (§2.2b, §4.2c)
 * @param source               the card's source (report, NMD id); may be empty
 * @param libraryVersion       the NMD date-version the card comes from (§1.4); null when not stated
 * @param releasedMaterialCard true when the card describes released material (used by the soil rules, §3.1.3)
 * @param modules              the LCA modules for which the card gives impact values
 * @param attributes           free further data of the card: String, Number, Boolean, List or Map values; read-only
 */
public record CardView(String id, String name, DataCategory dataCategory, String unit, Double lifespanYears,
                       boolean representative, String source, String libraryVersion, boolean releasedMaterialCard,
                       Set<LcaModule> modules, Map<String, Object> attributes) {

    public CardView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataCategory, "dataCategory");
        source = source == null ? "" : source;
        modules = Set.copyOf(modules);
        attributes = attributes == null ? Map.of() : attributes;
    }

    /**
     * The card a line without a card shows to rules: id {@code ""}, no figures, category 3a (no mark-up, no
     * §2.2c). Such a line counts only when a rule {@link LinePricing prices} it, e.g. from Annex C.
     *
     * @param unit the line's unit
     */
    public static CardView none(String unit) {
        return new CardView("", "no card", DataCategory.THREE_A, unit, null, false, "", null, false, Set.of(),
                Map.of());
    }

    /** @return true when this is the stand-in for a line without a card */
    public boolean isNone() {
        return id.isEmpty();
    }

    /** @return true when the card gives figures for this module */
    public boolean has(LcaModule module) {
        return modules.contains(module);
    }

    /** @return true when the card gives figures only for the product stage A1–A3 (an incomplete LCA, §2.2c) */
    public boolean onlyProductStage() {
        return !modules.isEmpty() && modules.stream().allMatch(LcaModule::isProductStage);
    }
}
