package nl.kringloop.mki.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.ProjectDocumentReader;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Assembles a report of RWS-MKI 4.0 chapter 4 from the project's state: the three figures (§4.3a), the registers
 * with the computed effect of every scope change and measure, the findings (the engine's and those of the evidence
 * dates), what §4.2, §4.3 or §4.4 requires section by section, and for the final report the history (§4.4b) and
 * the category 1 comparison (§4.4d). Pure: the engine is passed in; refusals are 409 problems naming the rule.
 */
final class ReportBuilder {

    static final String PLAN = "plan";
    static final String PROGRESS = "progress";
    static final String FINAL = "final";
    static final String EXPOSURE_BASIS = "contract award model, not the protocol: max(0, forecast − promised) ×"
            + " awardValuePerEuroMki × penaltyFactor";

    private ReportBuilder() {
    }

    /**
     * @param projectDocument the stored project document (design quantities)
     * @param variants        project id → document of every variant a register entry names
     * @param previous        the issued reports of the project, in order, as JSON
     */
    record Inputs(String projectId, int number, String kind, String issuedAt, LocalDate issuedOn, String issuedBy,
                  JsonObject projectDocument, JsonObject contract, Map<String, List<JsonObject>> registers,
                  Map<String, Realisation.LineState> states, Map<String, JsonObject> variants,
                  List<JsonObject> previous) {
    }

    /**
     * The work as it now stands: the design with every agreed scope change applied, in register order.
     *
     * @param models    entry id → the change it models (a variant resolved to line changes)
     * @param changedBy line id → the agreed scope change that added or changed it
     */
    record Work(JsonObject document, Map<String, Forecast.Model> models, Map<String, String> changedBy) {
    }

    static Work work(Inputs in) {
        Map<String, Forecast.Model> models = new LinkedHashMap<>();
        for (String register : List.of(Registers.SCOPE_CHANGES.name(), Registers.MEASURES.name())) {
            for (JsonObject e : in.registers().get(register)) {
                Forecast.Model m = e.containsKey("variant")
                        ? Forecast.fromVariant(in.projectDocument(), in.variants().get(e.getString("variant")))
                        : Forecast.Model.of(e);
                models.put(e.getString("id"), m);
            }
        }
        JsonObject work = in.projectDocument();
        Map<String, String> changedBy = new LinkedHashMap<>();
        for (JsonObject e : in.registers().get(Registers.SCOPE_CHANGES.name())) {
            if ("agreed".equals(e.getString("status"))) {
                Forecast.Model m = models.get(e.getString("id"));
                work = Forecast.apply(work, m);
                m.lines().forEach(l -> changedBy.put(l.getString("id"), e.getString("id")));
            }
        }
        return new Work(work, models, changedBy);
    }

