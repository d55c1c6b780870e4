package nl.kringloop.mki.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.mki.MkiCalculationService;
import nl.kringloop.mki.MkiProjectEntity;
import nl.kringloop.mki.MkiProjects;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDeleting;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.ProjectDocumentReader;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.JsonbSettings;
import nl.kringloop.transparency.TransparencyLog;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The realisation and reporting side of a project (RWS-MKI 4.0 chapter 4): contract settings, realisation, registers
 * and issued reports. Every write is one transaction and validates before it stores; issuing a report computes,
 * renders the Annex B workbook and the PDF, and only then stores them, so a report that is stored is complete.
 */
@ApplicationScoped
public class MkiReporting {

    /** contract fields kept here; the document settings go to the project document itself */
    static final List<String> CONTRACT_NUMBERS = List.of("promisedMkiEuro", "awardValuePerEuroMki", "penaltyFactor");
    static final List<String> CONTRACT_TEXTS = List.of("contractNumber", "client", "contractor",
            "bepalingsmethodeVersion", "ecoinventVersion", "demonstration", "lcaExperts", "changeHandling",
            "clientAlignment", "restscopeMonitoring");
    static final List<String> DOCUMENT_SETTINGS = List.of("protocolVersion", "nmdVersion", "sections",
            "serviceLifeYears");

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    MkiProjects projects;

    @Inject
    MkiCalculationService calculation;

    @Inject
    Audit audit;

    @Inject
    TransparencyLog log;

    @Inject
    Caller caller;

    private static final Jsonb JSONB = JsonbBuilder.create(JsonbSettings.config().withNullValues(true));

    // ---- contract ----------------------------------------------------------------------------------------------

    public JsonObject contract(String projectId) {
        MkiProjectEntity p = projects.get(projectId);
        return contractView(p, json(state(projectId).contractJson()));
    }

    @Transactional
    public JsonObject putContract(String projectId, JsonObject body) {
        MkiProjectEntity p = projects.get(projectId);
        JsonObjectBuilder contract = Json.createObjectBuilder();
        JsonObjectBuilder docPatch = Json.createObjectBuilder();
        boolean docChange = false;
        for (String key : body.keySet()) {
            JsonValue v = body.get(key);
            if (CONTRACT_NUMBERS.contains(key)) {
                if (v == JsonValue.NULL) {
                    continue;
                }
                double d = JsonInput.number(v, key);
                if (d < 0) {
                    throw DomainException.invalid(key, key + ": must not be negative");
                }
                contract.add(key, v);
            } else if (CONTRACT_TEXTS.contains(key)) {
                if (v != JsonValue.NULL) {
                    contract.add(key, JsonInput.string(v, key));
                }
            } else if (key.equals("asBuiltProtocol")) {
                contract.add(key, JsonInput.bool(v, key));
            } else if (DOCUMENT_SETTINGS.contains(key)) {
                docPatch.add(key, v);
                docChange = true;
            } else {
                throw DomainException.invalid(key, key + ": not a contract setting (" + CONTRACT_NUMBERS + ", "
                        + CONTRACT_TEXTS + ", asBuiltProtocol, " + DOCUMENT_SETTINGS + ")");
            }
        }
        JsonObject c = contract.build();
        if (c.containsKey("awardValuePerEuroMki") && !c.containsKey("promisedMkiEuro")) {
            throw DomainException.invalid("promisedMkiEuro", "promisedMkiEuro: an award model needs the promised"
                    + " MKI it is measured against");
        }
        if (docChange) {
            // the versions the contract prescribes (§1.2, §1.4), the §3 sections and the service life live in the
            // document, where the calculation reads them
            p = projects.changeSettings(projectId, docPatch.build(), caller.actorName());
        }
        MkiReportingEntity s = stateForWrite(projectId);
        s.contract(c.toString(), Instant.now(), caller.actorName());
        audit.record(caller, "mki-contract", "mki-project", projectId, c.toString());
        return contractView(p, c);
    }

