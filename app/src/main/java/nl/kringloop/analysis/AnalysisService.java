package nl.kringloop.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.passport.Passport;
import nl.kringloop.passport.PassportService;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.JsonbSettings;
import nl.kringloop.platform.DomainException;
import nl.kringloop.transparency.TransparencyLog;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Resolves what to analyse (items → published versions' facts, 404 naming the item), runs the pure
 * {@link PortfolioAnalysis}, and issues due-diligence reports. Reads only published, hence public, passport data.
 */
@ApplicationScoped
public class AnalysisService {

    static final Jsonb JSONB = JsonbSettings.JSONB;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    FactsStore facts;

    @Inject
    PassportService passports;

    @Inject
    Audit audit;

    @Inject
    TransparencyLog log;

    private final Map<String, SupplyRiskList> riskLists = new ConcurrentHashMap<>();

    /** Each item's facts: the given version, or the latest published one. */
    public List<PortfolioAnalysis.Holding> resolve(List<PortfolioItem> items, String path) {
        List<PortfolioAnalysis.Holding> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PortfolioItem it = items.get(i);
            String p = path + "[" + i + "]";
            Optional<ProductFacts> f = it.version() == null ? facts.latest(it.passport()) : facts.version(it.passport(), it.version());
            if (f.isEmpty()) {
                throw notFound(it, p);
            }
            out.add(new PortfolioAnalysis.Holding(f.get(), it.quantity()));
        }
        return out;
    }

    private DomainException notFound(PortfolioItem it, String p) {
        if (facts.latest(it.passport()).isEmpty()) {
            boolean exists = passports.find(it.passport()).isPresent();
            return DomainException.unknownAt(p + ".passport", p + ".passport: passport '" + it.passport()
                    + (exists ? "' has no published version" : "' does not exist"));
        }
        return DomainException.unknownAt(p + ".version", p + ".version: passport '" + it.passport()
                + "' has no published version " + it.version() + " (latest is "
                + facts.latest(it.passport()).get().version() + ")");
    }

    /** open feedback per passport (condition 14), all passports: a group-by over the few open remarks */
    Map<String, Integer> openFeedback() {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] r : em.createQuery("select f.passportId, count(f) from Feedback f where f.status = 'open'"
                + " group by f.passportId", Object[].class).getResultList()) {
            out.put((String) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    /** the named supply-risk list; absent: the newest loaded, or none; "none": none */
    SupplyRiskList supplyRisk(String id) {
        if ("none".equals(id)) {
            return null;
        }
        String which = id;
        if (which == null) {
            List<String> newest = em.createQuery("select l.id from SupplyRiskListEntity l order by l.importedAt desc, l.id",
                    String.class).setMaxResults(1).getResultList();
            if (newest.isEmpty()) {
                return null;
            }
            which = newest.get(0);
        }
        String key = which;
        SupplyRiskList cached = riskLists.get(key);
        if (cached != null) {
            return cached;
        }
        SupplyRiskListEntity e = em.find(SupplyRiskListEntity.class, key);
        if (e == null) {
            throw DomainException.unknownAt("supplyRisk", "supplyRisk: supply-risk list '" + key
                    + "' is not loaded; see /api/analyses/supply-risk-lists");
        }
        SupplyRiskList l = SupplyRiskImport.fromStored(e.listJson());
        riskLists.put(key, l);
        return l;
    }

    public Analysis analyse(PortfolioAnalysis.Subject subject, List<PortfolioAnalysis.Holding> holdings, String supplyRisk,
                            int productsLimit) {
        return PortfolioAnalysis.analyse(subject, holdings, supplyRisk(supplyRisk), openFeedback(), productsLimit);
    }

    /** the latest published version of each passport that passes the filter, one unit each */
    List<PortfolioAnalysis.Holding> implicit(Predicate<ProductFacts> which) {
        return facts.latestOf(which).stream().map(f -> new PortfolioAnalysis.Holding(f, 1)).toList();
    }

    ProductFacts version(String passportId, Integer version, String field) {
        Optional<ProductFacts> f = version == null ? facts.latest(passportId) : facts.version(passportId, version);
        return f.orElseThrow(() -> notFound(new PortfolioItem(passportId, version, 1), field));
    }

    // ---- due diligence

    DueDiligenceReport preview(String title, PortfolioAnalysis.Subject subject, String organisationId,
                               List<PortfolioAnalysis.Holding> holdings, String supplyRisk) {
        Optional<IssuedReport> previous = latestIssued(subject.kind(), subject.id());
        return build(title, subject, organisationId, holdings, supplyRisk, previous.orElse(null), null, null,
                Instant.now(), null);
    }

    private DueDiligenceReport build(String title, PortfolioAnalysis.Subject subject, String organisationId,
                                     List<PortfolioAnalysis.Holding> holdings, String supplyRisk, IssuedReport previous,
                                     String reportId, Integer number, Instant at, String by) {
        Analysis a = analyse(subject, holdings, supplyRisk, 1000);
        List<KeyFigures.Figure> figures = KeyFigures.of(a);
        List<DueDiligenceReport.Basis> basis = DueDiligenceReport.basis(holdings);
        JsonObject prev = previous == null ? null : parse(previous.reportJson());
        return new DueDiligenceReport(title, a.scope(), organisationId, reportId != null, reportId, number, at, by,
                previous == null ? null : new DueDiligenceReport.Previous(previous.id(), previous.number(),
                        previous.issuedAt(), previous.sha256()),
                a, figures, DueDiligenceReport.changes(prev, basis, figures), DueDiligenceReport.methods(holdings), basis, null);
    }

    Optional<IssuedReport> latestIssued(String kind, String subjectId) {
        return em.createQuery("select r from IssuedReport r where r.subjectKind = :k and r.subjectId = :s order by r.number desc",
                IssuedReport.class).setParameter("k", kind).setParameter("s", subjectId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /**
     * Issues a report: numbered per subject, hashed, rendered as JSON, XLSX and PDF before the transaction commits,
     * stored as issued. A failure in any rendering issues nothing.
     */
    @Transactional
    public IssuedReport issue(Caller caller, String title, PortfolioAnalysis.Subject subject, String organisationId,
                              boolean publicVisible, List<PortfolioAnalysis.Holding> holdings, String supplyRisk) {
        Optional<IssuedReport> previous = latestIssued(subject.kind(), subject.id());
        int number = previous.map(r -> r.number() + 1).orElse(1);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        DueDiligenceReport r = build(title, subject, organisationId, holdings, supplyRisk, previous.orElse(null), id,
                number, now, caller.actorName());
        String canonical = CanonicalJson.write(parse(JSONB.toJson(r)));
        String sha = CanonicalJson.sha256(canonical);
        DueDiligenceReport hashed = withHash(r, sha);
        String stored = CanonicalJson.write(Json.createObjectBuilder(parse(canonical)).add("contentSha256", sha).build());
        byte[] xlsx = ReportWorkbook.write(hashed);
        byte[] pdf = ReportPdf.write(hashed);
        IssuedReport e = new IssuedReport(id, subject.kind(), subject.id(), number, organisationId, publicVisible, now,
                caller.actorId(), sha, stored, xlsx, pdf);
        em.persist(e);
        log.append(TransparencyLog.CDD_REPORT, id, number, sha);
        audit.record(caller, "issue-due-diligence", subject.kind(), subject.id(), "report " + number + " " + id
                + " sha256 " + sha);
        return e;
    }

    static DueDiligenceReport withHash(DueDiligenceReport r, String sha) {
        return new DueDiligenceReport(r.title(), r.subject(), r.organisationId(), r.issued(), r.reportId(), r.number(),
                r.generatedAt(), r.issuedBy(), r.previousReport(), r.analysis(), r.keyFigures(), r.changesSincePrevious(),
                r.methods(), r.basis(), sha);
    }

    Optional<IssuedReport> issued(String id) {
        return Optional.ofNullable(em.find(IssuedReport.class, id));
    }

    List<IssuedReport> issuedFor(String kind, String subjectId) {
        return em.createQuery("select r from IssuedReport r where r.subjectKind = :k and r.subjectId = :s order by r.number",
                IssuedReport.class).setParameter("k", kind).setParameter("s", subjectId).getResultList();
    }

    Optional<Passport> passport(String id) {
        return passports.find(id);
    }

    static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
