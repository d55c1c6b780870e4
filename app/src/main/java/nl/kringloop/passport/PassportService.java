package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.FiniteNumbers;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.reference.CrmList;
import nl.kringloop.reference.ReferenceListFormat;
import nl.kringloop.reference.ReferenceLists;
import nl.kringloop.reference.ZzsList;
import nl.kringloop.transparency.TransparencyLog;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The passport life cycle: draft → published version n (immutable, hashed) → draft n+1. Each public method is one
 * transaction, so a refused request writes nothing, and the audit entry commits with the change it records.
 */
@ApplicationScoped
public class PassportService {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Preconditions preconditions;

    @Inject
    ReferenceLists lists;

    @Inject
    Guidelines guidelines;

    @Inject
    Audit audit;

    @Inject
    Event<PassportPublished> published;
    @Inject
    TransparencyLog log;

    /** A validated document with its guideline version and reference lists resolved and written into it. */
    public record Prepared(PassportDocument document, JsonObject json, String canonical, GuidelineVersion guideline,
                           CrmList crm, ZzsList zzs, PassportDerivation.Result derived) {
    }

    /** A version just published, with the document it was prepared from: a view of it needs no second reading. */
    public record Published(Passport passport, PassportVersion version, Prepared prepared) {
    }

    /** Validates a submitted document (400 naming the field) and fills in the guideline and list versions used. */
    public Prepared prepare(JsonValue body) {
        JsonObject root = withoutNullMembers(JsonInput.object(body, ""));
        refuseUnknown(root, "", TOP_LEVEL);
        if (root.get("product") instanceof JsonObject product) {
            refuseUnknown(product, "product", PRODUCT);
        }
        String gid = JsonInput.optional(root, "guidelineVersion").map(v -> JsonInput.string(v, "guidelineVersion"))
                .orElse(null);
        GuidelineVersion g = gid == null ? guidelines.latest() : guidelines.find(gid).orElseThrow(() ->
                DomainException.invalid("guidelineVersion", "guidelineVersion: '" + gid
                        + "' is not a guideline version; see /api/guideline/versions"));
        PassportDocument doc = PassportDocumentReader.read(root, Set.copyOf(g.added()));
        String crmId = Optional.ofNullable(doc.referenceLists().crm()).orElseGet(() -> lists.defaultId(ReferenceListFormat.CRM));
        String zzsId = Optional.ofNullable(doc.referenceLists().zzs()).orElseGet(() -> lists.defaultId(ReferenceListFormat.ZZS));
        CrmList crm = lists.crm(crmId, "referenceLists.crm");
        ZzsList zzs = lists.zzs(zzsId, "referenceLists.zzs");
        JsonObject json = Json.createObjectBuilder(root).add("guidelineVersion", g.id())
                .add("referenceLists", Json.createObjectBuilder().add("crm", crm.id()).add("zzs", zzs.id())).build();
        // derived and rendered now, before anything is stored: what cannot be shown later is refused now
        PassportDerivation.Result derived = PassportDerivation.derive(doc, crm, zzs);
        FiniteNumbers.require(derived, "derived", "values");
        return new Prepared(doc, json, CanonicalJson.write(json), g, crm, zzs, derived);
    }

    /** the members a passport document has; any other is refused, never stored blind (docs/api-errors.md) */
    static final Set<String> TOP_LEVEL = Set.of("product", "guidelineVersion", "massGram", "referenceLists", "values",
            "calculatedMethods");
    static final Set<String> PRODUCT = Set.of("id", "name", "model", "manufacturer", "productGroup");

