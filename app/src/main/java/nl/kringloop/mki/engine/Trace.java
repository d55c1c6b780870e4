package nl.kringloop.mki.engine;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.platform.ExtensionCallException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the phases say about the calculation as they go — findings, the factors applied, the rules considered —
 * for the result to show. Per-line lists are made only for lines that get something.
 */
final class Trace {

    static final String ENGINE = "Kringloop MKI engine";

    /** data-quality findings of the weighting, one per indicator */
    final List<MkiResult.ResultFinding> dataQuality = new ArrayList<>();
    /** indicator → the set's unit, taken for card values that state none */
    final Map<String, String> assumedUnits = new TreeMap<>();
    /** project-level findings, in the order found */
    final List<MkiResult.ResultFinding> project = new ArrayList<>();
    /** project-hook findings also shown with a line: listed once, with the project's */
    final Set<MkiResult.ResultFinding> fromProject = Collections.newSetFromMap(new IdentityHashMap<>());
    /** every rule extension considered, in order, and whether it applied */
    final List<MkiResult.RuleUsed> rulesUsed = new ArrayList<>();
    /** line position → its findings; null when none */
    final List<MkiResult.ResultFinding>[] lineFindings;
    /** line position → the factors applied to it; null when none */
    final List<MkiResult.AppliedFactor>[] lineFactors;

    @SuppressWarnings("unchecked")
    Trace(int lines) {
        lineFindings = new List[lines];
        lineFactors = new List[lines];
    }

    private Trace(List<MkiResult.ResultFinding>[] lineFindings, List<MkiResult.AppliedFactor>[] lineFactors) {
        this.lineFindings = lineFindings;
        this.lineFactors = lineFactors;
    }

    /**
     * A copy of this trace of the line phases for a pass over line {@code i} again: its findings and factors start
     * empty, every other line's are shared (never changed after their pass); the card weighing's and the
     * project-level lists are copied.
     */
    Trace forLine(int i) {
        Trace t = new Trace(lineFindings.clone(), lineFactors.clone());
        t.lineFindings[i] = null;
        t.lineFactors[i] = null;
        t.dataQuality.addAll(dataQuality);
        t.assumedUnits.putAll(assumedUnits);
        t.project.addAll(project);
        t.rulesUsed.addAll(rulesUsed);
        return t;
    }

    void lineFinding(int i, MkiResult.ResultFinding f) {
        if (lineFindings[i] == null) {
            lineFindings[i] = new ArrayList<>(2);
        }
        lineFindings[i].add(f);
    }

    void lineFactor(int i, MkiResult.AppliedFactor f) {
        if (lineFactors[i] == null) {
            lineFactors[i] = new ArrayList<>(2);
        }
        lineFactors[i].add(f);
    }

    void ruleUsed(RuleBinding r, boolean applied) {
        ExtensionInfo i = r.info();
        rulesUsed.add(new MkiResult.RuleUsed(i.id(), r.pluginId(), r.pluginVersion(),
                i.implementsRules().stream().map(RuleRef::label).toList(), applied));
    }

    /** A rule's call gave no answer: the rule is listed as not applied, and the result says it is incomplete. */
    void ruleFailed(RuleBinding rule, String hook, RuntimeException e) {
        ruleUsed(rule, false);
        project.add(new MkiResult.ResultFinding("error", rule.label(), null, rule.info().id(), null,
                "Rule '" + rule.info().id() + "' of plugin " + rule.plugin() + " could not be applied (" + hook
                        + "): " + ExtensionCallException.reason(e) + ". The result is incomplete.", rule.plugin()));
    }

    /** A plugin's finding as the result shows it: the subject left out when it is the line itself. */
    static MkiResult.ResultFinding finding(Finding f, String line, String plugin) {
        String subject = f.subject() != null && f.subject().equals(line) ? null : f.subject();
        return new MkiResult.ResultFinding(f.severity().code(), f.rule(), line, subject, f.field(),
                f.message(), plugin);
    }

}
