package nl.kringloop.mki.engine;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import nl.kringloop.mki.DemoProject;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.MkiResultSummary;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.ProjectDocumentReader;
import nl.kringloop.mki.bench.GeneratedProject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A what-if edit ({@link MkiEngine.Compilation#withQuantity}) gives exactly what compiling the edited document
 * gives: the whole result record (every figure, factor, finding, status, method), compared with equals, so to the
 * last bit, not just to the cent; and the summary equals the full result's condensed.
 */
class IncrementalEditTest {

    private static final MkiEngine.WeightingSource WEIGHTING = GeneratedProject.weighting();
    private static final List<RuleBinding> RULES = GeneratedProject.rules();

    @Test
    void randomEditsOfTheDemoProjectEqualAFullCompilation() {
        ProjectDocument doc = ProjectDocumentReader.readStored(DemoProject.document(302));
        editAndCompare(doc, 60, 20261204L);
    }

    @Test
    void randomEditsOfAGeneratedProjectWithEverySectionEqualAFullCompilation() {
        // soil, road marking, asphalt, card-less Annex C equipment, energy, commuting, concrete lines; all 24 rules
        editAndCompare(GeneratedProject.generate(3_000, 60, 7L), 40, 42L);
    }

    @Test
    void aProjectHookOverTotalsIsRunAgain_restscopeOverFivePercent_section4_1() {
        ProjectDocument doc = new ProjectDocument("restscope", "4.0", "nmd-set-1", 50, null, null,
                List.of(card("c3", DataCategory.THREE)),
                List.of(new ProjectDocument.ProjectObject("o1", "Hoofdrijbaan", null, false)),
                List.of(line("L1", 100, false), line("L2", 1, true)));
        MkiEngine.Compilation before = MkiEngine.compile(doc, WEIGHTING, RULES);
        // L2 is 1 of 101 units of the same card: 0.99 % restscope, allowed
        assertThat(before.summary(before.project.recalculate()).valid()).isTrue();
        MkiEngine.Compilation after = before.withQuantity(1, 10);
        MkiResultSummary s = after.summary(after.project.recalculate());
        // 10 of 110 units: 9.1 % > 5 %, an error of the project hook, which only a re-run of it can give
        assertThat(s.valid()).isFalse();
        assertThat(s.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §4.1"));
        assertSame(after, MkiEngine.compile(withQuantity(doc, 1, 10), WEIGHTING, RULES));
        // and back: the error goes again
        MkiEngine.Compilation back = after.withQuantity(1, 1);
        assertThat(back.summary(back.project.recalculate()).valid()).isTrue();
        assertSame(back, before);
    }

    @Test
    void anEditCallsThePluginOnceForTheLineHooksAndOnceForTheProjectHooksThatDependOnQuantities() {
        Calls calls = new Calls();
        List<RuleBinding> rules = RULES.stream().map(calls::counting).toList();
        ProjectDocument doc = GeneratedProject.generate(3_000, 60, 7L);
        MkiEngine.Compilation c = MkiEngine.compile(doc, WEIGHTING, rules);
        assertThat(c.applied).hasSize(24);
        Random rnd = new Random(11L);
        for (int e = 0; e < 20; e++) {
            int i = rnd.nextInt(doc.lines().size());
            double q = rnd.nextDouble() * 1_000;
            calls.clear();
            c = c.withQuantity(i, q);
            doc = withQuantity(doc, i, q);
            // one batch for the 24 line hooks on the edited line, one for the project hooks re-run
            assertThat(calls.batches).isEqualTo(2);
            assertThat(calls.lineHooks).isEqualTo(24);
            // restscope §4.1, commuting §3.2.1a, road-foundation D §3.1.2b: the hooks over figures; the others kept
            assertThat(calls.projectHooks).containsExactlyInAnyOrder("rws-commuting-threshold",
                    "rws-concrete-road-foundation-d", "rws-restscope");
            assertSame(c, MkiEngine.compile(doc, WEIGHTING, RULES));
        }
    }

    @Test
    void aKeptProjectOutcomeIsAskedAgainWhenTheEditedLineNoLongerCounts() {
        // a rule that refuses lines over 1,000 units and whose project hook, free of quantities, counts counted lines
        RuleBinding counter = RuleBinding.direct(new CountsCountedLines(), "test", "1");
        List<RuleBinding> rules = new ArrayList<>(RULES);
        rules.add(counter);
        ProjectDocument doc = ProjectDocumentReader.readStored(DemoProject.document(40));
        MkiEngine.Compilation c = MkiEngine.compile(doc, WEIGHTING, rules);
        List<String> said = new ArrayList<>();
        for (double q : new double[] {5_000, 7, 3_000, 3_001, 2}) {
            c = c.withQuantity(5, q);
            doc = withQuantity(doc, 5, q);
            assertSame(c, MkiEngine.compile(doc, WEIGHTING, rules));
            said.add(c.result(c.totals()).findings().stream().filter(f -> "test-counts".equals(f.subject()))
                    .findFirst().orElseThrow().message());
        }
        // one line fewer counts while line 5 is over 1,000 units
        int counted = Integer.parseInt(said.get(1).split(" ")[0]);
        assertThat(said).containsExactly((counted - 1) + " lines count", counted + " lines count",
                (counted - 1) + " lines count", (counted - 1) + " lines count", counted + " lines count");
    }

    /** Test rule: refuses a line over 1,000 units; its project hook reads only counted() (no quantity, no figure). */
    private static final class CountsCountedLines implements MkiRule {
        private static final RuleRef RULE = new RuleRef("test", "§1");

        @Override
        public ExtensionInfo describe() {
            return new ExtensionInfo("test-counts", "Counts counted lines", "test", List.of(RULE));
        }

        @Override
        public Set<String> protocolVersions() {
            return Set.of("3.0", "3.1", "4.0");
        }

        @Override
        public LineOutcome line(LineContext context) {
            return context.line().quantity() > 1_000
                    ? LineOutcome.of(Finding.error(RULE, null, context.line().field("quantity"), "over 1,000"))
                    : LineOutcome.NONE;
        }

        @Override
        public ProjectOutcome project(ProjectView p) {
            long n = p.lines().stream().filter(l -> p.counted(l.index())).count();
            return ProjectOutcome.of(List.of(Finding.info(RULE, "test-counts", null, n + " lines count")));
        }

        @Override
        public boolean projectOutcomeDependsOnQuantities() {
            return false;
        }
    }

    /** Counts what an edit asks of the plugins: host calls (batches), line hooks, project hooks by rule. */
    private static final class Calls {
        int batches;
        int lineHooks;
        final List<String> projectHooks = new ArrayList<>();

        void clear() {
            batches = 0;
            lineHooks = 0;
            projectHooks.clear();
        }

        /** @return the binding with its rule counted; bindings of this kind are called together, as the host does */
        RuleBinding counting(RuleBinding b) {
            Calls calls = this;
            return new RuleBinding() {
                @Override
                public String pluginId() {
                    return b.pluginId();
                }

                @Override
                public String pluginVersion() {
                    return b.pluginVersion();
                }

                @Override
                public ExtensionInfo info() {
                    return b.info();
                }

                @Override
                public <R> R call(String operation, Function<MkiRule, R> fn) {
                    return b.call(operation, r -> fn.apply(counted(r)));
                }

                @Override
                public <R> List<Answer<R>> callTogether(List<RuleBinding> together, String operation,
                                                        Function<MkiRule, R> fn) {
                    calls.batches++;
                    return RuleBinding.super.callTogether(together, operation, fn);
                }

                private MkiRule counted(MkiRule r) {
                    return new MkiRule() {
                        @Override
                        public ExtensionInfo describe() {
                            return r.describe();
                        }

                        @Override
                        public Set<String> protocolVersions() {
                            return r.protocolVersions();
                        }

                        @Override
                        public LineOutcome line(LineContext context) {
                            lineHooks++;
                            return r.line(context);
                        }

                        @Override
                        public ProjectOutcome project(ProjectView project) {
                            projectHooks.add(r.describe().id());
                            return r.project(project);
                        }

                        @Override
                        public boolean projectOutcomeDependsOnQuantities() {
                            return r.projectOutcomeDependsOnQuantities();
                        }
                    };
                }
            };
        }
    }

    @Test
    void theCompilationEditedFromIsUnchanged() {
        ProjectDocument doc = ProjectDocumentReader.readStored(DemoProject.document(40));
        MkiEngine.Compilation c = MkiEngine.compile(doc, WEIGHTING, RULES);
        MkiResult before = c.result(c.project.recalculate());
        MkiEngine.Compilation edited = c.withQuantity(3, doc.lines().get(3).quantity() * 7 + 1);
        assertThat(edited.result(edited.project.recalculate()).totalMkiEuro()).isNotEqualTo(before.totalMkiEuro());
        assertThat(c.result(c.project.recalculate())).isEqualTo(before);
    }

    /** Chained random edits, each compared with a compilation of the edited document from scratch. */
    private static void editAndCompare(ProjectDocument doc, int edits, long seed) {
        Random rnd = new Random(seed);
        MkiEngine.Compilation c = MkiEngine.compile(doc, WEIGHTING, RULES);
        ProjectDocument current = doc;
        int changed = 0;
        for (int e = 0; e < edits; e++) {
            int i = rnd.nextInt(current.lines().size());
            double q = switch (e % 4) {
                case 0 -> 0;
                case 1 -> current.lines().get(i).quantity() * 3;
                case 2 -> rnd.nextDouble() * 1e6;
                default -> Math.floor(rnd.nextDouble() * 100) / 4;
            };
            MkiResult oldResult = c.result(c.project.recalculate());
            c = c.withQuantity(i, q);
            current = withQuantity(current, i, q);
            assertSame(c, MkiEngine.compile(current, WEIGHTING, RULES));
            if (c.result(c.project.recalculate()).totalMkiEuro() != oldResult.totalMkiEuro()) {
                changed++;
            }
        }
        assertThat(changed).as("edits that changed the total").isGreaterThan(edits / 2);
    }

    private static void assertSame(MkiEngine.Compilation incremental, MkiEngine.Compilation full) {
        MkiResult a = incremental.result(incremental.project.recalculate());
        MkiResult b = full.result(full.project.recalculate());
        // the small parts first, for a readable failure
        assertThat(a.totalMkiEuro()).isEqualTo(b.totalMkiEuro());
        assertThat(a.valid()).isEqualTo(b.valid());
        assertThat(a.findings()).isEqualTo(b.findings());
        assertThat(a).isEqualTo(b);
        assertThat(incremental.summary(incremental.project.recalculate())).isEqualTo(MkiResultSummary.of(b))
                .isEqualTo(full.summary(full.project.recalculate()));
    }

    private static ProjectDocument withQuantity(ProjectDocument d, int i, double q) {
        List<ProjectDocument.Line> lines = new ArrayList<>(d.lines());
        lines.set(i, lines.get(i).withQuantity(q));
        return new ProjectDocument(d.name(), d.protocolVersion(), d.weighting(), d.serviceLifeYears(), d.nmdVersion(),
                d.sections(), d.cards(), d.objects(), lines);
    }

    private static ProjectDocument.Card card(String id, DataCategory category) {
        Map<LcaModule, Map<String, Double>> p = new EnumMap<>(LcaModule.class);
        p.put(LcaModule.A1_A3, Map.of("GWP", 100.0));
        p.put(LcaModule.A4, Map.of("GWP", 10.0));
        p.put(LcaModule.A5, Map.of("GWP", 4.0));
        return new ProjectDocument.Card(id, id, category, "t", null, true, "", null, false, p, Map.of());
    }

    private static ProjectDocument.Line line(String id, double quantity, boolean restscope) {
        return new ProjectDocument.Line(id, "o1", "c3", quantity, "t", Flow.ENTERING, null, null, restscope, Map.of());
    }
}
