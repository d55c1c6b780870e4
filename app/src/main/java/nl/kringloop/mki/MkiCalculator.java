package nl.kringloop.mki;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.Severity;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineExclusion;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LinePricing;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiFactor;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectSettings;
import nl.kringloop.api.mki.ProjectView;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;

import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MKI calculation of docs/mki.md as a pure function: document + shadow-price set + rules → {@link MkiResult}.
 * No database, no container: {@link MkiCalculationService} wraps it for the server.
 *
 * <p>Steps: weight every card once (rule 1, {@link Weighting}'s arithmetic); run every rule's line hook over
 * all lines in one call per rule; fold the factors into shared profiles; sum ({@link CompiledProject});
 * run every rule's project hook in one call per rule; sum again. The host knows no protocol section: every
 * protocol rule comes from a {@link RuleBinding}.
 */
public final class MkiCalculator {

    private static final int M = CompiledProject.MODULES;
    private static final LcaModule[] MODULES = LcaModule.values();
    private static final String ENGINE = "Kringloop MKI engine";
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]");

    private MkiCalculator() {
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
     * Weights the cards, runs every rule and returns the compiled arrays with the trace (factors, findings)
     * the result needs. {@link Compilation#project} can then be recalculated any number of times.
     */
    public static Compilation compile(ProjectDocument doc, WeightingSource weighting, List<RuleBinding> rules) {
        return new Compilation(doc, weighting, rules);
    }

    /** A compiled project with everything the rules said about it. */
    public static final class Compilation {

        public final CompiledProject project;
        private final ProjectDocument doc;
        private final WeightingSource weighting;
        private final ProjectSettings settings;
        private final Map<String, Integer> cardIndex = new HashMap<>();
        private final Map<String, Integer> objectIndex = new HashMap<>();
        private final Map<String, Integer> lineIndex = new HashMap<>();
        private final CardView[] cards;
        private final ObjectView[] objects;
        private final LineView[] lines;
        private final List<MkiResult.AppliedFactor>[] lineFactors;
        private final List<MkiResult.ResultFinding>[] lineFindings;
        private final List<MkiResult.ResultFinding> dataQuality = new ArrayList<>();
        private final Map<String, String> assumedUnits = new TreeMap<>();
        private final Set<String> checkedUnits = new java.util.HashSet<>();
        private final List<Problem.FieldError> unitErrors = new ArrayList<>();
        private final List<MkiResult.ResultFinding> projectFindings = new ArrayList<>();
        /** project-hook findings also shown with a line: listed once, with the project's */
        private final Set<MkiResult.ResultFinding> fromProject = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<MkiResult.RuleUsed> rulesUsed = new ArrayList<>();
        private final LinePricing[] pricing;
        private final String[] pricingPlugin;
        private final MkiResult.PricingUsed[] pricingUsed;

        @SuppressWarnings("unchecked")
        private Compilation(ProjectDocument doc, WeightingSource weighting, List<RuleBinding> rules) {
            this.doc = doc;
            this.weighting = weighting;
            this.settings = new ProjectSettings(doc.name(), doc.protocolVersion(), doc.weighting(),
                    doc.serviceLifeYears(), doc.nmdVersion(), doc.sections() == null ? null : Set.copyOf(doc.sections()));
            int nCards = doc.cards().size();
            int n = doc.lines().size();
            double[] cardEuro = new double[nCards * M];
            boolean[] cardHas = new boolean[nCards * M];
            cards = new CardView[nCards];
            weighCards(cardEuro, cardHas);
            objects = new ObjectView[doc.objects().size()];
            for (int o = 0; o < objects.length; o++) {
                ProjectDocument.ProjectObject po = doc.objects().get(o);
                objects[o] = new ObjectView(po.id(), po.name(), po.parent(), po.earthwork());
                objectIndex.put(po.id(), o);
            }
            int[] lineCard = new int[n];
            int[] lineObject = new int[n];
            double[] quantity = new double[n];
            lines = new LineView[n];
            LineContext[] contexts = new LineContext[n];
            Map<String, CardView> cardMap = new HashMap<>();
            for (CardView cv : cards) {
                cardMap.put(cv.id(), cv);
            }
            cardMap = Collections.unmodifiableMap(cardMap);
            for (int i = 0; i < n; i++) {
                ProjectDocument.Line l = doc.lines().get(i);
                // a line without a card points at the zero row appended after the cards (see withExtraRows)
                lineCard[i] = l.card() == null ? nCards : cardIndex.get(l.card());
                lineObject[i] = objectIndex.get(l.object());
                quantity[i] = l.quantity();
                lines[i] = new LineView(i, l.id(), l.object(), l.card(), l.quantity(), l.unit(), l.flow(), l.section(),
                        l.temporary(), l.restscope(), l.attributes());
                lineIndex.put(l.id(), i);
                CardView cv = l.card() == null ? CardView.none(l.unit()) : cards[lineCard[i]];
                contexts[i] = new LineContext(settings, lines[i], cv, objects[lineObject[i]], cardMap);
            }
            lineFactors = new List[n];
            lineFindings = new List[n];
            pricing = new LinePricing[n];
            pricingPlugin = new String[n];
            pricingUsed = new MkiResult.PricingUsed[n];
            byte[] status = new byte[n];
            double[] factor = new double[n * M];
            Arrays.fill(factor, 1.0);

            List<RuleBinding> applied = new ArrayList<>();
            for (RuleBinding rule : rules) {
                if (runLineHook(rule, contexts, factor, status)) {
                    applied.add(rule);
                }
            }
            if (applied.isEmpty()) {
                projectFindings.add(new MkiResult.ResultFinding("error", ENGINE, null, null, "protocolVersion",
                        "No loaded rule plugin implements protocol version '" + doc.protocolVersion()
                                + "': the protocol rules cannot be applied.", null));
            }
            List<double[]> extraRows = applyPricing(lineCard, quantity, status);
            if (extraRows.size() > 0) {
                int rows = nCards + extraRows.size();
                cardEuro = Arrays.copyOf(cardEuro, rows * M);
                cardHas = Arrays.copyOf(cardHas, rows * M);
                for (int r = 0; r < extraRows.size(); r++) {
                    double[] row = extraRows.get(r);
                    for (int m = 0; m < M; m++) {
                        if (!Double.isNaN(row[m])) {
                            cardEuro[(nCards + r) * M + m] = row[m];
                            cardHas[(nCards + r) * M + m] = true;
                        }
                    }
                }
            }
            int[] lineProfile = new int[n];
            double[] profiles = profiles(factor, lineProfile, status);
            project = new CompiledProject(cardEuro, cardHas, lineCard, lineObject, quantity, lineProfile, profiles,
                    status, objects.length);

            if (!applied.isEmpty()) {
                ProjectView view = new View(project.recalculate());
                for (RuleBinding rule : applied) {
                    runProjectHook(rule, view);
                }
            }
        }

        /**
         * Turns the rules' pricing into array indexes: a substitute card is an index into the cards; a fixed price
         * becomes an extra card row (NaN = module absent) shared by every line with the same price. Row
         * {@code nCards} is the zero row of lines without a card. The recalculation loop stays as it was.
         *
         * @return the extra rows to append after the document's cards, the first being the zero row
         */
        private List<double[]> applyPricing(int[] lineCard, double[] quantity, byte[] status) {
            List<double[]> extra = new ArrayList<>();
            double[] none = new double[M];
            Arrays.fill(none, Double.NaN);
            extra.add(none);
            Map<ProfileKey, Integer> fixedRows = new HashMap<>();
            for (int i = 0; i < lines.length; i++) {
                LinePricing lp = pricing[i];
                if (lp == null) {
                    if (lines[i].cardId() == null && status[i] != CompiledProject.REFUSED) {
                        lineFinding(i, new MkiResult.ResultFinding("error", ENGINE, lines[i].id(), null,
                                "lines[" + i + "].card", "The line has no card and no rule prices it (e.g. from"
                                + " reference data): name a card; the line counts 0.", null));
                        status[i] = CompiledProject.REFUSED;
                    }
                    continue;
                }
                String cardCode = null;
                Map<String, Double> euro = null;
                if (lp.cardId() != null) {
                    Integer c = cardIndex.get(lp.cardId());
                    if (c == null) {
                        lineFinding(i, new MkiResult.ResultFinding("error", lp.rule().label(), lines[i].id(), null,
                                "lines[" + i + "].attributes", "Rule pricing '" + lp.name() + "' names card '"
                                + lp.cardId() + "', which is not in the document; the line counts 0.",
                                pricingPlugin[i]));
                        status[i] = CompiledProject.REFUSED;
                        continue;
                    }
                    lineCard[i] = c;
                    cardCode = lp.cardId();
                } else {
                    double[] row = new double[M];
                    Arrays.fill(row, Double.NaN);
                    euro = new LinkedHashMap<>();
                    for (LcaModule m : MODULES) {
                        Double v = lp.euroPerUnit().get(m);
                        if (v != null) {
                            row[m.ordinal()] = v;
                            euro.put(m.code(), v);
                        }
                    }
                    Integer r = fixedRows.get(new ProfileKey(row));
                    if (r == null) {
                        r = extra.size();
                        extra.add(row);
                        fixedRows.put(new ProfileKey(row), r);
                    }
                    lineCard[i] = cards.length + r;
                }
                if (lp.quantity() != null) {
                    quantity[i] = lp.quantity();
                }
                pricingUsed[i] = new MkiResult.PricingUsed(lp.rule().label(), lp.name(), cardCode, euro, quantity[i],
                        lp.unit(), lp.source().isEmpty() ? null : lp.source(),
                        lp.publishedBreakdown().isEmpty() ? null : lp.publishedBreakdown(), pricingPlugin[i]);
            }
            boolean anyWithoutCard = Arrays.stream(lines).anyMatch(l -> l.cardId() == null);
            return extra.size() == 1 && !anyWithoutCard ? List.of() : extra;
        }

        /** Rule 1: euro per functional unit per module, Σ value × price in document order, per card. */
        private void weighCards(double[] cardEuro, boolean[] cardHas) {
            ShadowPriceSet set = weighting.set();
            Map<String, Optional<ShadowPrice>> prices = new HashMap<>();
            Map<String, String> noted = new LinkedHashMap<>();
            Map<String, Integer> uses = new HashMap<>();
            for (int c = 0; c < cards.length; c++) {
                ProjectDocument.Card card = doc.cards().get(c);
                cardIndex.put(card.id(), c);
                Set<LcaModule> modules = card.impacts().keySet();
                for (Map.Entry<LcaModule, Map<String, Double>> m : card.impacts().entrySet()) {
                    int at = c * M + m.getKey().ordinal();
                    cardHas[at] = true;
                    double euro = 0;
                    for (Map.Entry<String, Double> v : m.getValue().entrySet()) {
                        Optional<ShadowPrice> p = prices.computeIfAbsent(v.getKey(), set::price);
                        if (p.isPresent()) {
                            checkUnit(c, card, v.getKey(), p.get());
                        }
                        if (p.isPresent() && p.get().weighted()) {
                            euro += v.getValue() * p.get().euroPerUnit();
                        }
                        if (p.isEmpty() || Weighting.flagged(p.get())) {
                            noted.putIfAbsent(v.getKey(), "cards[" + c + "].impacts." + m.getKey().code() + "."
                                    + v.getKey());
                            uses.merge(v.getKey(), 1, Integer::sum);
                        }
                    }
                    cardEuro[at] = euro;
                }
                cards[c] = new CardView(card.id(), card.name(), card.dataCategory(), card.unit(), card.lifespanYears(),
                        card.representative(), card.source(), card.libraryVersion(), card.releasedMaterialCard(),
                        modules, card.attributes());
            }
            if (!unitErrors.isEmpty()) {
                // a value in another unit would be priced as if in the set's (ADPF in MJ as kg Sb-eq: ≈ 2,079× too high)
                throw ProblemException.invalidFields(unitErrors.size() + " card indicator unit(s) differ from the"
                        + " units of shadow-price set " + set.id() + " " + set.version() + "; convert the values or"
                        + " choose the matching set", unitErrors);
            }
            // one data-quality finding per indicator, not per use: 2,000 cards must not give 100,000 notes
            for (Map.Entry<String, String> e : noted.entrySet()) {
                Optional<ShadowPrice> p = prices.get(e.getKey());
                Finding f = p.isEmpty()
                        ? Finding.warning(Weighting.RULE, e.getKey(), e.getValue(), "Indicator '" + e.getKey()
                        + "' is not in shadow-price set " + set.id() + " " + set.version() + ": not weighted")
                        : Weighting.note(set, p.get(), e.getValue()).orElseThrow();
                dataQuality.add(new MkiResult.ResultFinding(severity(f.severity()), f.rule(), null, f.subject(),
                        f.field(), f.message() + " (" + uses.get(e.getKey()) + " module value(s) in the document)",
                        weighting.pluginId() + " " + weighting.pluginVersion()));
            }
        }

        /** Card indicator units against the set's: a stated unit must be the set's; an unstated one is assumed. */
        private void checkUnit(int c, ProjectDocument.Card card, String indicator, ShadowPrice price) {
            String stated = card.indicatorUnits().get(indicator);
            if (stated == null) {
                assumedUnits.putIfAbsent(indicator, price.unit());
            } else if (!sameUnit(stated, price.unit()) && checkedUnits.add(c + "\u0000" + indicator)) {
                unitErrors.add(new Problem.FieldError("cards[" + c + "].indicatorUnits." + indicator, Weighting.RULE.label(),
                        "card '" + card.id() + "' states " + indicator + " in '" + stated + "', but shadow-price set "
                                + weighting.set().id() + " prices " + indicator + " per '" + price.unit() + "'"));
            }
        }

        /** "kg CO2-eq", "kg CO2 eq" and "kgCO2eq." are one unit; "MJ" and "kg Sb-eq" are not. */
        static boolean sameUnit(String a, String b) {
            return normalUnit(a).equals(normalUnit(b));
        }

        private static String normalUnit(String u) {
            return u == null ? "" : u.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s.\\-_]", "")
                    .replace("equivalent", "eq").replace("³", "3");
        }

        /** One bounded call per rule: every line. @return false when the rule does not apply or its call failed */
        private boolean runLineHook(RuleBinding rule, LineContext[] contexts, double[] factor, byte[] status) {
            String version = doc.protocolVersion();
            LinePhase phase;
            try {
                phase = rule.call("line hook over " + contexts.length + " lines", r -> {
                    if (!r.protocolVersions().contains(version)) {
                        return null;
                    }
                    LinePhase lp = new LinePhase(contexts.length);
                    for (int i = 0; i < contexts.length; i++) {
                        try {
                            LineOutcome o = r.line(contexts[i]);
                            if (o == null) {
                                lp.failures[i] = "line() returned null";
                            } else {
                                lp.outcomes[i] = o;
                            }
                        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                            lp.failures[i] = reason(e);
                        }
                    }
                    return lp;
                });
            } catch (RuntimeException e) {
                ruleFailed(rule, "line hook", e);
                return false;
            }
            if (phase == null) {
                rulesUsed.add(used(rule, false));
                return false;
            }
            rulesUsed.add(used(rule, true));
            String plugin = plugin(rule);
            for (int i = 0; i < contexts.length; i++) {
                if (phase.failures[i] != null) {
                    lineFinding(i, new MkiResult.ResultFinding("error", label(rule), lines[i].id(), null,
                            "lines[" + i + "]", "Rule '" + rule.info().id() + "' of plugin " + plugin
                            + " failed on this line (" + phase.failures[i] + "); the line counts 0.", plugin));
                    status[i] = CompiledProject.REFUSED;
                    continue;
                }
                LineOutcome o = phase.outcomes[i];
                for (MkiFactor f : o.factors()) {
                    int base = i * M;
                    for (int m = 0; m < M; m++) {
                        if (f.appliesTo(MODULES[m])) {
                            factor[base + m] *= f.value();
                        }
                    }
                    if (f.value() == 0 && f.modules().isEmpty() && status[i] == CompiledProject.COUNTED) {
                        status[i] = CompiledProject.EXCLUDED;
                    }
                    if (lineFactors[i] == null) {
                        lineFactors[i] = new ArrayList<>(2);
                    }
                    lineFactors[i].add(new MkiResult.AppliedFactor(f.rule().label(), f.name(), f.value(),
                            f.modules().isEmpty() ? null : f.modules().stream().sorted().map(LcaModule::code).toList(),
                            plugin));
                }
                for (Finding f : o.findings()) {
                    lineFinding(i, finding(f, lines[i].id(), plugin));
                    if (f.severity() == Severity.ERROR) {
                        status[i] = CompiledProject.REFUSED;
                    }
                }
                if (o.pricing() != null) {
                    if (pricing[i] != null) {
                        // two prices for one line would make the figure depend on plugin order: refuse instead
                        lineFinding(i, new MkiResult.ResultFinding("error", o.pricing().rule().label(), lines[i].id(),
                                null, "lines[" + i + "]", "Two rules price this line ('" + pricing[i].name() + "' of "
                                + pricingPlugin[i] + " and '" + o.pricing().name() + "' of " + plugin
                                + "); the line counts 0.", plugin));
                        status[i] = CompiledProject.REFUSED;
                    } else {
                        pricing[i] = o.pricing();
                        pricingPlugin[i] = plugin;
                    }
                }
            }
            return true;
        }

        private void runProjectHook(RuleBinding rule, ProjectView view) {
            ProjectOutcome o;
            try {
                o = rule.call("project hook", r -> r.project(view));
            } catch (RuntimeException e) {
                ruleFailed(rule, "project hook", e);
                return;
            }
            if (o == null) {
                o = ProjectOutcome.NONE;
            }
            String plugin = plugin(rule);
            for (Finding f : o.findings()) {
                Integer at = lineOf(f.field());
                MkiResult.ResultFinding rf = finding(f, at == null ? null : lines[at].id(), plugin);
                projectFindings.add(rf);
                if (at != null) {
                    fromProject.add(rf);
                    lineFinding(at, rf);
                }
            }
            for (LineExclusion x : o.exclusions()) {
                Integer at = lineIndex.get(x.lineId());
                if (at == null) {
                    projectFindings.add(new MkiResult.ResultFinding("warning", label(rule), null, x.lineId(), null,
                            "Rule '" + rule.info().id() + "' excluded unknown line '" + x.lineId() + "'; ignored.",
                            plugin));
                    continue;
                }
                if (project.status[at] == CompiledProject.COUNTED) {
                    project.status[at] = CompiledProject.EXCLUDED;
                }
                MkiResult.ResultFinding rf = finding(x.reason(), x.lineId(), plugin);
                projectFindings.add(rf);
                fromProject.add(rf);
                lineFinding(at, rf);
            }
        }

        private void ruleFailed(RuleBinding rule, String hook, RuntimeException e) {
            rulesUsed.add(used(rule, false));
            projectFindings.add(new MkiResult.ResultFinding("error", label(rule), null, rule.info().id(), null,
                    "Rule '" + rule.info().id() + "' of plugin " + plugin(rule) + " could not be applied (" + hook
                            + "): " + reason(e) + ". The result is incomplete.", plugin(rule)));
        }

        /** Folds per-line factor vectors into a table of distinct profiles. */
        private static double[] profiles(double[] factor, int[] lineProfile, byte[] status) {
            Map<ProfileKey, Integer> seen = new HashMap<>();
            List<double[]> table = new ArrayList<>();
            for (int i = 0; i < lineProfile.length; i++) {
                double[] v = Arrays.copyOfRange(factor, i * M, i * M + M);
                Integer p = seen.get(new ProfileKey(v));
                if (p == null) {
                    p = table.size();
                    table.add(v);
                    seen.put(new ProfileKey(v), p);
                }
                lineProfile[i] = p;
            }
            double[] out = new double[table.size() * M];
            for (int p = 0; p < table.size(); p++) {
                System.arraycopy(table.get(p), 0, out, p * M, M);
            }
            return out;
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

        private void lineFinding(int i, MkiResult.ResultFinding f) {
            if (lineFindings[i] == null) {
                lineFindings[i] = new ArrayList<>(2);
            }
            lineFindings[i].add(f);
        }

        /** Builds the result from a recalculation. */
        public MkiResult result(CompiledProject.Totals t) {
            Set<Integer> usedModules = new java.util.TreeSet<>();
            for (int i = 0; i < lines.length; i++) {
                int c = project.lineCard[i] * M;
                for (int m = 0; m < M; m++) {
                    if (project.cardHas[c + m]) {
                        usedModules.add(m);
                    }
                }
            }
            Map<String, Double> byModule = new LinkedHashMap<>();
            for (int m : usedModules) {
                byModule.put(MODULES[m].code(), t.byModuleEuro()[m]);
            }
            List<MkiResult.ObjectTotal> byObject = objectTotals(t);
            List<MkiResult.LineResult> lineResults = new ArrayList<>(lines.length);
            List<MkiResult.ResultFinding> all = new ArrayList<>(dataQuality.size());
            for (MkiResult.ResultFinding f : dataQuality) {
                all.add(cite(f));
            }
            for (int i = 0; i < lines.length; i++) {
                int c = project.lineCard[i] * M;
                Map<String, Double> mods = new LinkedHashMap<>();
                for (int m = 0; m < M; m++) {
                    if (project.cardHas[c + m]) {
                        mods.put(MODULES[m].code(), project.lineModuleEuro(i, m));
                    }
                }
                List<MkiResult.ResultFinding> lf = lineFindings[i] == null ? List.of() : lineFindings[i];
                for (MkiResult.ResultFinding f : lf) {
                    if (!fromProject.contains(f)) {
                        all.add(cite(f));
                    }
                }
                ProjectDocument.Line l = doc.lines().get(i);
                List<MkiResult.AppliedFactor> lfa = lineFactors[i] == null ? List.of() : lineFactors[i];
                MkiResult.PricingUsed pu = pricingUsed[i];
                if (!numberedAsProtocol()) {
                    lf = lf.stream().map(this::cite).toList();
                    lfa = lfa.stream().map(a -> new MkiResult.AppliedFactor(cite(a.rule()), a.name(), a.value(),
                            a.modules(), a.plugin())).toList();
                    pu = pu == null ? null : new MkiResult.PricingUsed(cite(pu.rule()), pu.name(), pu.card(),
                            pu.euroPerUnit(), pu.quantity(), pu.unit(), pu.source(), pu.publishedBreakdown(),
                            pu.plugin());
                }
                lineResults.add(new MkiResult.LineResult(l.id(), l.object(), l.card(), l.quantity(), l.unit(),
                        status(project.status[i]), t.lineMkiEuro()[i], mods, lfa, pu, lf));
            }
            for (MkiResult.ResultFinding f : projectFindings) {
                all.add(cite(f));
            }
            boolean valid = all.stream().noneMatch(f -> f.severity().equals("error"));
            return new MkiResult(valid, doc.name(), t.totalMkiEuro(), byModule, byObject, lineResults, all, method());
        }

        private List<MkiResult.ObjectTotal> objectTotals(CompiledProject.Totals t) {
            // linear in the objects, deepest first (the reader refused cycles and trees deeper than its limit)
            int[] parent = ObjectTree.parents(java.util.Arrays.stream(objects).map(ObjectView::parentId).toList(),
                    objectIndex);
            double[] subtree = ObjectTree.subtreeSums(parent, ObjectTree.depths(parent), t.byObjectEuro());
            List<MkiResult.ObjectTotal> out = new ArrayList<>(objects.length);
            for (int o = 0; o < objects.length; o++) {
                out.add(new MkiResult.ObjectTotal(objects[o].id(), objects[o].name(), objects[o].parentId(),
                        objects[o].earthwork(), t.byObjectEuro()[o], subtree[o]));
            }
            return out;
        }

        private MkiResult.Method method() {
            Map<String, String> plugins = new TreeMap<>();
            plugins.put(weighting.pluginId(), weighting.pluginVersion());
            for (MkiResult.RuleUsed r : rulesUsed) {
                if (r.applied()) {
                    plugins.put(r.plugin(), r.pluginVersion());
                }
            }
            ShadowPriceSet s = weighting.set();
            return new MkiResult.Method("RWS-MKI " + doc.protocolVersion(),
                    plugins.entrySet().stream().map(e -> new MkiResult.PluginVersion(e.getKey(), e.getValue())).toList(),
                    new MkiResult.WeightingUsed(s.id(), s.version(), weighting.pluginId(), weighting.pluginVersion(),
                            Map.copyOf(assumedUnits)),
                    List.copyOf(rulesUsed));
        }

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
                return i < lines.length ? i : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** What a project-level rule sees: the views and the line sums after the line hooks. */
        private final class View implements ProjectView {

            private final CompiledProject.Totals totals;
            private final List<LineView> lineList = List.of(lines);

            View(CompiledProject.Totals totals) {
                this.totals = totals;
            }

            @Override
            public ProjectSettings settings() {
                return settings;
            }

            @Override
            public List<LineView> lines() {
                return lineList;
            }

            @Override
            public CardView card(String cardId) {
                if (cardId == null) {
                    return CardView.none(null);
                }
                Integer c = cardIndex.get(cardId);
                return c == null ? null : cards[c];
            }

            @Override
            public ObjectView object(String objectId) {
                Integer o = objectIndex.get(objectId);
                return o == null ? null : objects[o];
            }

            @Override
            public boolean counted(int lineIndex) {
                return project.status[lineIndex] == CompiledProject.COUNTED;
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

    private static final class LinePhase {
        final LineOutcome[] outcomes;
        final String[] failures;

        LinePhase(int n) {
            outcomes = new LineOutcome[n];
            failures = new String[n];
        }
    }

    private record ProfileKey(double[] v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ProfileKey k && Arrays.equals(v, k.v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }
    }

    private static MkiResult.ResultFinding finding(Finding f, String line, String plugin) {
        String subject = f.subject() != null && f.subject().equals(line) ? null : f.subject();
        return new MkiResult.ResultFinding(severity(f.severity()), f.rule(), line, subject, f.field(), f.message(),
                plugin);
    }

    private static String severity(Severity s) {
        return s.name().toLowerCase();
    }

    private static String status(byte s) {
        return switch (s) {
            case CompiledProject.EXCLUDED -> "excluded";
            case CompiledProject.REFUSED -> "refused";
            default -> "counted";
        };
    }

    private static MkiResult.RuleUsed used(RuleBinding r, boolean applied) {
        ExtensionInfo i = r.info();
        return new MkiResult.RuleUsed(i.id(), r.pluginId(), r.pluginVersion(),
                i.implementsRules().stream().map(RuleRef::label).toList(), applied);
    }

    private static String plugin(RuleBinding r) {
        return r.pluginId() + " " + r.pluginVersion();
    }

    /** A rule's own citation, for findings about the rule itself. */
    private static String label(RuleBinding r) {
        List<RuleRef> refs = r.info().implementsRules();
        return refs.isEmpty() ? r.info().id() : refs.get(0).label();
    }

    static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