    private static void refuseUnknown(JsonObject o, String path, Set<String> known) {
        for (String k : o.keySet()) {
            if (!known.contains(k)) {
                String f = JsonInput.path(path, k);
                throw DomainException.invalid(f, f + ": not a member of a passport document (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** what the register computes and stores itself; a submitted document never sets it */
    static final String REGISTER_MEMBER = "calculatedMethods";

    /**
     * Refuses a submitted {@code calculatedMethods} that the register did not compute (a forgery path: a score stored
     * as if a method plugin had produced it). The rule (docs/api-errors.md, "Passport documents"): a new document
     * has none; an edited one may send back what the register stored, unchanged (as a client reads and returns a
     * draft), or leave it out, which removes the attached values.
     *
     * @param stored the document stored now (the draft, else the latest version), or null for a new passport
     */
    static void refuseRegisterMembers(JsonValue body, String path, JsonObject stored) {
        if (!(body instanceof JsonObject o) || o.get(REGISTER_MEMBER) == null || o.get(REGISTER_MEMBER) == JsonValue.NULL) {
            return;
        }
        JsonValue before = stored == null ? null : stored.get(REGISTER_MEMBER);
        if (before != null && CanonicalJson.write(withoutNull(o.get(REGISTER_MEMBER))).equals(CanonicalJson.write(before))) {
            return;
        }
        String f = JsonInput.path(path, REGISTER_MEMBER);
        throw DomainException.invalid(f, f + ": computed by the register when a method is attached (POST"
                + " /api/passports/{id}/methods/{method}); a submitted document may only send it back unchanged, or"
                + " leave it out", "guideline §3.3 condition 2: calculated values are the register's, labelled");
    }

    private static JsonValue withoutNull(JsonValue v) {
        return v instanceof JsonObject o ? withoutNullMembers(o) : v;
    }

    private static JsonObject readObject(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    /** A member whose value is null is the same as an absent one, and is not stored (docs/api-errors.md). */
    static JsonObject withoutNullMembers(JsonObject o) {
        var b = Json.createObjectBuilder();
        o.forEach((k, v) -> {
            if (v instanceof JsonObject inner) {
                b.add(k, withoutNullMembers(inner));
            } else if (v instanceof JsonArray a) {
                var items = Json.createArrayBuilder();
                a.forEach(item -> items.add(item instanceof JsonObject io ? withoutNullMembers(io) : item));
                b.add(k, items);
            } else if (v != JsonValue.NULL) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    /** Re-reads a stored (hence valid) document. */
    public Prepared reread(String canonical) {
        try (JsonReader r = Json.createReader(new StringReader(canonical))) {
            return prepare(r.readObject());
        }
    }

    @Transactional
    public Passport create(Caller caller, JsonValue body) {
        refuseRegisterMembers(body, "", null);
        Prepared p = prepare(body);
        String orgId = caller.require().organisationId();
        Passport passport = new Passport(UUID.randomUUID().toString(), orgId, Instant.now());
        passport.saveDraft(p.canonical(), Instant.now());
        em.persist(passport);
        audit.record(caller, "create-draft", "passport", passport.id(), "draft version 1 of '"
                + p.document().product().name() + "'");
        return passport;
    }

    /**
     * Saves the working draft; when the latest version is published, this starts draft n+1.
     *
     * @param version the version the caller means to edit (from {@code /versions/{n}}), or null for "the draft"
     */
    @Transactional
    public Passport saveDraft(Caller caller, String id, JsonValue body, Integer version) {
        return saveDraft(caller, id, body, version, false);
    }

    /**
     * @param attached true when the register itself attached a method's value to {@code body} (POST
     *                 /api/passports/{id}/methods/{method}); otherwise the body is the submitter's, whose
     *                 {@code calculatedMethods} may only be what the register stored
     */
    @Transactional
    public Passport saveDraft(Caller caller, String id, JsonValue body, Integer version, boolean attached) {
        return saveDraft(caller, lock(id), body, version, attached);
    }

    private Passport saveDraft(Caller caller, Passport passport, JsonValue body, Integer version, boolean attached) {
        String id = passport.id();
        if (!attached) {
            String current = passport.hasDraft() ? passport.draftJson() : passport.latestVersion() == 0 ? null
                    : version(id, passport.latestVersion()).map(PassportVersion::documentJson).orElse(null);
            refuseRegisterMembers(body, "", current == null ? null : readObject(current));
        }
        if (version != null && version <= passport.latestVersion()) {
            throw DomainException.conflict("Version " + version + " of passport " + id + " is published and immutable;"
                    + " edit the passport (PUT /api/passports/" + id + ") to start draft version " + passport.draftVersion());
        }
        if (version != null && version != passport.draftVersion()) {
            throw DomainException.unknown("Version", id + "/" + version);
        }
        Prepared p = prepare(body);
        boolean started = !passport.hasDraft();
        passport.saveDraft(p.canonical(), Instant.now());
        audit.record(caller, started ? "create-draft" : "edit-draft", "passport", id, "draft version " + passport.draftVersion());
        return passport;
    }

    /** Publishes the draft: the passport is read once, under its row lock, and its document prepared once. */
    @Transactional
    public Published publish(Caller caller, String id) {
        Passport passport = lock(id);
        if (!passport.hasDraft()) {
            throw DomainException.conflict("Passport " + id + " has no draft to publish; version "
                    + passport.latestVersion() + " is published");
        }
        Prepared p = reread(passport.draftJson());
        return new Published(passport, publish(caller, passport, p, "publish"), p);
    }

    private PassportVersion publish(Caller caller, Passport passport, Prepared p, String action) {
        int n = passport.draftVersion();
        Instant now = Instant.now();
        PassportVersion v = new PassportVersion(passport.id(), n, p.canonical(), CanonicalJson.sha256(p.canonical()), now,
                caller.actorId(), caller.actorName());
        em.persist(v);
        PassportDerivation.Result d = p.derived();
        passport.published(n, now, p.document().product(), materialsIndex(p.document()), crmIndex(d), zzsIndex(d));
        published.fire(new PassportPublished(passport.id(), n, passport.organisationId(), v.sha256(), now, p, d));
        audit.record(caller, action, "passport", passport.id(), "version " + n + " sha256 " + v.sha256());
        log.append(TransparencyLog.PASSPORT_VERSION, passport.id(), n, v.sha256());
        return v;
    }

    /**
     * Imports many passports at once, all or nothing: one invalid document refuses the whole request with the
     * field prefixed by its index ({@code [12].values.A1.1[0].cas}). With {@code publish}, each becomes version 1.
     */
    @Transactional
    public List<String> importAll(Caller caller, JsonArray documents, boolean publish) {
        String orgId = caller.require().organisationId();
        // every document validated and derived before anything is written: prepare's reads (guideline and list
        // versions) are queries, and a query after a write flushes the transaction's growing set of new rows first
        List<Prepared> prepared = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            try {
                refuseRegisterMembers(documents.get(i), "", null);
                prepared.add(prepare(documents.get(i)));
            } catch (DomainException e) {
                throw e.at("[" + i + "]").by("document " + i + " of the import; nothing was imported");
            }
        }
        List<String> ids = new ArrayList<>(documents.size());
        for (Prepared p : prepared) {
            Passport passport = new Passport(UUID.randomUUID().toString(), orgId, Instant.now());
            passport.saveDraft(p.canonical(), Instant.now());
            em.persist(passport);
            if (publish) {
                publish(caller, passport, p, "import-publish");
            } else {
                audit.record(caller, "import-draft", "passport", passport.id(), "draft version 1");
            }
            ids.add(passport.id());
        }
        return ids;
    }

    /**
     * Attaches a calculated circularity value to the passport's draft under "calculatedMethods" (beside the
     * guideline's codes, never among them: guideline §3.3 condition 2). Read, edit and save are one transaction under
     * the row lock, so no other edit of the draft comes between reading it and writing it back.
     *
     * @param value the method's value as the register labels it; a published passport gets draft n+1
     */
    @Transactional
    public Passport attachMethod(Caller caller, String id, String method, JsonObject value) {
        Passport passport = lock(id);
        String current = passport.hasDraft() ? passport.draftJson()
                : version(id, passport.latestVersion()).orElseThrow().documentJson();
        JsonObject doc = readObject(current);
        JsonObject methods = doc.containsKey(REGISTER_MEMBER) ? doc.getJsonObject(REGISTER_MEMBER)
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject updated = Json.createObjectBuilder(doc).add(REGISTER_MEMBER,
                Json.createObjectBuilder(methods).add(method, value)).build();
        return saveDraft(caller, passport, updated, null, true);
    }

    @Transactional
    public void discardDraft(Caller caller, String id) {
        Passport passport = lock(id);
        if (!passport.hasDraft()) {
            throw DomainException.conflict("Passport " + id + " has no draft");
        }
        if (passport.latestVersion() == 0) {
            em.remove(passport);
        } else {
            passport.saveDraft(null, null);
        }
        audit.record(caller, "discard-draft", "passport", id, "draft version " + passport.draftVersion());
    }

    public Optional<Passport> find(String id) {
        return Optional.ofNullable(em.find(Passport.class, id));
    }

    /**
     * @return the version with its stored document loaded, in a transaction of its own (or the caller's): outside
     *         one the entity was detached as soon as it was found, and its lazy document column, read afterwards,
     *         came back null now and then under concurrent reads (3 answers of 500 in ~600,000 GETs of
     *         PassportBench at 4–8 threads)
     */
    @Transactional
    public Optional<PassportVersion> version(String id, int n) {
        PassportVersion v = em.find(PassportVersion.class, id + "/" + n);
        if (v != null) {
            v.documentJson(); // loads the lazy column while the entity is managed
        }
        return Optional.ofNullable(v);
    }

    public List<PassportVersion> versions(String id) {
        return em.createQuery("select v from PassportVersion v where v.passportId = :p order by v.number",
                PassportVersion.class).setParameter("p", id).getResultList();
    }

    /** the passport's entity tag, sent as ETag and expected in If-Match */
    public static String entityTag(Passport p) {
        return Preconditions.tag("passport", p.lockVersion());
    }

    private Passport lock(String id) {
        Passport p = em.find(Passport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw DomainException.unknown("Passport", id);
        }
        // under the row lock: a stale If-Match is refused before anything changes (412)
        preconditions.check(entityTag(p));
        return p;
    }

    static String materialsIndex(PassportDocument doc) {
        Set<String> s = new LinkedHashSet<>();
        doc.amounts("A1.1").forEach(a -> {
            s.add(PassportDocumentReader.key(a.name()));
            if (a.cas() != null) {
                s.add(a.cas());
            }
        });
        return "|" + String.join("|", s) + "|";
    }

    static String crmIndex(PassportDerivation.Result d) {
        Set<String> s = new LinkedHashSet<>();
        d.criticalRawMaterials().forEach(c -> {
            s.add(c.crm());
            s.add(PassportDocumentReader.key(c.material()));
            if (c.member() != null) {
                s.add(c.member());
            }
        });
        return "|" + String.join("|", s) + "|";
    }

    static String zzsIndex(PassportDerivation.Result d) {
        Set<String> s = new LinkedHashSet<>();
        d.substancesOfVeryHighConcern().stream().filter(PassportDerivation.ZzsItem::listed).forEach(z -> {
            s.add(z.cas());
            s.add(PassportDocumentReader.key(z.substance()));
        });
        return "|" + String.join("|", s) + "|";
    }
}