    private static JsonObject contractView(MkiProjectEntity p, JsonObject contract) {
        JsonObject doc = MkiProjects.json(p);
        JsonObjectBuilder b = Json.createObjectBuilder(contract);
        for (String k : DOCUMENT_SETTINGS) {
            if (doc.containsKey(k)) {
                b.add(k, doc.get(k));
            }
        }
        return b.build();
    }

    // ---- realisation -------------------------------------------------------------------------------------------

    public List<JsonObject> realisation(String projectId) {
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = state(projectId);
        ProjectDocument work = ProjectDocumentReader.read(ReportBuilder.work(inputs(p, s, null, 0, List.of()))
                .document());
        Map<String, Realisation.LineState> states = Realisation.parseStored(json(s.realisationJson()));
        List<JsonObject> out = new ArrayList<>();
        for (ProjectDocument.Line l : work.lines()) {
            Realisation.LineState st = states.get(l.id());
            JsonObjectBuilder b = Json.createObjectBuilder().add("line", l.id()).add("object", l.object())
                    .add("unit", l.unit()).add("designQuantity", l.quantity()).add("restscope", l.restscope());
            if (l.card() != null) {
                b.add("card", l.card());
            }
            JsonObject state = st == null ? Json.createObjectBuilder().add("status", Realisation.PLANNED)
                    .add("monitoring", Realisation.QUANTITY).build() : st.json();
            state.forEach((k, v) -> {
                if (!k.equals("line")) {
                    b.add(k, v);
                }
            });
            out.add(b.build());
        }
        return out;
    }

    @Transactional
    public List<JsonObject> updateRealisation(String projectId, String format, byte[] body) {
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = stateForWrite(projectId);
        ProjectDocument work = ProjectDocumentReader.read(ReportBuilder.work(inputs(p, s, null, 0, List.of()))
                .document());
        Map<String, ProjectDocument.Line> lines = new LinkedHashMap<>();
        work.lines().forEach(l -> lines.put(l.id(), l));
        List<Realisation.Row> rows = Realisation.rows(format, body);
        Map<String, Realisation.LineState> next = Realisation.apply(rows, lines,
                Realisation.parseStored(json(s.realisationJson())), LocalDate.now(ZoneOffset.UTC));
        s.realisation(Realisation.storedJson(next).toString(), Instant.now(), caller.actorName());
        audit.record(caller, "mki-realisation", "mki-project", projectId, rows.size() + " line(s) (" + format + ")");
        em.flush();
        return realisation(projectId);
    }

    // ---- registers ---------------------------------------------------------------------------------------------

    /** Every register, scope changes and measures with their model and MKI effect computed as the work now stands. */
    public JsonObject registers(String projectId) {
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = state(projectId);
        ReportBuilder.Inputs in = inputs(p, s, null, 0, List.of());
        return ReportBuilder.registerSnapshot(in, ReportBuilder.work(in), engine());
    }

    @Transactional
    public JsonObject addEntry(String projectId, String register, JsonObject body) {
        Registers.Kind kind = Registers.kind(register);
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = stateForWrite(projectId);
        JsonObject stored = json(s.registersJson());
        int next = stored.getJsonObject("next") == null ? 1
                : stored.getJsonObject("next").getInt(kind.name(), 1);
        String id = kind.prefix() + "-" + next;
        JsonObject entry = validEntry(p, s, kind, body, id);
        List<JsonObject> entries = new ArrayList<>(Registers.parse(stored).get(kind.name()));
        entries.add(entry);
        JsonObjectBuilder counters = Json.createObjectBuilder(stored.getJsonObject("next") == null
                ? JsonValue.EMPTY_JSON_OBJECT : stored.getJsonObject("next")).add(kind.name(), next + 1);
        saveRegisters(p, s, Json.createObjectBuilder(stored).add(kind.name(), Json.createArrayBuilder(entries))
                .add("next", counters).build());
        audit.record(caller, "mki-register-add", "mki-project", projectId, kind.name() + " " + id);
        return entry;
    }

    /** one entry of a register as the work now stands */
    public JsonObject entry(EntryRef ref) {
        Registers.kind(ref.register());
        return registers(ref.project()).getJsonArray(ref.register()).getValuesAs(JsonObject.class).stream()
                .filter(e -> ref.entry().equals(e.getString("id", null))).findFirst()
                .orElseThrow(() -> DomainException.unknown("Register entry", ref.entry()));
    }