    static IssuedReport build(Inputs in, Function<ProjectDocument, MkiResult> engine) {
        checkOrder(in);
        Work w = work(in);
        JsonObject work = w.document();
        Map<String, Forecast.Model> models = w.models();
        Map<String, String> changedBy = w.changedBy();
        JsonObject plan = in.previous().stream().filter(r -> PLAN.equals(r.getString("kind"))).findFirst().orElse(null);
        Map<String, Double> initialByLine = plan == null ? Map.of() : figureBy(plan, "lines", "id", "forecastMkiEuro");
        Forecast.Figures f = Forecast.figures(work, in.states(), initialByLine, engine);
        ProjectDocument forecastDoc = ProjectDocumentReader.read(f.forecastDocument());
        ProjectDocument workDoc = ProjectDocumentReader.read(work);
        double forecast = f.forecastMkiEuro();
        double initial = plan == null ? forecast : plan.getJsonNumber("forecastMkiEuro").doubleValue();
        JsonObject last = in.previous().isEmpty() ? null : in.previous().get(in.previous().size() - 1);
        Double previousForecast = last == null ? null : last.getJsonNumber("forecastMkiEuro").doubleValue();

        JsonObject registers = registerSnapshot(in, w, engine);
        List<IssuedReport.LineFigures> lines = lines(workDoc, f, in.states(), initialByLine, changedBy);
        List<IssuedReport.ObjectFigures> byObject = byObject(workDoc, lines, plan);
        List<IssuedReport.ModuleFigures> byModule = byModule(f);
        List<IssuedReport.CardFigures> byCard = byCard(workDoc, lines);

        List<String> restLines = forecastDoc.lines().stream().filter(ProjectDocument.Line::restscope)
                .map(ProjectDocument.Line::id).toList();
        double restEuro = f.forecast().lines().stream().filter(l -> restLines.contains(l.id()))
                .mapToDouble(MkiResult.LineResult::mkiEuro).sum();
        List<String> financial = in.states().values().stream().filter(Realisation.LineState::financial)
                .map(Realisation.LineState::line).toList();
        double share = forecast > 0 ? restEuro / forecast : 0;
        IssuedReport.Restscope restscope = new IssuedReport.Restscope(restLines, financial, restEuro, share,
                share <= 0.05);

        Double promised = number(in.contract(), "promisedMkiEuro");
        Double award = number(in.contract(), "awardValuePerEuroMki");
        Double penalty = number(in.contract(), "penaltyFactor");
        Double exposure = promised != null && award != null
                ? Math.max(0, forecast - promised) * award * (penalty == null ? 1 : penalty) : null;

        List<IssuedReport.CardComparison> comparison = comparison(in, workDoc, engine);
        List<MkiResult.ResultFinding> findings = new ArrayList<>(f.forecast().findings());
        findings.addAll(EvidenceRules.check(workDoc, in.states(), in.registers().get(Registers.EVIDENCE.name()),
                in.contract().getBoolean("asBuiltProtocol", false), in.issuedOn()));
        findings.addAll(reportFindings(in, workDoc, forecast, promised, comparison));

        List<IssuedReport.HistoryEntry> history = history(in, initial, forecast, f.realisedMkiEuro());
        List<IssuedReport.Change> trends = trends(in, byObject, byCard);

        if (FINAL.equals(in.kind())) {
            refuseIncompleteFinal(in, workDoc, findings);
        }
        List<IssuedReport.Section> sections = Sections.of(in.kind(), in.contract(), in.registers(), workDoc,
                forecast, promised, comparison);
        JsonObject document = f.forecastDocument();
        return new IssuedReport(in.projectId(), in.number(), in.kind(), in.issuedAt(), in.issuedBy(), null, initial,
                previousForecast, forecast, f.realisedMkiEuro(), promised, exposure, exposure == null ? null
                : EXPOSURE_BASIS, restscope, byObject, byModule, byCard, lines, in.contract(), registers, findings,
                sections, history, trends, comparison, document, CanonicalJson.sha256(CanonicalJson.write(document)),
                f.forecast().method());
    }

    private static void checkOrder(Inputs in) {
        boolean hasPlan = in.previous().stream().anyMatch(r -> PLAN.equals(r.getString("kind")));
        boolean hasFinal = in.previous().stream().anyMatch(r -> FINAL.equals(r.getString("kind")));
        if (hasFinal) {
            throw refused("RWS-MKI 4.0 §4.4", "the final report is issued; the project takes no further reports");
        }
        if (PLAN.equals(in.kind()) && hasPlan) {
            throw refused("RWS-MKI 4.0 §4.2", "the plan of approach is issued already (report "
                    + in.previous().stream().filter(r -> PLAN.equals(r.getString("kind"))).findFirst().get()
                    .getInt("number") + "); its figure is the initial MKI of every later report");
        }
        if (!PLAN.equals(in.kind()) && !hasPlan) {
            throw refused("RWS-MKI 4.0 §4.3a", "issue the plan of approach first: its figure is the initial MKI"
                    + " (§4.3a-III) of every progress and final report");
        }
    }

