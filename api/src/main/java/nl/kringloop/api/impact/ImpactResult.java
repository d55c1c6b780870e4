package nl.kringloop.api.impact;

import nl.kringloop.api.Finding;

import java.util.List;
import java.util.Objects;

/**
 * The answer of an {@link ImpactMethod}. The host adds the plugin id and version that produced it.
 *
 * @param method        the method and its version, e.g. "PEF EF 3.1 single score", "ReCiPe 2016 v1.1 H"
 * @param score         the single score or total, in {@code scoreUnit}; {@code null} when the method gives only
 *                      characterised values
 * @param scoreName     what the score is, e.g. "EF 3.1 single score", "damage to ecosystems"
 * @param scoreUnit     e.g. {@code "Pt"} (EF: one person's weighted yearly impact), {@code "species.yr"}
 * @param characterised characterised values (e.g. damage per ecosystem), possibly empty
 * @param terms         per-indicator contributions
 * @param notes         data-quality notes: unknown indicators (not counted), flagged or disputed factors used
 * @param factorFile    the data file the factors came from, with its source and version
 */
public record ImpactResult(String method, Double score, String scoreName, String scoreUnit,
                           List<CharacterisedValue> characterised, List<ImpactTerm> terms, List<Finding> notes,
                           FactorFile factorFile) {

    public ImpactResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(factorFile, "factorFile");
        characterised = characterised == null ? List.of() : List.copyOf(characterised);
        terms = terms == null ? List.of() : List.copyOf(terms);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