    @Transactional
    public JsonObject replaceEntry(EntryRef ref, JsonObject body) {
        Registers.Kind kind = Registers.kind(ref.register());
        String projectId = ref.project();
        String entryId = ref.entry();
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = stateForWrite(projectId);
        JsonObject stored = json(s.registersJson());
        List<JsonObject> entries = new ArrayList<>(Registers.parse(stored).get(kind.name()));
        int i = indexOf(entries, entryId, kind);
        JsonObject entry = validEntry(p, s, kind, body, entryId);
        Integer frozenBy = frozenBy(projectId, kind, entryId);
        if (frozenBy != null && !sameButStatus(entries.get(i), entry)) {
            throw frozen(kind, entryId, frozenBy, "only its status (with its date) may change, e.g. a proposed scope"
                    + " change agreed; record anything else as a new entry");
        }
        entries.set(i, entry);
        saveRegisters(p, s, Json.createObjectBuilder(stored).add(kind.name(), Json.createArrayBuilder(entries)).build());
        audit.record(caller, "mki-register-change", "mki-project", projectId, kind.name() + " " + entryId);
        return entry;
    }

    @Transactional
    public void deleteEntry(EntryRef ref) {
        Registers.Kind kind = Registers.kind(ref.register());
        String projectId = ref.project();
        String entryId = ref.entry();
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = stateForWrite(projectId);
        JsonObject stored = json(s.registersJson());
        List<JsonObject> entries = new ArrayList<>(Registers.parse(stored).get(kind.name()));
        int i = indexOf(entries, entryId, kind);
        Integer frozenBy = frozenBy(projectId, kind, entryId);
        if (frozenBy != null) {
            throw frozen(kind, entryId, frozenBy, "it stays in the register; set its status instead");
        }
        entries.remove(i);
        saveRegisters(p, s, Json.createObjectBuilder(stored).add(kind.name(), Json.createArrayBuilder(entries)).build());
        audit.record(caller, "mki-register-remove", "mki-project", projectId, kind.name() + " " + entryId);
    }

    /** the number of the first issued report that holds this register entry, or null while none does */
    private Integer frozenBy(String projectId, Registers.Kind kind, String entryId) {
        for (MkiReportEntity r : reportEntities(projectId)) {
            JsonObject registers = json(r.reportJson()).getJsonObject("registers");
            if (registers == null || !registers.containsKey(kind.name())) {
                continue;
            }
            for (JsonValue v : registers.getJsonArray(kind.name())) {
                if (entryId.equals(v.asJsonObject().getString("id", null))) {
                    return r.number();
                }
            }
        }
        return null;
    }

    private static boolean sameButStatus(JsonObject before, JsonObject after) {
        Function<JsonObject, JsonObject> strip = o -> {
            JsonObjectBuilder b = Json.createObjectBuilder(o);
            List.of("status", "date", "author").forEach(b::remove);
            return b.build();
        };
        return strip.apply(before).equals(strip.apply(after));
    }

    private static DomainException frozen(Registers.Kind kind, String entryId, int report, String what) {
        return DomainException.conflict("Entry " + entryId + " of register " + kind.name() + " is part of issued report "
                + report + ", which froze the registers as they stood (RWS-MKI 4.0 chapter 4; " + kind.rule() + "): "
                + what);
    }

    /**
     * A project with issued reports is kept: the reports are immutable and in the transparency log, and they embed
     * the project's document. Without reports, its contract, realisation and registers go with it.
     */
    void onProjectDeleting(@Observes ProjectDeleting e) {
        List<MkiReportEntity> issued = reportEntities(e.projectId());
        if (!issued.isEmpty()) {
            throw DomainException.conflict("Project " + e.projectId() + " has " + issued.size() + " issued report(s)"
                    + " (RWS-MKI 4.0 chapter 4); issued reports are immutable and logged, so the project is kept");
        }
        MkiReportingEntity s = em.find(MkiReportingEntity.class, e.projectId());
        if (s != null) {
            em.remove(s);
        }
    }

