package nl.kringloop.mki.engine;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.Severity;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LinePricing;
import nl.kringloop.api.mki.MkiFactor;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.platform.ExtensionCallException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Phase 3, the rule pass: every rule's line hook over all lines, one bounded call per rule (never one per line).
 * Factors multiply per line and module; an error finding or a failure refuses the line; a rule may price a line
 * (the pricing table turns that into a card row). A pass over one line ({@link #runLine}) is the same code over a
 * single position: what a what-if edit of that line re-runs (a line hook sees only its own line, {@code MkiRule}),
 * there with the hooks of one plugin in one bounded call, since the call, not the line, is then the cost.
 */
final class RulePass {

    private static final int M = CompiledProject.MODULES;
    private static final LcaModule[] MODULES = LcaModule.values();

    /** slot × module → product of every factor applied ({@code factor[k * MODULES + m]}), 1 when none */
    final double[] factor;
    /** slot → counted, excluded or refused so far */
    final LineStatus[] status;
    /** slot → the one rule pricing that prices the line; null when its card prices it */
    final LinePricing[] pricing;
    /** slot → plugin id and version of {@link #pricing}'s rule */
    final String[] pricingPlugin;
    /** slot → line position; null in a pass over every line, where the slot is the position */
    private final int[] positions;
    /** the rules whose line hook ran for the project's protocol version, in order: their project hooks run too */
    final List<RuleBinding> applied = new ArrayList<>();

    private final ProjectIndex index;
    private final Trace trace;

    private RulePass(ProjectIndex index, Trace trace, int[] positions) {
        this.index = index;
        this.trace = trace;
        this.positions = positions;
        int n = positions == null ? index.lines.length : positions.length;
        factor = new double[n * M];
        Arrays.fill(factor, 1.0);
        status = new LineStatus[n];
        Arrays.fill(status, LineStatus.COUNTED);
        pricing = new LinePricing[n];
        pricingPlugin = new String[n];
    }

    static RulePass run(ProjectIndex index, List<RuleBinding> rules, Trace trace) {
        RulePass pass = new RulePass(index, trace, null);
        Function<MkiRule, Outcomes> hook = pass.lineHook();
        for (RuleBinding rule : rules) {
            // one call per rule here, not one per plugin: the outcomes of every line are then held for one rule only
            if (pass.apply(rule, RuleBinding.callEach(List.of(rule), pass.operation(), hook).get(0))) {
                pass.applied.add(rule);
            }
        }
        if (pass.applied.isEmpty()) {
            trace.project.add(new MkiResult.ResultFinding("error", Trace.ENGINE, null, null, "protocolVersion",
                    "No loaded rule plugin implements protocol version '" + index.doc.protocolVersion()
                            + "': the protocol rules cannot be applied.", null));
        }
        return pass;
    }

    /**
     * The line hooks of the rules a full pass applied, over line {@code line} only (slot 0).
     *
     * @return null when one of them no longer applies or its call failed: then only a full pass says what follows
     */
    static RulePass runLine(ProjectIndex index, List<RuleBinding> applied, Trace trace, int line) {
        RulePass pass = new RulePass(index, trace, new int[] {line});
        List<RuleBinding.Answer<Outcomes>> answers = RuleBinding.callEach(applied, pass.operation(), pass.lineHook());
        for (int k = 0; k < applied.size(); k++) {
            if (!pass.apply(applied.get(k), answers.get(k))) {
                return null;
            }
        }
        return pass;
    }

    /** @return the line position of slot {@code k} */
    int position(int k) {
        return positions == null ? k : positions[k];
    }

    /** @return the number of slots */
    int size() {
        return status.length;
    }

    /** What one rule said of every line, or why it could not say it. */
    private static final class Outcomes {
        final LineOutcome[] outcomes;
        final String[] failures;

        Outcomes(int n) {
            outcomes = new LineOutcome[n];
            failures = new String[n];
        }
    }

    private String operation() {
        return "line hook over " + size() + " lines";
    }

    /** @return a rule's line hook over every slot, as one call runs it: null when the rule does not apply */
    private Function<MkiRule, Outcomes> lineHook() {
        LineContext[] contexts = index.contexts;
        String version = index.doc.protocolVersion();
        int n = size();
        return r -> {
            if (!r.protocolVersions().contains(version)) {
                return null;
            }
            Outcomes lp = new Outcomes(n);
            for (int i = 0; i < n; i++) {
                try {
                    LineOutcome o = r.line(contexts[position(i)]);
                    if (o == null) {
                        lp.failures[i] = "line() returned null";
                    } else {
                        lp.outcomes[i] = o;
                    }
                } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                    lp.failures[i] = ExtensionCallException.reason(e);
                }
            }
            return lp;
        };
    }

    /** Takes in what a rule's line hook said. @return false when the rule does not apply or its call failed */
    private boolean apply(RuleBinding rule, RuleBinding.Answer<Outcomes> answer) {
        int n = size();
        if (answer.failure() != null) {
            if (positions == null) {
                trace.ruleFailed(rule, "line hook", answer.failure());
            }
            return false;
        }
        Outcomes phase = answer.value();
        // a pass over some lines leaves the list of rules used to the full pass it repeats a part of
        if (phase == null) {
            if (positions == null) {
                trace.ruleUsed(rule, false);
            }
            return false;
        }
        if (positions == null) {
            trace.ruleUsed(rule, true);
        }
        String plugin = rule.plugin();
        for (int i = 0; i < n; i++) {
            int at = position(i);
            String lineId = index.lines[at].id();
            if (phase.failures[i] != null) {
                trace.lineFinding(at, new MkiResult.ResultFinding("error", rule.label(), lineId, null,
                        "lines[" + at + "]", "Rule '" + rule.info().id() + "' of plugin " + plugin
                        + " failed on this line (" + phase.failures[i] + "); the line counts 0.", plugin));
                status[i] = LineStatus.REFUSED;
                continue;
            }
            LineOutcome o = phase.outcomes[i];
            // indexed loops: an iterator per outcome and list was 9.5 % of the bytes a 100,000-line request allocated
            List<MkiFactor> factors = o.factors();
            for (int k = 0, nf = factors.size(); k < nf; k++) {
                MkiFactor f = factors.get(k);
                int base = i * M;
                for (int m = 0; m < M; m++) {
                    if (f.appliesTo(MODULES[m])) {
                        factor[base + m] *= f.value();
                    }
                }
                if (f.value() == 0 && f.modules().isEmpty() && status[i] == LineStatus.COUNTED) {
                    status[i] = LineStatus.EXCLUDED;
                }
                trace.lineFactor(at, new MkiResult.AppliedFactor(f.rule().label(), f.name(), f.value(),
                        f.modules().isEmpty() ? null : f.modules().stream().sorted().map(LcaModule::code).toList(),
                        plugin));
            }
            List<Finding> findings = o.findings();
            for (int k = 0, nf = findings.size(); k < nf; k++) {
                Finding f = findings.get(k);
                trace.lineFinding(at, Trace.finding(f, lineId, plugin));
                if (f.severity() == Severity.ERROR) {
                    status[i] = LineStatus.REFUSED;
                }
            }
            if (o.pricing() != null) {
                if (pricing[i] != null) {
                    // two prices for one line would make the figure depend on plugin order: refuse instead
                    trace.lineFinding(at, new MkiResult.ResultFinding("error", o.pricing().rule().label(), lineId,
                            null, "lines[" + at + "]", "Two rules price this line ('" + pricing[i].name() + "' of "
                            + pricingPlugin[i] + " and '" + o.pricing().name() + "' of " + plugin
                            + "); the line counts 0.", plugin));
                    status[i] = LineStatus.REFUSED;
                } else {
                    pricing[i] = o.pricing();
                    pricingPlugin[i] = plugin;
                }
            }
        }
        return true;
    }
}
