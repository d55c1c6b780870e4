package nl.kringloop.api.impact;

import java.util.List;
import java.util.Objects;

/**
 * How one indicator value contributed to a result, so the arithmetic can be redone: for PEF
 * {@code (I / NF) · WF}, for ReCiPe {@code I · CF}.
 *
 * @param indicator    the indicator code
 * @param target       what it contributes to, e.g. {@code "single score"}, {@code "terrestrial ecosystems"}
 * @param value        the input value, in {@code unit}
 * @param unit         the input unit
 * @param factors      the factors applied, in order
 * @param contribution the result, in {@code contributionUnit}
 * @param contributionUnit e.g. {@code "Pt"}, {@code "species.yr"}
 */
public record ImpactTerm(String indicator, String target, double value, String unit, List<Factor> factors,
                         double contribution, String contributionUnit) {

    public ImpactTerm {
        Objects.requireNonNull(indicator, "indicator");
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
