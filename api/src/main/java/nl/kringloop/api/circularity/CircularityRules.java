package nl.kringloop.api.circularity;

import nl.kringloop.api.RuleRef;

/**
 * The source sections circularity rules cite: the steps of the CPF guide (seed "Circular Product Footprint")
 * and the published Kringloop CPF method (SPEC §5, {@code docs/methods/cpf.md}).
 */
public final class CircularityRules {

    private CircularityRules() {
    }

    /** The CPF guide's definitions (product, component, compostable, …). */
    public static final RuleRef DEFINITIONS = new RuleRef("CPF guide", "definitions");

    /** The Kringloop CPF formula, version 1.0. */
    public static final RuleRef KRINGLOOP_CPF = new RuleRef("Kringloop CPF 1.0", "SPEC §5");

    /** @return step {@code n} (1–8) of the CPF guide, e.g. label "CPF guide step 3" */
    public static RuleRef step(int n) {
        if (n < 1 || n > 8) {
            throw new IllegalArgumentException("the CPF guide has steps 1 to 8: " + n);
        }
        return new RuleRef("CPF guide", "step " + n);
    }
}
