package nl.kringloop.api.mki;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule says about one line: factors per module and findings. A line that gets an
 * {@link Severity#ERROR} finding from any rule is refused: it counts 0 and the result is not valid (e.g. an
 * incomplete LCA, §2.2c). To leave a line out of scope without refusing it, give a factor 0 on every module
 * and an {@link Severity#INFO} finding (e.g. an excluded temporary item, §2.1.1d).
 *
 * <p>A rule may also {@link LinePricing price} the line by another card or a fixed published figure (§3.2.2b,
 * §3.3); factors of every rule still apply to that price.
 *
 * @param factors  multiplicative factors, applied in the order given
 * @param findings findings about the line
 * @param pricing  how to price the line instead of by its card; null keeps the card
 */
public record LineOutcome(List<MkiFactor> factors, List<Finding> findings, LinePricing pricing) {

    /** The rule has nothing to say about the line. */
    public static final LineOutcome NONE = new LineOutcome(List.of(), List.of(), null);

    public LineOutcome {
        factors = factors == null ? List.of() : List.copyOf(factors);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** An outcome without pricing: factors and findings only. */
    public LineOutcome(List<MkiFactor> factors, List<Finding> findings) {
        this(factors, findings, null);
    }

    public static LineOutcome of(MkiFactor factor) {
        return new LineOutcome(List.of(factor), List.of());
    }

    public static LineOutcome of(Finding finding) {
        return new LineOutcome(List.of(), List.of(finding));
    }

    public static LineOutcome of(MkiFactor factor, Finding finding) {
        return new LineOutcome(List.of(factor), List.of(finding));
    }

    /** @return this outcome with one more finding */
    public LineOutcome with(Finding finding) {
        List<Finding> f = new ArrayList<>(findings);
        f.add(finding);
        return new LineOutcome(factors, f, pricing);
    }

    /** @return this outcome pricing the line as given */
    public LineOutcome with(LinePricing linePricing) {
        return new LineOutcome(factors, findings, linePricing);
    }

    /** @return this outcome with one more factor */
    public LineOutcome with(MkiFactor factor) {
        List<MkiFactor> f = new ArrayList<>(factors);
        f.add(factor);
        return new LineOutcome(f, findings, pricing);
    }

    /** @return true when the outcome refuses the line */
    public boolean refuses() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