    private JsonObject validEntry(MkiProjectEntity p, MkiReportingEntity s, Registers.Kind kind, JsonObject body,
                                  String id) {
        ReportBuilder.Inputs in = inputs(p, s, null, 0, List.of());
        ProjectDocument work = ProjectDocumentReader.read(ReportBuilder.work(in).document());
        Set<String> lineIds = new LinkedHashSet<>();
        work.lines().forEach(l -> lineIds.add(l.id()));
        ProjectDocument design = ProjectDocumentReader.readStored(MkiProjects.json(p));
        design.lines().forEach(l -> lineIds.add(l.id()));
        // cards may come from the design or the work (a card a scope change brought in)
        ProjectDocument withAllCards = new ProjectDocument(work.name(), work.protocolVersion(), work.weighting(),
                work.serviceLifeYears(), work.nmdVersion(), work.sections(), union(design.cards(), work.cards()),
                work.objects(), work.lines());
        JsonObject entry = Registers.entry(kind, body, id, caller.actorName(), LocalDate.now(ZoneOffset.UTC),
                withAllCards, lineIds);
        if (entry.containsKey("variant")) {
            MkiProjectEntity v = projects.get(entry.getString("variant"));
            String root = p.variantOf() == null ? p.id() : p.variantOf();
            if (!root.equals(v.variantOf()) || v.id().equals(p.id())) {
                throw DomainException.invalid("variant", "variant: project '" + v.id() + "' is not a variant of"
                        + " this project (POST /api/mki/projects/" + p.id() + "/variants makes one)");
            }
        }
        return entry;
    }

    /** Stores registers only when the work they make still reads and calculates (a bad model is a 400). */
    private void saveRegisters(MkiProjectEntity p, MkiReportingEntity s, JsonObject registers) {
        s.registers(registers.toString(), Instant.now(), caller.actorName());
        ReportBuilder.Inputs in = inputs(p, s, null, 0, List.of());
        ReportBuilder.registerSnapshot(in, ReportBuilder.work(in), engine());
    }