    /** §4.1 and §4.4a: the final report substantiates the full scope, realised, without error findings. */
    private static void refuseIncompleteFinal(Inputs in, ProjectDocument work, List<MkiResult.ResultFinding> findings) {
        List<Problem.FieldError> reasons = new ArrayList<>();
        for (Realisation.LineState s : in.states().values()) {
            if (s.financial()) {
                reasons.add(new Problem.FieldError("realisation." + s.line() + ".monitoring", "RWS-MKI 4.0 §4.1",
                        "line '" + s.line() + "' is monitored as restscope (financially); the final report substantiates"
                                + " the full scope with realised quantities"));
            }
        }
        for (ProjectDocument.Line l : work.lines()) {
            Realisation.LineState s = in.states().get(l.id());
            String status = s == null ? Realisation.PLANNED : s.status();
            if (!Realisation.REALISED.equals(status) && !Realisation.REMOVED.equals(status)) {
                reasons.add(new Problem.FieldError("realisation." + l.id() + ".status", "RWS-MKI 4.0 §4.4a",
                        "line '" + l.id() + "' is " + status + "; in the final report every line is realised or removed"));
            }
        }
        for (MkiResult.ResultFinding f : findings) {
            if ("error".equals(f.severity())) {
                reasons.add(new Problem.FieldError(f.field() != null ? f.field() : f.line(), f.rule(), f.message()));
            }
        }
        if (!reasons.isEmpty()) {
            throw DomainException.reportRefused("The final report is refused: " + reasons.size() + " reason(s); nothing"
                    + " was issued. First: " + reasons.get(0).message(), reasons.get(0).rule(), reasons);
        }
    }

    static DomainException refused(String rule, String detail) {
        return DomainException.reportRefused(detail, rule, null);
    }

