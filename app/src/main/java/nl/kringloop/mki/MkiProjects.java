package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import nl.kringloop.organisation.Account;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.platform.ProblemException;
import nl.kringloop.platform.RoleGuard;
import nl.kringloop.platform.Roles;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Stored MKI projects and their variants. Every change is made to the project document, which is then read in
 * full by {@link ProjectDocumentReader} before it is stored: a change that would make the document invalid is a
 * 400 and nothing is written (one transaction per request). Cards a line references from the library are
 * embedded when the line is added, so a stored document is always self-contained.
 */
@ApplicationScoped
public class MkiProjects {

    static final String DEFAULT_PROTOCOL = "4.0";
    static final String DEFAULT_WEIGHTING = "nmd-set-1";
    static final double DEFAULT_SERVICE_LIFE_YEARS = 50;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Event<ProjectDeleting> deleting;

    @Inject
    Preconditions preconditions;

    @Inject
    CardLibrary library;

    @Inject
    MkiCalculationService calculation;

    @Inject
    Caller caller;

    /**
     * Creates a project from a complete document, or an empty one from {@code {"name": …}} with the defaults
     * protocol 4.0, weighting nmd-set-1 and a 50-year service life unless given.
     */
    @Transactional
    public MkiProjectEntity create(JsonObject body, String by, boolean illustrative) {
        JsonObject doc = withDefaults(body);
        doc = embedLibraryCards(doc);
        ProjectDocument valid = ProjectDocumentReader.read(doc);
        if (!illustrative) {
            calculable(valid); // the demo is loaded at start-up, before every plugin need be there
        }
        MkiProjectEntity e = new MkiProjectEntity(UUID.randomUUID().toString(), valid.name(), null, null,
                illustrative, doc.toString(), Instant.now(), by, illustrative ? null : organisationOfCaller());
        em.persist(e);
        return e;
    }

    /** the caller's organisation; the administrator's projects belong to none (only the administrator changes them) */
    private String organisationOfCaller() {
        return caller.account().map(Account::organisationId).orElse(null);
    }

    /**
     * A project is changed only by calculators of the organisation it belongs to and by the administrator
     * (issue 12 item 9); one of no organisation (the demo, the administrator's) only by the administrator.
     */
    private void requireWriter(MkiProjectEntity e) {
        if (caller.isAdmin() || (e.organisationId() != null
                && caller.isMemberWithRole(e.organisationId(), Roles.CALCULATOR))) {
            return;
        }
        throw RoleGuard.forbidden("Project " + e.id() + (e.organisationId() == null
                ? " belongs to no organisation; only the administrator changes it"
                : " belongs to organisation " + e.organisationId() + "; only its calculators and the administrator"
                + " change it"));
    }

    /**
     * Validates now what the result would refuse later: the weighting and rules resolve, every figure is finite.
     * The stored document is always one that calculates.
     */
    private void calculable(ProjectDocument doc) {
        calculation.calculate(doc);
    }

