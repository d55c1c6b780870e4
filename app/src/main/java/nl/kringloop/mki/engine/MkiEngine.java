package nl.kringloop.mki.engine;

import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.MkiCalculationService;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.MkiResultSummary;
import nl.kringloop.mki.ProjectDocument;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
        return c.result(c.totals());
    }

    /**
     * Every phase up to the compiled arrays, with the trace (factors, findings) the result needs;
     * {@link Compilation#project} can then be recalculated any number of times.
     *
     * @throws UnitMismatch when a card's indicator unit is not the set's
     */
    public static Compilation compile(ProjectDocument doc, WeightingSource weighting, List<RuleBinding> rules) {
        Trace trace = new Trace(doc.lines().size());
        ProjectIndex index = ProjectIndex.of(doc);
        CardWeighing.WeighedCards cards = CardWeighing.weigh(doc, weighting, trace);
        RulePass pass = RulePass.run(index, rules, trace);
        PricingTable table = PricingTable.build(index, cards, pass, trace);
        CompiledProject project = CompiledProject.of(index, table, pass);
        LineStatus[] linePhaseStatus = project.status.clone();
        ProjectPass.Outcome projectPass = ProjectPass.run(index, project, pass.applied, null);
        return new Compilation(index, weighting, trace, project, table, List.copyOf(pass.applied), linePhaseStatus,
                projectPass, ResultAssembler.usedModules(project));
    }

    /** A compiled project with everything the rules said about it. Not changed once built: it may be shared. */
    public static final class Compilation {

        public final CompiledProject project;
        final ProjectIndex index;
        final WeightingSource weighting;
        /** what the phases up to the pricing table said */
        final Trace trace;
        final PricingTable table;
        /** the rules whose line hooks ran: their project hooks run too */
        final List<RuleBinding> applied;
        /** line position → its status after the line phases, before the project hooks */
        final LineStatus[] linePhaseStatus;
        /** what the project hooks said */
        final Trace projectTrace;
        /** what the project hooks answered, for an edit to keep what no quantity changes */
        private final ProjectPass.Outcome projectPass;
        /** module → whether some line's card row gives it (the modules the result lists) */
        final boolean[] usedModules;

        private Compilation(ProjectIndex index, WeightingSource weighting, Trace trace, CompiledProject project,
                            PricingTable table, List<RuleBinding> applied, LineStatus[] linePhaseStatus,
                            ProjectPass.Outcome projectPass, boolean[] usedModules) {
            this.index = index;
            this.weighting = weighting;
            this.trace = trace;
            this.project = project;
            this.table = table;
            this.applied = applied;
            this.linePhaseStatus = linePhaseStatus;
            this.projectPass = projectPass;
            this.projectTrace = projectPass.trace();
            this.totals = projectPass.totals();
            this.usedModules = usedModules;
        }

        /** the sums after the project hooks: what {@link CompiledProject#recalculate()} gives (it never changes) */
        private final CompiledProject.Totals totals;

        /** @return the sums, as {@link CompiledProject#recalculate()} gives them */
        public CompiledProject.Totals totals() {
            return totals;
        }

        /**
         * @return true when every figure of the result that line {@code i} and the sums give is finite: after an
         *         edit of that line, what {@code MkiCalculationService.finite} of the whole result would say (the
         *         other lines' figures are those of a stored, so calculable, project)
         */
        public boolean finite(int i) {
            CompiledProject.Totals t = totals();
            boolean ok = Double.isFinite(t.totalMkiEuro()) && Double.isFinite(t.lineMkiEuro()[i])
                    && Double.isFinite(index.doc.lines().get(i).quantity()) && Double.isFinite(project.quantity[i]);
            for (double v : t.byModuleEuro()) {
                ok &= Double.isFinite(v);
            }
            for (double v : t.byObjectEuro()) {
                ok &= Double.isFinite(v);
            }
            MkiResult.PricingUsed p = table.pricingUsed[i];
            if (p != null) {
                for (Map<String, Double> m : Arrays.asList(p.euroPerUnit(), p.publishedBreakdown())) {
                    if (m != null) {
                        for (Double v : m.values()) {
                            ok &= v == null || Double.isFinite(v);
                        }
                    }
                }
            }
            // subtree sums add up object sums: finite objects with a finite total can still overflow in a subtree
            int[] parent = index.parents();
            for (double v : ObjectTree.subtreeSums(parent, ObjectTree.depths(parent), t.byObjectEuro())) {
                ok &= Double.isFinite(v);
            }
            for (int m = 0; m < CompiledProject.MODULES; m++) {
                ok &= Double.isFinite(project.lineModuleEuro(i, m));
            }
            if (trace.lineFactors[i] != null) {
                for (MkiResult.AppliedFactor f : trace.lineFactors[i]) {
                    ok &= Double.isFinite(f.value());
                }
            }
            return ok;
        }

        /** Builds the result from a recalculation. */
        public MkiResult result(CompiledProject.Totals t) {
            return ResultAssembler.assemble(this, t);
        }

        /** The result without per-line rows, from a recalculation. */
        public MkiResultSummary summary(CompiledProject.Totals t) {
            return ResultAssembler.summarise(this, t);
        }

        /** @return the document compiled */
        public ProjectDocument document() {
            return index.doc;
        }

        /** @return the line's position, or -1 when the document has no such line */
        public int line(String lineId) {
            Integer i = index.line(lineId);
            return i == null ? -1 : i;
        }

        /**
         * A what-if edit: this compilation with line {@code i}'s quantity changed, as {@link #compile} of the edited
         * document would give it. The line's hooks of every applied rule run again on that line alone (a line hook
         * sees only its own line: {@link nl.kringloop.api.mki.MkiRule} implementations are stateless), its pricing
         * and profile are found again, and every project hook runs again over the new sums (a project hook may read
         * any line's figures) but those whose rules declared their outcome free of quantities
         * ({@link nl.kringloop.api.mki.MkiRule#projectOutcomeDependsOnQuantities()}), kept while the line counts as
         * it did. This compilation is not changed.
         *
         * @return the edited compilation, or null when a rule's call failed (compile the edited document instead:
         *         only a full pass says what a failing rule makes of the result)
         */
        public Compilation withQuantity(int i, double quantity) {
            ProjectIndex edited = index.withLine(i, index.doc.lines().get(i).withQuantity(quantity));
            Trace lineTrace = trace.forLine(i);
            RulePass pass = RulePass.runLine(edited, applied, lineTrace, i);
            if (pass == null) {
                return null;
            }
            PricingTable priced = table.withLine(edited, pass, lineTrace);
            CompiledProject p = project.withLine(priced, pass, linePhaseStatus);
            LineStatus[] phaseStatus = p.status.clone();
            // a project hook may read which lines count: what it declared free of quantities holds while the line's does
            boolean countedAsBefore = (phaseStatus[i] == LineStatus.COUNTED) == (linePhaseStatus[i] == LineStatus.COUNTED);
            ProjectPass.Outcome pt = ProjectPass.run(edited, p, applied, countedAsBefore ? projectPass : null);
            // the modules used change only when the line's card row does
            boolean[] used = priced.lineCard[i] == table.lineCard[i] ? usedModules : ResultAssembler.usedModules(p);
            return new Compilation(edited, weighting, lineTrace, p, priced, applied, phaseStatus, pt, used);
        }
    }
}
