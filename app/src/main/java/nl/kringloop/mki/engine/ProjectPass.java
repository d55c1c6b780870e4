package nl.kringloop.mki.engine;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineExclusion;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectSettings;
import nl.kringloop.api.mki.ProjectView;
import nl.kringloop.mki.MkiResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule pass's second half: every applied rule's project hook, over the line sums after the line hooks, the
 * hooks of one plugin in one bounded call. A project rule may report findings (shown with a line when their field
 * names one) and exclude counted lines. What it says goes into a trace of its own, so that a what-if edit can run it again over the edited
 * sums without the previous run's findings (a project hook may depend on any line's figures).
 */
final class ProjectPass {

    /** what a line without a card has for a card (one instance, not one per call of a hook's loop) */
    private static final CardView NO_CARD = CardView.none(null);
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]");

    private final ProjectIndex index;
    private final CompiledProject project;
    private final Trace trace;

    private ProjectPass(ProjectIndex index, CompiledProject project, Trace trace) {
        this.index = index;
        this.project = project;
        this.trace = trace;
    }

    /**
     * Runs the project hooks; excludes lines in {@code project.status}.
     *
     * @param previous the outcome of the same rules on this project before an edit of one line's quantity that left
     *                 the line's {@code counted} as it was, or null: a rule that declared its outcome independent of
     *                 quantities ({@link MkiRule#projectOutcomeDependsOnQuantities()}) is then not called again, its
     *                 previous outcome taken in as it was
     * @return the findings and failures of the project hooks (project-level, per line, rules that failed)
     */
    static Outcome run(ProjectIndex index, CompiledProject project, List<RuleBinding> applied, Outcome previous) {
        Trace trace = new Trace(index.lines.length);
        CompiledProject.Totals sums = project.recalculate();
        int n = applied.size();
        if (n == 0) {
            return new Outcome(trace, sums, List.of());
        }
        ProjectPass pass = new ProjectPass(index, project, trace);
        ProjectView view = pass.new View(sums);
        List<RuleBinding.Answer<Said>> answers = new ArrayList<>(Collections.nCopies(n, null));
        List<RuleBinding> toCall = new ArrayList<>(n);
        List<Integer> called = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Said before = previous == null ? null : previous.said.get(k);
            if (before != null && !before.dependsOnQuantities()) {
                answers.set(k, new RuleBinding.Answer<>(before, null));
            } else {
                toCall.add(applied.get(k));
                called.add(k);
            }
        }
        // every hook has answered before any exclusion is made: each sees the same state (ProjectView)
        List<RuleBinding.Answer<Said>> fresh = RuleBinding.callEach(toCall, "project hook",
                r -> new Said(r.project(view), r.projectOutcomeDependsOnQuantities()));
        for (int j = 0; j < fresh.size(); j++) {
            answers.set(called.get(j), fresh.get(j));
        }
        List<Said> said = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            pass.take(applied.get(k), answers.get(k));
            said.add(answers.get(k).value());
        }
        // the sums the hooks saw are final unless a hook excluded a line
        return new Outcome(trace, pass.excluded ? project.recalculate() : sums, said);
    }

    /** What one rule's project hook answered, and whether it may answer otherwise after a quantity edit. */
    record Said(ProjectOutcome outcome, boolean dependsOnQuantities) {
    }

    /**
     * What the project hooks said, and the project's sums after them.
     *
     * @param said per applied rule, in order, what its hook answered; null where the call failed
     */
    record Outcome(Trace trace, CompiledProject.Totals totals, List<Said> said) {
    }

    /** whether a hook excluded a counted line */
    private boolean excluded;

    /** Takes in what a rule's project hook said. */
    private void take(RuleBinding rule, RuleBinding.Answer<Said> answer) {
        if (answer.failure() != null) {
            trace.ruleFailed(rule, "project hook", answer.failure());
            return;
        }
        ProjectOutcome o = answer.value().outcome();
        if (o == null) {
            o = ProjectOutcome.NONE;
        }
        String plugin = rule.plugin();
        for (Finding f : o.findings()) {
            Integer at = lineOf(f.field());
            MkiResult.ResultFinding rf = Trace.finding(f, at == null ? null : index.lines[at].id(), plugin);
            trace.project.add(rf);
            if (at != null) {
                trace.fromProject.add(rf);
                trace.lineFinding(at, rf);
            }
        }
        for (LineExclusion x : o.exclusions()) {
            Integer at = index.line(x.lineId());
            if (at == null) {
                trace.project.add(new MkiResult.ResultFinding("warning", rule.label(), null, x.lineId(), null,
                        "Rule '" + rule.info().id() + "' excluded unknown line '" + x.lineId() + "'; ignored.",
                        plugin));
                continue;
            }
            if (project.status[at] == LineStatus.COUNTED) {
                project.status[at] = LineStatus.EXCLUDED;
                excluded = true;
            }
            MkiResult.ResultFinding rf = Trace.finding(x.reason(), x.lineId(), plugin);
            trace.project.add(rf);
            trace.fromProject.add(rf);
            trace.lineFinding(at, rf);
        }
    }

    /** @return the line a finding's field names ({@code lines[12].card} → 12), or null */
    private Integer lineOf(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = LINE_FIELD.matcher(field);
        if (!m.find()) {
            return null;
        }
        try {
            int i = Integer.parseInt(m.group(1));
            return i < index.lines.length ? i : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a project-level rule sees: the views and the line sums after the line hooks. */
    private final class View implements ProjectView {

        private final CompiledProject.Totals totals;
        private final List<LineView> lineList;

        View(CompiledProject.Totals totals) {
            this.totals = totals;
            this.lineList = index.lineList();
        }

        @Override
        public ProjectSettings settings() {
            return index.settings;
        }

        @Override
        public List<LineView> lines() {
            return lineList;
        }

        @Override
        public CardView card(String cardId) {
            if (cardId == null) {
                return NO_CARD;
            }
            Integer c = index.card(cardId);
            return c == null ? null : index.cards[c];
        }

        @Override
        public CardView lineCard(int lineIndex) {
            int c = index.lineCard[lineIndex];
            return c == index.noCard() ? NO_CARD : index.cards[c];
        }

        @Override
        public ObjectView object(String objectId) {
            Integer o = index.object(objectId);
            return o == null ? null : index.objects[o];
        }

        @Override
        public boolean counted(int lineIndex) {
            return project.status[lineIndex] == LineStatus.COUNTED;
        }

        @Override
        public double lineMkiEuro(int lineIndex) {
            return totals.lineMkiEuro()[lineIndex];
        }

        @Override
        public double lineModuleMkiEuro(int lineIndex, LcaModule module) {
            return project.lineModuleEuro(lineIndex, module.ordinal());
        }

        @Override
        public double totalMkiEuro() {
            return totals.totalMkiEuro();
        }
    }
}
