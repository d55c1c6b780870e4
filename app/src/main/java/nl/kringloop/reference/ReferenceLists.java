package nl.kringloop.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Startup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The versioned reference lists. The shipped lists (EU CRM 2017, 2020, 2023 and the labelled ZZS demo excerpt,
 * in {@code src/main/resources/reference/}) are stored at first start; the administrator publishes further
 * versions. A published version never changes, so parsed lists are cached for good; a missing id is not cached.
 */
@ApplicationScoped
public class ReferenceLists {

    private static final Logger LOG = Logger.getLogger(ReferenceLists.class.getName());
    static final List<String> SHIPPED = List.of("eu-crm-2017", "eu-crm-2020", "eu-crm-2023", "zzs-demo-2025-01");

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    private final Map<String, Object> parsed = new ConcurrentHashMap<>();

    @Transactional
    void onStart(@Observes Startup ignored) {
        for (String id : SHIPPED) {
            if (em.find(ReferenceList.class, id) != null) {
                continue;
            }
            JsonObject doc = shipped(id);
            JsonArray entries = doc.getJsonArray("entries");
            String kind = doc.getString("kind");
            // parse before storing: a broken data file must fail loudly here, not on first use
            if (ReferenceListFormat.CRM.equals(kind)) {
                ReferenceListFormat.crm(id, doc.getString("version"), entries);
            } else {
                ReferenceListFormat.zzs(id, doc.getString("version"), doc.getBoolean("demo", false), entries);
            }
            em.persist(new ReferenceList(id, kind, doc.getString("version"), doc.getString("title"),
                    doc.getString("source"), doc.getString("note", null), doc.getBoolean("demo", false), Instant.now(),
                    "system", entries.size(), entries.toString()));
            audit.record("system", "start-up", "publish-reference-list", "reference-list", id, "shipped data file");
            LOG.info("Stored shipped reference list " + id);
        }
    }

    static JsonObject shipped(String id) {
        try (InputStream in = ReferenceLists.class.getResourceAsStream("/reference/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("shipped reference list missing: /reference/" + id + ".json");
            }
            try (JsonReader r = Json.createReader(in)) {
                return r.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ReferenceList> all() {
        return em.createQuery("select l from ReferenceList l order by l.kind, l.publishedAt, l.id", ReferenceList.class)
                .getResultList();
    }

    public Optional<ReferenceList> find(String id) {
        return Optional.ofNullable(em.find(ReferenceList.class, id));
    }

    /** The list a passport uses when it names none: the newest publication (for ZZS, the newest real one first). */
    public String defaultId(String kind) {
        List<ReferenceList> lists = em.createQuery("select l from ReferenceList l where l.kind = :k"
                + " order by l.demo, l.publishedAt desc, l.version desc", ReferenceList.class)
                .setParameter("k", kind).getResultList();
        if (ReferenceListFormat.CRM.equals(kind)) {
            // the newest regulation, not the newest row: an administrator may add an older list later
            return lists.stream().max(Comparator.comparing(ReferenceList::version)).map(ReferenceList::id)
                    .orElseThrow();
        }
        return lists.isEmpty() ? null : lists.get(0).id();
    }

    /** The CRM list with that id; a 400 naming {@code field} when it does not exist or is not a CRM list. */
    public CrmList crm(String id, String field) {
        Object o = parsed(id);
        if (o instanceof CrmList c) {
            return c;
        }
        throw DomainException.invalid(field, field + ": '" + id + "' is not an EU CRM list version; see /api/reference/lists");
    }

    public ZzsList zzs(String id, String field) {
        Object o = parsed(id);
        if (o instanceof ZzsList z) {
            return z;
        }
        throw DomainException.invalid(field, field + ": '" + id + "' is not a ZZS list version; see /api/reference/lists");
    }

    /**
     * The parsed list, cached for good once found. An id not (yet) published is not cached: another server on the
     * same database may publish it at any moment (docs/operations.md).
     */
    private Object parsed(String id) {
        Object o = parsed.get(id);
        if (o == null) {
            o = load(id);
            if (o != null) {
                parsed.putIfAbsent(id, o);
            }
        }
        return o;
    }

    private Object load(String id) {
        ReferenceList l = em.find(ReferenceList.class, id);
        if (l == null) {
            // never cached: a list published a moment later must be found by the next lookup (issue 12 item 6:
            // a "missing" cached while publish() committed refused every passport creation until restart)
            return null;
        }
        JsonArray entries;
        try (JsonReader r = Json.createReader(new StringReader(l.entriesJson()))) {
            entries = r.readArray();
        }
        return ReferenceListFormat.CRM.equals(l.kind()) ? ReferenceListFormat.crm(l.id(), l.version(), entries)
                : ReferenceListFormat.zzs(l.id(), l.version(), l.demo(), entries);
    }

    /**
     * Publishes a new version; ids are never reused and absence is never cached, so the cache holds only
     * published, immutable content, filled by a lookup that sees the committed row.
     */
    @Transactional
    public ReferenceList publish(Caller caller, String id, String kind, String version, String title, String source,
                                 String note, JsonArray entries) {
        if (em.find(ReferenceList.class, id) != null) {
            throw DomainException.conflict("Reference list '" + id + "' exists; a published version never changes,"
                    + " publish a new version under a new id");
        }
        if (ReferenceListFormat.CRM.equals(kind)) {
            ReferenceListFormat.crm(id, version, entries);
        } else if (ReferenceListFormat.ZZS.equals(kind)) {
            ReferenceListFormat.zzs(id, version, false, entries);
        } else {
            throw DomainException.invalid("kind", "kind: '" + kind + "' is not eu-crm or zzs");
        }
        ReferenceList l = new ReferenceList(id, kind, version, title, source, note, false, Instant.now(),
                caller.actorId(), entries.size(), entries.toString());
        em.persist(l);
        audit.record(caller, "publish-reference-list", "reference-list", id, kind + " " + version + ", "
                + entries.size() + " entries");
        return l;
    }
}
