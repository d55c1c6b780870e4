package nl.kringloop.plugins.rws;

import nl.kringloop.api.RuleRef;

import java.util.Set;

/**
 * The protocol this plugin implements: Rijkswaterstaat "Berekenen en aantonen MKI-waarde". Paragraph letters
 * are those of version 4.0 (2023), which renumbered the chapters; rules that differ by version say so.
 */
final class RwsProtocol {

    /** Every version a contract may prescribe. */
    static final Set<String> ALL_VERSIONS = Set.of("3.0", "3.1", "4.0");

    private RwsProtocol() {
    }

    /** @return a reference to a paragraph of version 4.0, e.g. {@code ref("§2.2b")} */
    static RuleRef ref(String section) {
        return new RuleRef("RWS-MKI 4.0", section);
    }

    /** @return true for the 3.x versions, which apply the category 3 mark-up always */
    static boolean isVersion3(String protocolVersion) {
        return protocolVersion.startsWith("3.");
    }
}
