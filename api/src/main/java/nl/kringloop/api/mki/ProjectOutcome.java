package nl.kringloop.api.mki;

import nl.kringloop.api.Finding;

import java.util.List;

/**
 * What a rule says about the project as a whole, once every line's MKI is known: findings (an
 * {@link nl.kringloop.api.Severity#ERROR} makes the result not valid, e.g. restscope above 5 %, §4.1) and
 * lines to leave out of the total.
 *
 * @param findings   project-level findings; a finding whose {@link Finding#field()} is inside a line
 *                   ({@code lines[12].card}) is shown with that line too
 * @param exclusions lines to leave out (count 0) with the reason
 */
public record ProjectOutcome(List<Finding> findings, List<LineExclusion> exclusions) {

    /** The rule has nothing to say about the project. */
    public static final ProjectOutcome NONE = new ProjectOutcome(List.of(), List.of());

    public ProjectOutcome {
        findings = findings == null ? List.of() : List.copyOf(findings);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public static ProjectOutcome of(List<Finding> findings) {
        return new ProjectOutcome(findings, List.of());
    }
}
