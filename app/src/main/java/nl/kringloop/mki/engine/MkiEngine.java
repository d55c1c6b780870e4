package nl.kringloop.mki.engine;

import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.MkiCalculationService;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;

import java.util.List;

/**
 * The MKI calculation of docs/mki.md as a pure function: document + shadow-price set + rules → {@link MkiResult}.
 * No database, no container ({@link MkiCalculationService} wraps it for the server). The host knows no protocol
 * section: every protocol rule comes from a {@link RuleBinding}. The phases, in order, are {@link #compile}'s lines.
 */
public final class MkiEngine {

    private MkiEngine() {
    }

    /** Which shadow-price set, from which plugin, weighted the cards. */
    public record WeightingSource(ShadowPriceSet set, String pluginId, String pluginVersion) {
    }

    /** Compiles and sums: the whole calculation. */
    public static MkiResult calculate(ProjectDocument doc, WeightingSource weighting, List<RuleBinding> rules) {
        Compilation c = compile(doc, weighting, rules);
        return c.result(c.project.recalculate());
    }

    /**
     * Every phase up to the compiled arrays, with the trace (factors, findings) the result needs;
     * {@link Compilation#project} can then be recalculated any number of times.
     *
     * @throws nl.kringloop.platform.ProblemException (400) when a card's indicator unit is not the set's
     */
    public static Compilation compile(ProjectDocument doc, WeightingSource weighting, List<RuleBinding> rules) {
        Trace trace = new Trace(doc.lines().size());
        ProjectIndex index = ProjectIndex.of(doc);
        CardWeighing.WeighedCards cards = CardWeighing.weigh(doc, weighting, trace);
        RulePass pass = RulePass.run(index, rules, trace);
        PricingTable table = PricingTable.build(index, cards, pass, trace);
        CompiledProject project = CompiledProject.of(index, table, pass);
        ProjectPass.run(index, project, pass.applied, trace);
        return new Compilation(index, weighting, trace, project, table.pricingUsed);
    }

    /** A compiled project with everything the rules said about it. */
    public static final class Compilation {

        public final CompiledProject project;
        final ProjectIndex index;
        final WeightingSource weighting;
        final Trace trace;
        /** line position → how a rule priced it; null when its card prices it */
        final MkiResult.PricingUsed[] pricingUsed;

        private Compilation(ProjectIndex index, WeightingSource weighting, Trace trace, CompiledProject project,
                            MkiResult.PricingUsed[] pricingUsed) {
            this.index = index;
            this.weighting = weighting;
            this.trace = trace;
            this.project = project;
            this.pricingUsed = pricingUsed;
        }

        /** Builds the result from a recalculation. */
        public MkiResult result(CompiledProject.Totals t) {
            return ResultAssembler.assemble(this, t);
        }
    }
}
