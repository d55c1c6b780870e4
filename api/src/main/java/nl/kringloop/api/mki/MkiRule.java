package nl.kringloop.api.mki;

import nl.kringloop.api.KringloopExtension;

import java.util.Set;

/**
 * Extension point: one rule of an MKI protocol (RWS "Berekenen en aantonen MKI-waarde"), e.g. the category 3
 * mark-up of §2.2b. One extension is one rule, a small class named after what it does, citing its
 * {@link nl.kringloop.api.RuleRef} in every factor and finding, and in {@link #describe()}.
 *
 * <p>The host knows no section numbers: every protocol rule comes from a plugin. Per calculation it runs, per
 * rule whose {@link #protocolVersions()} contain the project's version:
 * <ol>
 *   <li>{@link #line(LineContext)} for every line, all inside one time-limited call (never one call per line);
 *       the host then computes every line's MKI: quantity × Π factors × weighted euro per unit, per module;</li>
 *   <li>{@link #project(ProjectView)} once, in a second time-limited call, with every line's MKI known.</li>
 * </ol>
 * A rule that throws for a line gives that line an error finding naming the plugin and its version; a rule
 * must instead return findings for bad input (errors are data). Implementations are stateless and
 * thread-safe.
 */
public interface MkiRule extends KringloopExtension {

    /** @return the protocol versions the rule applies to, e.g. {@code Set.of("3.0", "3.1", "4.0")} */
    Set<String> protocolVersions();

    /**
     * The per-line hook: factors per LCA module and findings for one line. Called for every line, in document
     * order, including lines other rules refuse.
     *
     * @return {@link LineOutcome#NONE} when the rule does not concern the line
     */
    default LineOutcome line(LineContext context) {
        return LineOutcome.NONE;
    }

    /**
     * The project-level hook, run after every line's MKI is known: for rules over totals (restscope ≤ 5 %,
     * §4.1; commuting &lt; 5 % of energy, §3.2.1a) or over several lines (process lines linked to a line).
     *
     * @return {@link ProjectOutcome#NONE} when the rule has nothing to say
     */
    default ProjectOutcome project(ProjectView project) {
        return ProjectOutcome.NONE;
    }

    /**
     * Whether {@link #project(ProjectView)}'s outcome may change when a line's quantity changes. A rule that answers
     * false promises that its project hook reads no line's {@link LineView#quantity()} and no MKI figure
     * ({@link ProjectView#lineMkiEuro}, {@link ProjectView#lineModuleMkiEuro}, {@link ProjectView#totalMkiEuro}):
     * only the settings, the lines' other fields, cards, objects and {@link ProjectView#counted}. After an edit of
     * one line's quantity (a what-if edit) the host then keeps the rule's previous outcome instead of calling the
     * hook over every line again; it calls it again when the edited line's {@code counted} changes. Asked once per
     * calculation, with the project hook.
     *
     * @return true (the default, always safe) when the outcome may depend on a quantity or a figure
     */
    default boolean projectOutcomeDependsOnQuantities() {
        return true;
    }
}
