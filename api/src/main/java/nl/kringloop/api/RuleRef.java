package nl.kringloop.api;

import java.util.Objects;

/**
 * A reference to the rule of a source document that a piece of code implements, e.g. document
 * {@code "RWS-MKI 4.0"} and section {@code "§3.1.3"}. It appears in results, findings and test names
 * so that a reviewer can trace a figure to the paragraph that demands it.
 *
 * @param document the source document and its version, e.g. {@code "RWS-MKI 4.0"}, {@code "NMD Bepalingsmethode"}
 * @param section  the section, paragraph or table inside that document, e.g. {@code "§2.2b"}, {@code "Annex C table 36"}
 */
public record RuleRef(String document, String section) {

    public RuleRef {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
    }

    /** @return the citation as shown to users, e.g. {@code "RWS-MKI 4.0 §2.2b"} */
    public String label() {
        return section.isEmpty() ? document : document + " " + section;
    }

    @Override
    public String toString() {
        return label();
    }
}
