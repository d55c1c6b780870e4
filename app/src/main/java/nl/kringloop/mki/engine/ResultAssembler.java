package nl.kringloop.mki.engine;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.MkiResultSummary;
import nl.kringloop.mki.ProjectDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Phase 6, assemble the result: a recalculation's sums with the trace — per module (only the modules some line's
 * card gives), per object with subtree sums, per line with its factors, pricing and findings, every finding once,
 * and the method (plugins, weighting, rules). Under protocol 3.0 or 3.1 the citations of the 4.0-numbered rules
 * say so.
 */
final class ResultAssembler {

    private static final int M = CompiledProject.MODULES;
    private static final LcaModule[] MODULES = LcaModule.values();

    private final MkiEngine.Compilation c;
    private final ProjectDocument doc;

    private ResultAssembler(MkiEngine.Compilation c) {
        this.c = c;
        this.doc = c.index.doc;
    }

    static MkiResult assemble(MkiEngine.Compilation c, CompiledProject.Totals t) {
        return new ResultAssembler(c).result(t);
    }

    static MkiResultSummary summarise(MkiEngine.Compilation c, CompiledProject.Totals t) {
        return new ResultAssembler(c).summary(t);
    }

    private MkiResult result(CompiledProject.Totals t) {
        CompiledProject project = c.project;
        Trace trace = c.trace;
        Trace pt = c.projectTrace;
        int n = c.index.lines.length;
        List<MkiResult.LineResult> lineResults = new ArrayList<>(n);
        List<MkiResult.ResultFinding> all = new ArrayList<>(trace.dataQuality.size());
        for (MkiResult.ResultFinding f : trace.dataQuality) {
            all.add(cite(f));
        }
        String[][] cardModules = cardModules(project);
        for (int i = 0; i < n; i++) {
            int card = project.lineCard[i];
            String[] codes = cardModules[card];
            double[] euro = new double[codes.length];
            for (int m = 0, k = 0; m < M; m++) {
                if (project.cardHas[card * M + m]) {
                    euro[k++] = project.lineModuleEuro(i, m);
                }
            }
            Map<String, Double> mods = new ModuleFigures(codes, euro);
            List<MkiResult.ResultFinding> lf = lineFindings(i);
            for (MkiResult.ResultFinding f : lf) {
                if (!pt.fromProject.contains(f)) {
                    all.add(cite(f));
                }
            }
            ProjectDocument.Line l = doc.lines().get(i);
            List<MkiResult.AppliedFactor> lfa = trace.lineFactors[i] == null ? List.of() : trace.lineFactors[i];
            MkiResult.PricingUsed pu = c.table.pricingUsed[i];
            if (!numberedAsProtocol()) {
                lf = lf.stream().map(this::cite).toList();
                lfa = lfa.stream().map(a -> new MkiResult.AppliedFactor(cite(a.rule()), a.name(), a.value(),
                        a.modules(), a.plugin())).toList();
                pu = pu == null ? null : new MkiResult.PricingUsed(cite(pu.rule()), pu.name(), pu.card(),
                        pu.euroPerUnit(), pu.quantity(), pu.unit(), pu.source(), pu.publishedBreakdown(),
                        pu.plugin());
            }
            lineResults.add(new MkiResult.LineResult(l.id(), l.object(), l.card(), l.quantity(), l.unit(),
                    project.status[i].code(), t.lineMkiEuro()[i], mods, lfa, pu, lf));
        }
        for (MkiResult.ResultFinding f : trace.project) {
            all.add(cite(f));
        }
        for (MkiResult.ResultFinding f : pt.project) {
            all.add(cite(f));
        }
        boolean valid = all.stream().noneMatch(f -> f.severity().equals("error"));
        return new MkiResult(valid, doc.name(), t.totalMkiEuro(), byModule(t), objectTotals(t), lineResults, all,
                method());
    }

    /** @return per card row, the codes of the modules it has, in EN 15804 order: shared by the lines of the card */
    private static String[][] cardModules(CompiledProject project) {
        String[][] out = new String[project.cardHas.length / M][];
        for (int card = 0; card < out.length; card++) {
            int count = 0;
            for (int m = 0; m < M; m++) {
                count += project.cardHas[card * M + m] ? 1 : 0;
            }
            String[] codes = new String[count];
            for (int m = 0, k = 0; m < M; m++) {
                if (project.cardHas[card * M + m]) {
                    codes[k++] = MODULES[m].code();
                }
            }
            out[card] = codes;
        }
        return out;
    }

    /**
     * The result's figures and findings without its per-line rows: the findings not about one line in full, the
     * line findings counted per severity and rule ({@link MkiResultSummary#of} gives the same from a result).
     */
    private MkiResultSummary summary(CompiledProject.Totals t) {
        CompiledProject project = c.project;
        Trace trace = c.trace;
        Trace pt = c.projectTrace;
        int n = c.index.lines.length;
        int[] statuses = new int[LineStatus.values().length];
        List<MkiResult.ResultFinding> general = new ArrayList<>();
        MkiResultSummary.Counter perLine = new MkiResultSummary.Counter();
        boolean valid = true;
        for (MkiResult.ResultFinding f : trace.dataQuality) {
            valid &= general(cite(f), general, perLine);
        }
        for (int i = 0; i < n; i++) {
            statuses[project.status[i].ordinal()]++;
            for (MkiResult.ResultFinding f : lineFindings(i)) {
                if (!pt.fromProject.contains(f)) {
                    valid &= general(cite(f), general, perLine);
                }
            }
        }
        for (MkiResult.ResultFinding f : trace.project) {
            valid &= general(cite(f), general, perLine);
        }
        for (MkiResult.ResultFinding f : pt.project) {
            valid &= general(cite(f), general, perLine);
        }
        return new MkiResultSummary(valid, doc.name(), t.totalMkiEuro(), byModule(t), objectTotals(t),
                new MkiResultSummary.LineCounts(n, statuses[LineStatus.COUNTED.ordinal()],
                        statuses[LineStatus.EXCLUDED.ordinal()], statuses[LineStatus.REFUSED.ordinal()]),
                general, perLine.counts(), method());
    }

