package nl.kringloop.api.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A dimensionless multiplicative factor a rule applies to a line's MKI per LCA module, e.g. the category 3
 * mark-up ({@code RWS-MKI 4.0 §2.2b}, "category 3 mark-up", 1.30) or a scope limit (0 on modules A and B
 * for released material, §2.1.1c). MKI euro of a line per module = quantity × Π factors × weighted euro per
 * unit of the card. Shown in the result's trace so every figure can be traced to its rule.
 *
 * @param rule    the rule that demands it
 * @param name    what it is, for people ("category 3 mark-up")
 * @param value   the factor; finite; 0 removes the modules from scope
 * @param modules the modules it applies to; empty means every module
 */
public record MkiFactor(RuleRef rule, String name, double value, Set<LcaModule> modules) {

    public MkiFactor {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("factor must be finite: " + name + " = " + value);
        }
        modules = modules == null || modules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modules));
    }

    /** A factor on every module. */
    public static MkiFactor onAll(RuleRef rule, String name, double value) {
        return new MkiFactor(rule, name, value, Set.of());
    }

    /** A factor on the given modules only. */
    public static MkiFactor on(RuleRef rule, String name, double value, Set<LcaModule> modules) {
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no modules given for factor " + name);
        }
        return new MkiFactor(rule, name, value, modules);
    }

    /** @return true when the factor applies to this module */
    public boolean appliesTo(LcaModule module) {
        return modules.isEmpty() || modules.contains(module);
    }
}
