package nl.kringloop.api.circularity;

import nl.kringloop.api.RuleRef;

import java.util.regex.Pattern;

/**
 * The source sections the checks of every {@link BillOfMaterials} cite: the steps and definitions of the CPF guide
 * (the guide "Circular Product Footprint"), which define the bill's terms. A method cites its own formula itself.
 */
public final class CircularityRules {

    private CircularityRules() {
    }

    /** The CPF guide's definitions (product, component, compostable, …). */
    public static final RuleRef DEFINITIONS = new RuleRef("CPF guide", "definitions");

    /**
     * What a compostability standard must look like (CPF guide, definitions: compostability proven by an ASTM,
     * ISO, CEN or DIN standard): e.g. {@code ASTM D6400}, {@code ASTM D6400-04}, {@code EN 13432},
     * {@code DIN EN 13432}, {@code ISO 17088:2021}, {@code EN ISO 14855-1}, {@code CEN/TS 16295}.
     */
    public static final Pattern STANDARD_IDENTIFIER = Pattern.compile(
            "(?i)(?:ASTM\\s+[A-Z]\\s?\\d{1,5}(?:-\\d{2,4}[a-z]?)?"
                    + "|(?:DIN\\s+(?:EN\\s+)?(?:ISO\\s+)?|(?:NEN-)?EN\\s+(?:ISO\\s+)?|ISO\\s+|CEN/T[SR]\\s+)"
                    + "\\d{3,5}(?:-\\d{1,3})*(?::\\d{4})?)");

    /** @return step {@code n} (1–8) of the CPF guide, e.g. label "CPF guide step 3" */
    public static RuleRef step(int n) {
        if (n < 1 || n > 8) {
            throw new IllegalArgumentException("the CPF guide has steps 1 to 8: " + n);
        }
        return new RuleRef("CPF guide", "step " + n);
    }
}
