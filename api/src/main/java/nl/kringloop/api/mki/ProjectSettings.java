package nl.kringloop.api.mki;

import java.util.Objects;
import java.util.Set;

/**
 * The project-wide settings of an MKI calculation, read-only, as a rule sees them.
 *
 * @param name             the project's name
 * @param protocolVersion  the RWS MKI protocol version the contract prescribes: {@code "3.0"}, {@code "3.1"}
 *                         or {@code "4.0"}
 * @param weightingId      id of the shadow-price set, e.g. {@code "nmd-set-1"}
 * @param serviceLifeYears reference period of the work in years (contract), &gt; 0
 * @param nmdVersion       the NMD date-version the contract prescribes (RWS-MKI 4.0 §1.4); null when not stated
 * @param sections         the protocol §3 sections the contract selects (e.g. {@code "soil"}); null means all
 */
public record ProjectSettings(String name, String protocolVersion, String weightingId, double serviceLifeYears,
                              String nmdVersion, Set<String> sections) {

    public ProjectSettings {
        Objects.requireNonNull(protocolVersion, "protocolVersion");
        sections = sections == null ? null : Set.copyOf(sections);
    }

    /** @return true when the contract selects this §3 section (no selection means every section) */
    public boolean sectionSelected(String section) {
        return sections == null || sections.contains(section);
    }
}
