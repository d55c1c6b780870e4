package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The MKI project document of docs/mki.md: everything a calculation needs (settings, embedded product cards, the
 * object tree and the lines), so that anyone can re-run a published figure from it. Immutable; built by
 * {@link ProjectDocumentReader}, written back by {@link ProjectDocumentWriter}.
 *
 * @param name             project name
 * @param protocolVersion  RWS MKI protocol version the contract prescribes ({@code "3.0"}, {@code "3.1"}, {@code "4.0"})
 * @param weighting        id of the shadow-price set, e.g. {@code "nmd-set-1"}
 * @param serviceLifeYears reference period of the work, years, &gt; 0
 * @param nmdVersion       NMD date-version prescribed by the contract (§1.4); null when not stated
 * @param sections         the protocol §3 sections the contract selects; null means all
 * @param cards            the product cards, embedded
 * @param objects          the object tree (and the earthwork object beside it)
 * @param lines            the lines, in document order
 */
public record ProjectDocument(String name, String protocolVersion, String weighting, double serviceLifeYears,
                              String nmdVersion, List<String> sections, List<Card> cards,
                              List<ProjectObject> objects, List<Line> lines) {

    public ProjectDocument {
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        Objects.requireNonNull(weighting, "weighting");
        name = name == null ? "" : name;
        sections = sections == null ? null : List.copyOf(sections);
        cards = List.copyOf(cards);
        objects = List.copyOf(objects);
        lines = List.copyOf(lines);
    }

    /**
     * A product card with its impact profile per functional unit.
     *
     * @param impacts module → (indicator code → value per functional unit), in document order (the order in
     *                which the weighting sums, so kept for last-digit reproducibility)
     * @param indicatorUnits indicator code → the unit the card states its values in (e.g. {@code "ADPF": "MJ"},
     *                as EN 15804+A2 data states fossil depletion); an indicator it leaves out is taken in the unit of
     *                the shadow-price set, and the result says so
     */
    public record Card(String id, String name, DataCategory dataCategory, String unit, Double lifespanYears,
                       boolean representative, String source, String libraryVersion, boolean releasedMaterialCard,
                       Map<LcaModule, Map<String, Double>> impacts, Map<String, Object> attributes,
                       Map<String, String> indicatorUnits) {

        public Card {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dataCategory, "dataCategory");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(impacts, "impacts");
            attributes = attributes == null ? Map.of() : attributes;
            indicatorUnits = indicatorUnits == null ? Map.of() : indicatorUnits;
        }

        /** A card that states no indicator units. */
        public Card(String id, String name, DataCategory dataCategory, String unit, Double lifespanYears,
                    boolean representative, String source, String libraryVersion, boolean releasedMaterialCard,
                    Map<LcaModule, Map<String, Double>> impacts, Map<String, Object> attributes) {
            this(id, name, dataCategory, unit, lifespanYears, representative, source, libraryVersion,
                    releasedMaterialCard, impacts, attributes, Map.of());
        }
    }

    /** An object of the work's structure (§2.1.2); {@code parent} null for a root. */
    public record ProjectObject(String id, String name, String parent, boolean earthwork) {

        public ProjectObject {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A line: {@code quantity} in {@code unit} (the card's functional unit) of {@code card} in {@code object}.
     *
     * @param temporary  kind of temporary item, or null
     * @param attributes free data for section rules (String, Long, Double, Boolean, List, Map)
     */
    public record Line(String id, String object, String card, double quantity, String unit, Flow flow,
                       String section, String temporary, boolean restscope, Map<String, Object> attributes) {

        public Line {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(flow, "flow");
            attributes = attributes == null ? Map.of() : attributes;
        }

        /** @return the same line with another quantity (a what-if edit, MkiEngine.Compilation.withQuantity) */
        public Line withQuantity(double q) {
            return new Line(id, object, card, q, unit, flow, section, temporary, restscope, attributes);
        }
    }
}