    public MkiProjectEntity get(String id) {
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id);
        if (e == null) {
            throw ProblemException.notFound("Project", id);
        }
        return e;
    }

    /** the project, when the caller may change it (and what belongs to it: contract, realisation, reports) */
    public MkiProjectEntity getForWrite(String id) {
        MkiProjectEntity e = get(id);
        requireWriter(e);
        return e;
    }

    /** @return whether an illustrative (demo) project exists; a transaction of its own, as the start-up thread has none */
    @Transactional
    public boolean hasIllustrative() {
        return em.createQuery("select count(p) from MkiProjectEntity p where p.illustrative = true", Long.class)
                .getSingleResult() > 0;
    }

    public List<MkiProjectEntity> list(Paging page) {
        return page.apply(em.createQuery("select p from MkiProjectEntity p order by p.createdAt, p.id",
                MkiProjectEntity.class)).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from MkiProjectEntity p", Long.class).getSingleResult();
    }

    public List<MkiProjectEntity> variantsOf(String id) {
        return em.createQuery("select p from MkiProjectEntity p where p.variantOf = :id order by p.createdAt",
                MkiProjectEntity.class).setParameter("id", id).getResultList();
    }

    /** the project's entity tag (its lines and objects are in the same row), sent as ETag and expected in If-Match */
    public static String entityTag(MkiProjectEntity e) {
        return Preconditions.tag("mki-project", e.revision());
    }

    @Transactional
    public void delete(String id) {
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound("Project", id);
        }
        requireWriter(e);
        preconditions.check(entityTag(e));
        deleting.fire(new ProjectDeleting(id)); // what belongs to the project goes, or refuses (issued reports)
        em.remove(e);
    }

    /** @return the stored document, parsed */
    public ProjectDocument document(String id) {
        return ProjectDocumentReader.readStored(json(get(id)));
    }

    public static JsonObject json(MkiProjectEntity e) {
        return Json.createReader(new StringReader(e.documentJson())).readObject();
    }

    /** Replaces the project settings (name, protocolVersion, weighting, serviceLifeYears, nmdVersion, sections). */
    @Transactional
    public MkiProjectEntity changeSettings(String id, JsonObject patch, String by) {
        for (String key : patch.keySet()) {
            if (List.of("cards", "objects", "lines").contains(key)) {
                throw ProblemException.invalidField(key, key + ": change these through their own resources");
            }
        }
        return change(id, by, doc -> (JsonObject) Json.createMergePatch(patch).apply(doc));
    }

    @Transactional
    public MkiProjectEntity addLine(String id, JsonObject line, String by) {
        return change(id, by, doc -> {
            String lineId = JsonInput.string(JsonInput.required(line, "id", "line"), "line.id");
            if (indexOf(doc.getJsonArray("lines"), lineId) >= 0) {
                throw ProblemException.conflict("line '" + lineId + "' already exists in this project");
            }
            JsonObject withCard = ensureCard(doc, line);
            return replace(withCard, "lines", Json.createArrayBuilder(withCard.getJsonArray("lines")).add(line).build());
        });
    }

    /** Applies a JSON merge patch (RFC 7396) to a line; its id cannot change. */
    @Transactional
    public MkiProjectEntity changeLine(String id, String lineId, JsonObject patch, String by) {
        if (patch.containsKey("id") && !lineId.equals(patch.get("id") instanceof JsonString s ? s.getString() : null)) {
            throw ProblemException.invalidField("id", "id: a line's id cannot change");
        }
        return change(id, by, doc -> {
            JsonArray lines = doc.getJsonArray("lines");
            int i = require(lines, lineId, "Line");
            JsonObject changed = (JsonObject) Json.createMergePatch(patch).apply(lines.getJsonObject(i));
            JsonObject withCard = ensureCard(doc, changed);
            return replace(withCard, "lines", Json.createArrayBuilder(lines).set(i, changed).build());
        });
    }

    @Transactional
    public MkiProjectEntity removeLine(String id, String lineId, String by) {
        return change(id, by, doc -> {
            JsonArray lines = doc.getJsonArray("lines");
            int i = require(lines, lineId, "Line");
            return replace(doc, "lines", Json.createArrayBuilder(lines).remove(i).build());
        });
    }

    @Transactional
    public MkiProjectEntity addObject(String id, JsonObject object, String by) {
        return change(id, by, doc -> {
            String objectId = JsonInput.string(JsonInput.required(object, "id", "object"), "object.id");
            if (indexOf(doc.getJsonArray("objects"), objectId) >= 0) {
                throw ProblemException.conflict("object '" + objectId + "' already exists in this project");
            }
            return replace(doc, "objects", Json.createArrayBuilder(doc.getJsonArray("objects")).add(object).build());
        });
    }

    @Transactional
    public MkiProjectEntity changeObject(String id, String objectId, JsonObject patch, String by) {
        if (patch.containsKey("id")) {
            throw ProblemException.invalidField("id", "id: an object's id cannot change");
        }
        return change(id, by, doc -> {
            JsonArray objects = doc.getJsonArray("objects");
            int i = require(objects, objectId, "Object");
            JsonObject changed = (JsonObject) Json.createMergePatch(patch).apply(objects.getJsonObject(i));
            return replace(doc, "objects", Json.createArrayBuilder(objects).set(i, changed).build());
        });
    }

    /** Removes an object; refused (409) while lines or child objects still refer to it. */
    @Transactional
    public MkiProjectEntity removeObject(String id, String objectId, String by) {
        return change(id, by, doc -> {
            JsonArray objects = doc.getJsonArray("objects");
            int i = require(objects, objectId, "Object");
            List<String> users = new ArrayList<>();
            for (JsonValue v : doc.getJsonArray("lines")) {
                if (objectId.equals(((JsonObject) v).getString("object", null))) {
                    users.add("line " + ((JsonObject) v).getString("id"));
                }
            }
            for (JsonValue v : objects) {
                if (objectId.equals(((JsonObject) v).getString("parent", null))) {
                    users.add("object " + ((JsonObject) v).getString("id"));
                }
            }
            if (!users.isEmpty()) {
                throw ProblemException.conflict("object '" + objectId + "' is still used by " + users.size() + ": "
                        + users.subList(0, Math.min(10, users.size())));
            }
            return replace(doc, "objects", Json.createArrayBuilder(objects).remove(i).build());
        });
    }

    /** Copies a project as a variant of it (§ variants: compare designs side by side). */
    @Transactional
    public MkiProjectEntity copyAsVariant(String id, String label, String by) {
        MkiProjectEntity original = get(id);
        String root = original.variantOf() == null ? original.id() : original.variantOf();
        JsonObject doc = json(original);
        String name = original.name() + " — " + label;
        doc = replace(doc, "name", Json.createValue(name));
        MkiProjectEntity variant = new MkiProjectEntity(UUID.randomUUID().toString(), name, root, label,
                original.illustrative(), doc.toString(), Instant.now(), by, organisationOfCaller());
        em.persist(variant);
        return variant;
    }

    private MkiProjectEntity change(String id, String by, UnaryOperator<JsonObject> edit) {
        // locked for the transaction: concurrent changes of one project wait for each other instead of failing
        // on the optimistic lock at commit
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound("Project", id);
        }
        requireWriter(e);
        // under the row lock: a stale If-Match is refused before anything changes (412)
        preconditions.check(entityTag(e));
        JsonObject doc = edit.apply(json(e));
        requireName(doc);
        ProjectDocument valid = ProjectDocumentReader.read(doc);
        calculable(valid);
        e.replaceDocument(valid.name(), doc.toString(), Instant.now(), by);
        return e;
    }

    /** Embeds the library card a line names when the document does not carry it yet. */
    private JsonObject ensureCard(JsonObject doc, JsonObject line) {
        JsonValue card = line.get("card");
        if (!(card instanceof JsonString s) || indexOf(doc.getJsonArray("cards"), s.getString()) >= 0) {
            return doc;
        }
        return replace(doc, "cards", Json.createArrayBuilder(doc.getJsonArray("cards"))
                .add(libraryCard(doc, s.getString(), "line.card")).build());
    }

    /** Embeds every library card the document's lines name but its cards do not hold. */
    JsonObject embedLibraryCards(JsonObject doc) {
        JsonArray cards = doc.getJsonArray("cards");
        Set<String> have = new HashSet<>();
        cards.forEach(c -> have.add(((JsonObject) c).getString("id", "")));
        JsonArrayBuilder added = Json.createArrayBuilder(cards);
        boolean any = false;
        JsonArray lines = doc.getJsonArray("lines");
        for (int i = 0; i < lines.size(); i++) {
            JsonValue card = lines.get(i) instanceof JsonObject l ? l.get("card") : null;
            if (card instanceof JsonString s && have.add(s.getString())) {
                added.add(libraryCard(doc, s.getString(), "lines[" + i + "].card"));
                any = true;
            }
        }
        return any ? replace(doc, "cards", added.build()) : doc;
    }

    private JsonObject libraryCard(JsonObject doc, String cardId, String field) {
        String version = doc.getString("nmdVersion", null);
        if (version == null) {
            throw ProblemException.invalidField(field, field + ": card '" + cardId + "' is neither embedded nor"
                    + " findable: name the project's nmdVersion to use cards from the library");
        }
        return library.card(version, cardId).orElseThrow(() -> ProblemException.invalidField(field, field
                + ": card '" + cardId + "' is not embedded and not in library version " + version));
    }

    private static JsonObject withDefaults(JsonObject body) {
        var b = Json.createObjectBuilder(body);
        if (!body.containsKey("protocolVersion")) {
            b.add("protocolVersion", DEFAULT_PROTOCOL);
        }
        if (!body.containsKey("weighting")) {
            b.add("weighting", DEFAULT_WEIGHTING);
        }
        if (!body.containsKey("serviceLifeYears")) {
            b.add("serviceLifeYears", DEFAULT_SERVICE_LIFE_YEARS);
        }
        for (String list : List.of("cards", "objects", "lines")) {
            if (!body.containsKey(list)) {
                b.add(list, JsonValue.EMPTY_JSON_ARRAY);
            } else {
                JsonArray a = JsonInput.array(body.get(list), list);
                for (int i = 0; i < a.size(); i++) {
                    JsonInput.object(a.get(i), JsonInput.index(list, i));
                }
            }
        }
        JsonObject doc = b.build();
        requireName(doc);
        return doc;
    }

    private static void requireName(JsonObject doc) {
        if (!(doc.get("name") instanceof JsonString s) || s.getString().isBlank()) {
            throw ProblemException.invalidField("name", "name: required, the project's name");
        }
        if (s.getString().length() > MkiProjectEntity.NAME_LENGTH) {
            throw ProblemException.invalidField("name", "name: at most " + MkiProjectEntity.NAME_LENGTH
                    + " characters, got " + s.getString().length());
        }
    }

    private static JsonObject replace(JsonObject doc, String key, JsonValue value) {
        return Json.createObjectBuilder(doc).add(key, value).build();
    }

    private static int indexOf(JsonArray a, String id) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) instanceof JsonObject o && id.equals(o.getString("id", null))) {
                return i;
            }
        }
        return -1;
    }

    private static int require(JsonArray a, String id, String what) {
        int i = indexOf(a, id);
        if (i < 0) {
            throw ProblemException.notFound(what, id);
        }
        return i;
    }
}