    private static int indexOf(List<JsonObject> entries, String id, Registers.Kind kind) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getString("id").equals(id)) {
                return i;
            }
        }
        throw DomainException.unknown("Entry of register " + kind.name(), id);
    }

    // ---- reports -----------------------------------------------------------------------------------------------

    @Transactional
    public JsonObject issue(String projectId, String kind) {
        if (!List.of(ReportBuilder.PLAN, ReportBuilder.PROGRESS, ReportBuilder.FINAL).contains(kind)) {
            throw DomainException.invalid("kind", "kind: '" + kind + "' is not plan, progress or final");
        }
        MkiProjectEntity p = projects.get(projectId);
        MkiReportingEntity s = stateForWrite(projectId);
        List<MkiReportEntity> earlier = reportEntities(projectId);
        List<JsonObject> previous = earlier.stream().map(r -> json(r.reportJson())).toList();
        int number = earlier.size() + 1;
        IssuedReport report = ReportBuilder.build(inputs(p, s, kind, number, previous), engine());
        JsonObject unhashed = json(JSONB.toJson(report));
        JsonObject withoutHash = Json.createObjectBuilder(unhashed).remove("contentHash").build();
        String hash = CanonicalJson.sha256(CanonicalJson.write(withoutHash));
        IssuedReport hashed = report.withHash(hash);
        String reportJson = Json.createObjectBuilder(unhashed).add("contentHash", hash).build().toString();
        byte[] xlsx = AnnexBWorkbook.write(hashed);
        byte[] pdf = ReportPdf.write(hashed);
        em.persist(new MkiReportEntity(UUID.randomUUID().toString(), projectId, number, kind,
                Instant.parse(report.issuedAt()), report.issuedBy(), hash, reportJson, xlsx, pdf));
        log.append(TransparencyLog.MKI_REPORT, projectId, number, hash);
        audit.record(caller, "mki-report-issue", "mki-project", projectId, "report " + number + " (" + kind + ") "
                + hash);
        return json(reportJson);
    }

    public List<IssuedReport.Summary> reports(String projectId) {
        projects.get(projectId);
        return reportEntities(projectId).stream().map(e -> summary(projectId, json(e.reportJson()))).toList();
    }

    public JsonObject report(String projectId, int number) {
        return json(reportEntity(projectId, number).reportJson());
    }

    public byte[] annexB(String projectId, int number) {
        return reportEntity(projectId, number).annexBXlsx();
    }

    public byte[] pdf(String projectId, int number) {
        return reportEntity(projectId, number).reportPdf();
    }

    static IssuedReport.Summary summary(String projectId, JsonObject r) {
        String base = "/api/mki/projects/" + projectId + "/reports/" + r.getInt("number");
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", base);
        links.put("annexB", base + "/annex-b.xlsx");
        links.put("pdf", base + "/report.pdf");
        int errors = (int) r.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> "error".equals(f.getString("severity", ""))).count();
        return new IssuedReport.Summary(r.getInt("number"), r.getString("kind"), r.getString("issuedAt"),
                r.getString("contentHash"), r.getJsonNumber("initialMkiEuro").doubleValue(),
                ReportBuilder.number(r, "previousForecastMkiEuro"), r.getJsonNumber("forecastMkiEuro").doubleValue(),
                r.getJsonNumber("realisedMkiEuro").doubleValue(), ReportBuilder.number(r, "promisedMkiEuro"),
                ReportBuilder.number(r, "exposureEuro"), errors, links);
    }

    private MkiReportEntity reportEntity(String projectId, int number) {
        projects.get(projectId);
        return reportEntities(projectId).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> DomainException.unknown("Report", projectId + "/" + number));
    }

    private List<MkiReportEntity> reportEntities(String projectId) {
        return em.createQuery("select r from MkiReportEntity r where r.projectId = :p order by r.number",
                MkiReportEntity.class).setParameter("p", projectId).getResultList();
    }

    // ---- state -------------------------------------------------------------------------------------------------

    private ReportBuilder.Inputs inputs(MkiProjectEntity p, MkiReportingEntity s, String kind, int number,
                                        List<JsonObject> previous) {
        Map<String, List<JsonObject>> registers = Registers.parse(json(s.registersJson()));
        Map<String, JsonObject> variants = new LinkedHashMap<>();
        for (String r : List.of(Registers.SCOPE_CHANGES.name(), Registers.MEASURES.name())) {
            for (JsonObject e : registers.get(r)) {
                if (e.containsKey("variant")) {
                    variants.put(e.getString("variant"), MkiProjects.json(projects.get(e.getString("variant"))));
                }
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ReportBuilder.Inputs(p.id(), number, kind, now.toString(), LocalDate.ofInstant(now, ZoneOffset.UTC),
                caller.actorName(), MkiProjects.json(p), json(s.contractJson()), registers,
                Realisation.parseStored(json(s.realisationJson())), variants, previous);
    }

    private Function<ProjectDocument, MkiResult> engine() {
        return calculation::calculate;
    }

    private MkiReportingEntity state(String projectId) {
        MkiReportingEntity s = em.find(MkiReportingEntity.class, projectId);
        return s != null ? s : new MkiReportingEntity(projectId, Instant.now());
    }

    /**
     * The row of the project, created on its first write, locked so that two writers are one after the other; only
     * for the project's own calculators and the administrator, as the project itself.
     */
    private MkiReportingEntity stateForWrite(String projectId) {
        projects.getForWrite(projectId);
        MkiReportingEntity s = em.find(MkiReportingEntity.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            s = new MkiReportingEntity(projectId, Instant.now());
            em.persist(s);
        }
        return s;
    }

    private static List<ProjectDocument.Card> union(List<ProjectDocument.Card> a, List<ProjectDocument.Card> b) {
        Map<String, ProjectDocument.Card> m = new LinkedHashMap<>();
        a.forEach(c -> m.put(c.id(), c));
        b.forEach(c -> m.putIfAbsent(c.id(), c));
        return List.copyOf(m.values());
    }

    static JsonObject json(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }
}