    /** @return false when the finding is an error; a finding about a line is counted, any other listed */
    private static boolean general(MkiResult.ResultFinding f, List<MkiResult.ResultFinding> general,
                                   MkiResultSummary.Counter perLine) {
        if (f.line() == null) {
            general.add(f);
        } else {
            perLine.add(f);
        }
        return !f.severity().equals("error");
    }

    /** @return the line's findings: the line phases', then the project hooks' */
    private List<MkiResult.ResultFinding> lineFindings(int i) {
        List<MkiResult.ResultFinding> a = c.trace.lineFindings[i];
        List<MkiResult.ResultFinding> b = c.projectTrace.lineFindings[i];
        if (b == null) {
            return a == null ? List.of() : a;
        }
        if (a == null) {
            return b;
        }
        List<MkiResult.ResultFinding> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }

    /** @return module → whether some line's card row gives it */
    static boolean[] usedModules(CompiledProject project) {
        boolean[] usedModules = new boolean[M];
        for (int i = 0; i < project.lineCard.length; i++) {
            int row = project.lineCard[i] * M;
            for (int m = 0; m < M; m++) {
                usedModules[m] |= project.cardHas[row + m];
            }
        }
        return usedModules;
    }

    /** @return euro per module, only the modules some line's card gives, in EN 15804 order */
    private Map<String, Double> byModule(CompiledProject.Totals t) {
        Map<String, Double> byModule = new LinkedHashMap<>();
        for (int m = 0; m < M; m++) {
            if (c.usedModules[m]) {
                byModule.put(MODULES[m].code(), t.byModuleEuro()[m]);
            }
        }
        return byModule;
    }

    private List<MkiResult.ObjectTotal> objectTotals(CompiledProject.Totals t) {
        // linear in the objects, deepest first (the reader refused cycles and trees deeper than its limit)
        int[] parent = c.index.parents();
        double[] subtree = ObjectTree.subtreeSums(parent, ObjectTree.depths(parent), t.byObjectEuro());
        ObjectView[] objects = c.index.objects;
        List<MkiResult.ObjectTotal> out = new ArrayList<>(objects.length);
        for (int o = 0; o < objects.length; o++) {
            out.add(new MkiResult.ObjectTotal(objects[o].id(), objects[o].name(), objects[o].parentId(),
                    objects[o].earthwork(), t.byObjectEuro()[o], subtree[o]));
        }
        return out;
    }

    private MkiResult.Method method() {
        MkiEngine.WeightingSource weighting = c.weighting;
        Map<String, String> plugins = new TreeMap<>();
        plugins.put(weighting.pluginId(), weighting.pluginVersion());
        List<MkiResult.RuleUsed> rulesUsed = new ArrayList<>(c.trace.rulesUsed);
        rulesUsed.addAll(c.projectTrace.rulesUsed);
        for (MkiResult.RuleUsed r : rulesUsed) {
            if (r.applied()) {
                plugins.put(r.plugin(), r.pluginVersion());
            }
        }
        ShadowPriceSet s = weighting.set();
        return new MkiResult.Method("RWS-MKI " + doc.protocolVersion(),
                plugins.entrySet().stream().map(e -> new MkiResult.PluginVersion(e.getKey(), e.getValue())).toList(),
                new MkiResult.WeightingUsed(s.id(), s.version(), weighting.pluginId(), weighting.pluginVersion(),
                        // in indicator order: Map.copyOf's order changes from one JVM to the next, and so did the bytes
                        Collections.unmodifiableMap(new TreeMap<>(c.trace.assumedUnits))),
                List.copyOf(rulesUsed));
    }

    /** True when the rules' paragraph numbers are those of the project's own protocol version (4.0). */
    private boolean numberedAsProtocol() {
        return "4.0".equals(doc.protocolVersion());
    }

    /**
     * The rules cite the paragraphs of protocol 4.0; under 3.0 or 3.1 the citation says so, since those
     * versions number their paragraphs differently.
     */
    private String cite(String rule) {
        if (rule == null || numberedAsProtocol() || !rule.startsWith("RWS-MKI 4.0 ")) {
            return rule;
        }
        return rule + " (paragraph numbering of protocol 4.0; the project is under protocol "
                + doc.protocolVersion() + ")";
    }

    private MkiResult.ResultFinding cite(MkiResult.ResultFinding f) {
        String rule = cite(f.rule());
        return rule == null || rule.equals(f.rule()) ? f : new MkiResult.ResultFinding(f.severity(), rule, f.line(),
                f.subject(), f.field(), f.message(), f.plugin());
    }
}