    /** Every register as it stood, scope changes and measures with their model and computed MKI effect. */
    static JsonObject registerSnapshot(Inputs in, Work w, Function<ProjectDocument, MkiResult> engine) {
        JsonObject work = w.document();
        Map<String, Forecast.Model> models = w.models();
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Registers.Kind k : Registers.ALL) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            for (JsonObject e : in.registers().get(k.name())) {
                if (k == Registers.SCOPE_CHANGES || k == Registers.MEASURES) {
                    Forecast.Model m = models.get(e.getString("id"));
                    double effect;
                    if (k == Registers.MEASURES) {
                        // the model is the work without the measure: effect = forecast − forecast without it
                        effect = Forecast.effect(work, Forecast.apply(work, m), in.states(), engine);
                    } else if ("agreed".equals(e.getString("status"))) {
                        effect = Forecast.effect(work, without(in, e.getString("id"), models), in.states(), engine);
                    } else {
                        effect = Forecast.effect(Forecast.apply(work, m), work, in.states(), engine);
                    }
                    a.add(Json.createObjectBuilder(e).add("model", m.json()).add("mkiEffectEuro", effect)
                            .add("inForecast", k == Registers.MEASURES || "agreed".equals(e.getString("status"))));
                } else {
                    a.add(e);
                }
            }
            out.add(k.name(), a);
        }
        return out.build();
    }

    /** The work with every agreed scope change but one. */
    private static JsonObject without(Inputs in, String id, Map<String, Forecast.Model> models) {
        JsonObject w = in.projectDocument();
        for (JsonObject e : in.registers().get(Registers.SCOPE_CHANGES.name())) {
            if ("agreed".equals(e.getString("status")) && !e.getString("id").equals(id)) {
                w = Forecast.apply(w, models.get(e.getString("id")));
            }
        }
        return w;
    }

    private static List<IssuedReport.LineFigures> lines(ProjectDocument work, Forecast.Figures f,
                                                        Map<String, Realisation.LineState> states,
                                                        Map<String, Double> initialByLine, Map<String, String> changedBy) {
        Map<String, MkiResult.LineResult> forecast = new LinkedHashMap<>();
        f.forecast().lines().forEach(l -> forecast.put(l.id(), l));
        Map<String, MkiResult.LineResult> design = new LinkedHashMap<>();
        f.design().lines().forEach(l -> design.put(l.id(), l));
        List<IssuedReport.LineFigures> out = new ArrayList<>();
        for (ProjectDocument.Line l : work.lines()) {
            Realisation.LineState s = states.get(l.id());
            MkiResult.LineResult fl = forecast.get(l.id());
            MkiResult.LineResult dl = design.get(l.id());
            double perUnit = fl != null && fl.quantity() > 0 ? fl.mkiEuro() / fl.quantity()
                    : dl != null && dl.quantity() > 0 ? dl.mkiEuro() / dl.quantity() : 0;
            out.add(new IssuedReport.LineFigures(l.id(), l.object(), l.card(), l.unit(), l.quantity(),
                    fl == null ? null : fl.quantity(), s == null ? null : s.realisedQuantity(),
                    s == null ? Realisation.PLANNED : s.status(), s == null ? Realisation.QUANTITY : s.monitoring(),
                    s == null ? null : s.spentShare(), s == null || s.appliedOn() == null ? null : s.appliedOn().toString(),
                    l.restscope(), perUnit, fl == null ? 0 : fl.mkiEuro(), f.realisedByLine().getOrDefault(l.id(), 0.0),
                    initialByLine.get(l.id()), changedBy.get(l.id())));
        }
        return out;
    }

    private static List<IssuedReport.ObjectFigures> byObject(ProjectDocument work, List<IssuedReport.LineFigures> lines,
                                                             JsonObject plan) {
        Map<String, Double> initial = plan == null ? Map.of() : figureBy(plan, "byObject", "id", "forecastMkiEuro");
        List<IssuedReport.ObjectFigures> out = new ArrayList<>();
        for (ProjectDocument.ProjectObject o : work.objects()) {
            double fc = 0;
            double re = 0;
            for (IssuedReport.LineFigures l : lines) {
                if (l.object().equals(o.id())) {
                    fc += l.forecastMkiEuro();
                    re += l.realisedMkiEuro();
                }
            }
            out.add(new IssuedReport.ObjectFigures(o.id(), o.name(), o.parent(), o.earthwork(), fc, re,
                    plan == null ? fc : initial.get(o.id())));
        }
        return out;
    }

    private static List<IssuedReport.ModuleFigures> byModule(Forecast.Figures f) {
        Set<String> modules = new LinkedHashSet<>(f.forecast().byModule().keySet());
        modules.addAll(f.realised().byModule().keySet());
        return modules.stream().map(m -> new IssuedReport.ModuleFigures(m, f.forecast().byModule().getOrDefault(m, 0.0),
                f.realised().byModule().getOrDefault(m, 0.0))).toList();
    }

    private static List<IssuedReport.CardFigures> byCard(ProjectDocument work, List<IssuedReport.LineFigures> lines) {
        List<IssuedReport.CardFigures> out = new ArrayList<>();
        for (ProjectDocument.Card c : work.cards()) {
            double fc = 0;
            double re = 0;
            boolean used = false;
            for (IssuedReport.LineFigures l : lines) {
                if (c.id().equals(l.card())) {
                    used = true;
                    fc += l.forecastMkiEuro();
                    re += l.realisedMkiEuro();
                }
            }
            if (used) {
                out.add(new IssuedReport.CardFigures(c.id(), c.name(), c.dataCategory().code(), c.unit(), source(c),
                        fc, re));
            }
        }
        return out;
    }

    /** The source Annex B names for a card: its NMD date-version and card id, or its LCA report. */
    static String source(ProjectDocument.Card c) {
        String s = c.source() == null ? "" : c.source();
        if (c.libraryVersion() != null) {
            return c.libraryVersion() + ", card " + c.id() + (s.isBlank() ? "" : " (" + s + ")");
        }
        return s.isBlank() ? "card " + c.id() + " as embedded in the project document" : s;
    }

    /** §4.4d: per category 1 card, MKI per unit per LCA phase against its reference card, without mark-up. */
    private static List<IssuedReport.CardComparison> comparison(Inputs in, ProjectDocument work,
                                                                Function<ProjectDocument, MkiResult> engine) {
        List<IssuedReport.CardComparison> out = new ArrayList<>();
        for (JsonObject e : in.registers().get(Registers.REFERENCE_CARDS.name())) {
            Map<String, Double> card = perUnit(work, e.getString("card"), engine);
            Map<String, Double> ref = perUnit(work, e.getString("referenceCard"), engine);
            Set<String> modules = new LinkedHashSet<>(card.keySet());
            modules.addAll(ref.keySet());
            List<IssuedReport.PhaseDifference> phases = new ArrayList<>();
            boolean differs = false;
            for (String m : modules) {
                double a = card.getOrDefault(m, 0.0);
                double b = ref.getOrDefault(m, 0.0);
                differs |= a != b;
                phases.add(new IssuedReport.PhaseDifference(m, a, b, a - b));
            }
            out.add(new IssuedReport.CardComparison(e.getString("card"), e.getString("referenceCard"), phases, differs,
                    e.getString("explanation", null)));
        }
        return out;
    }

    /**
     * One functional unit of a card through the engine: a document of one entering line of quantity 1 over the card's
     * own lifespan (no replacements), the card taken as representative so that no category 3 mark-up applies.
     */
    private static Map<String, Double> perUnit(ProjectDocument work, String cardId,
                                               Function<ProjectDocument, MkiResult> engine) {
        ProjectDocument.Card c = work.cards().stream().filter(x -> x.id().equals(cardId)).findFirst().orElseThrow(() ->
                DomainException.invalid("registers.reference-cards", "card '" + cardId + "' is no longer in the"
                        + " project document"));
        ProjectDocument.Card unmarked = new ProjectDocument.Card(c.id(), c.name(), c.dataCategory(), c.unit(),
                c.lifespanYears(), true, c.source(), c.libraryVersion(), false, c.impacts(), c.attributes());
        ProjectDocument one = new ProjectDocument("per unit of " + c.id(), "4.0", work.weighting(),
                c.lifespanYears() != null ? c.lifespanYears() : work.serviceLifeYears(), work.nmdVersion(), null,
                List.of(unmarked), List.of(new ProjectDocument.ProjectObject("unit", "unit", null, false)),
                List.of(new ProjectDocument.Line("unit", "unit", c.id(), 1, c.unit(),
                        Flow.ENTERING, null, null, false, Map.of())));
        return engine.apply(one).lines().get(0).byModule();
    }

    private static List<MkiResult.ResultFinding> reportFindings(Inputs in, ProjectDocument work, double forecast,
                                                                Double promised,
                                                                List<IssuedReport.CardComparison> comparison) {
        List<MkiResult.ResultFinding> out = new ArrayList<>();
        boolean fin = FINAL.equals(in.kind());
        if (promised == null) {
            out.add(EvidenceRules.finding("warning", "RWS-MKI 4.0 §4.2a", null, "contract",
                    "The contract settings do not state the promised MKI (promisedMkiEuro)."));
        } else if (forecast > promised && PROGRESS.equals(in.kind()) && in.registers().get(Registers.MEASURES.name())
                .stream().noneMatch(e -> e.getBoolean("improvement", false) || "planned".equals(e.getString("status")))) {
            out.add(EvidenceRules.finding("warning", "RWS-MKI 4.0 §4.3c", null, "measures", "The forecast ("
                    + forecast + " euro) is above the promised MKI (" + promised + " euro): the progress report must"
                    + " name improvement measures; none is registered as planned."));
        }
        Set<String> cat1 = new LinkedHashSet<>();
        for (ProjectDocument.Line l : work.lines()) {
            work.cards().stream().filter(c -> c.id().equals(l.card()) && c.dataCategory() == DataCategory.ONE)
                    .forEach(c -> cat1.add(c.id()));
        }
        for (String c : cat1) {
            if (comparison.stream().noneMatch(x -> x.card().equals(c))) {
                out.add(EvidenceRules.finding(fin ? "error" : "info", "RWS-MKI 4.0 §4.4d", null, c, "Category 1 card '"
                        + c + "' has no reference card registered (register reference-cards): the final report compares"
                        + " it per LCA phase with the category 3 card it replaces."));
            }
        }
        for (IssuedReport.CardComparison x : comparison) {
            if (x.differs() && (x.explanation() == null || x.explanation().isBlank())) {
                out.add(EvidenceRules.finding(fin ? "error" : "warning", "RWS-MKI 4.0 §4.4d", null, x.card(),
                        "Category 1 card '" + x.card() + "' differs from its reference '" + x.referenceCard()
                                + "' in one or more LCA phases: explain why the deviation is needed for"
                                + " representativeness."));
            }
        }
        for (ProjectDocument.Card c : work.cards()) {
            boolean used = work.lines().stream().anyMatch(l -> c.id().equals(l.card()));
            if (used && in.registers().get(Registers.REPRESENTATIVENESS.name()).stream()
                    .noneMatch(e -> c.id().equals(e.getString("card")))) {
                out.add(EvidenceRules.finding(PLAN.equals(in.kind()) ? "warning" : "info", "RWS-MKI 4.0 §4.2c", null,
                        c.id(), "No representativeness argument is registered for card '" + c.id() + "'."));
            }
        }
        if (PLAN.equals(in.kind()) && in.states().values().stream().anyMatch(Realisation.LineState::financial)) {
            out.add(EvidenceRules.finding("warning", "RWS-MKI 4.0 §4.1", null, "restscope", "The plan of approach"
                    + " substantiates the full scope; financial monitoring of restscope applies to progress reports."));
        }
        return out;
    }

    private static List<IssuedReport.HistoryEntry> history(Inputs in, double initial, double forecast, double realised) {
        List<IssuedReport.HistoryEntry> out = new ArrayList<>();
        Double before = null;
        for (JsonObject r : in.previous()) {
            double fc = r.getJsonNumber("forecastMkiEuro").doubleValue();
            out.add(new IssuedReport.HistoryEntry(r.getInt("number"), r.getString("kind"), r.getString("issuedAt"),
                    r.getJsonNumber("initialMkiEuro").doubleValue(), fc, r.getJsonNumber("realisedMkiEuro").doubleValue(),
                    before == null ? null : fc - before));
            before = fc;
        }
        out.add(new IssuedReport.HistoryEntry(in.number(), in.kind(), in.issuedAt(), initial, forecast, realised,
                before == null ? null : forecast - before));
        return out;
    }

    /** §4.4b: per pair of consecutive reports, the three largest changes per object and per card. */
    private static List<IssuedReport.Change> trends(Inputs in, List<IssuedReport.ObjectFigures> byObject,
                                                    List<IssuedReport.CardFigures> byCard) {
        List<IssuedReport.Change> out = new ArrayList<>();
        for (int i = 0; i < in.previous().size(); i++) {
            JsonObject a = in.previous().get(i);
            Map<String, Double> objA = figureBy(a, "byObject", "id", "forecastMkiEuro");
            Map<String, Double> cardA = figureBy(a, "byCard", "id", "forecastMkiEuro");
            Map<String, Double> objB;
            Map<String, Double> cardB;
            int to;
            if (i + 1 < in.previous().size()) {
                JsonObject b = in.previous().get(i + 1);
                objB = figureBy(b, "byObject", "id", "forecastMkiEuro");
                cardB = figureBy(b, "byCard", "id", "forecastMkiEuro");
                to = b.getInt("number");
            } else {
                objB = new LinkedHashMap<>();
                byObject.forEach(o -> objB.put(o.id(), o.forecastMkiEuro()));
                cardB = new LinkedHashMap<>();
                byCard.forEach(c -> cardB.put(c.id(), c.forecastMkiEuro()));
                to = in.number();
            }
            Map<String, String> names = new LinkedHashMap<>();
            byObject.forEach(o -> names.put("object:" + o.id(), o.name()));
            byCard.forEach(c -> names.put("card:" + c.id(), c.name()));
            out.addAll(largest(a.getInt("number"), to, "object", objA, objB, names));
            out.addAll(largest(a.getInt("number"), to, "card", cardA, cardB, names));
        }
        return out;
    }

    private static List<IssuedReport.Change> largest(int from, int to, String kind, Map<String, Double> a,
                                                     Map<String, Double> b, Map<String, String> names) {
        Set<String> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids.stream().map(id -> {
                    double x = a.getOrDefault(id, 0.0);
                    double y = b.getOrDefault(id, 0.0);
                    return new IssuedReport.Change(from, to, kind, id, names.getOrDefault(kind + ":" + id, id), x, y, y - x);
                }).filter(c -> c.changeMkiEuro() != 0)
                .sorted(Comparator.comparingDouble((IssuedReport.Change c) -> -Math.abs(c.changeMkiEuro())))
                .limit(3).toList();
    }

    static Map<String, Double> figureBy(JsonObject report, String list, String key, String figure) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (report.getJsonArray(list) != null) {
            for (JsonObject o : report.getJsonArray(list).getValuesAs(JsonObject.class)) {
                if (o.get(figure) instanceof JsonNumber n) {
                    out.put(o.getString(key), n.doubleValue());
                }
            }
        }
        return out;
    }

    static Double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
