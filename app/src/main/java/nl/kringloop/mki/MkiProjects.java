package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.organisation.Person;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.platform.Roles;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Stored MKI projects and their variants. Every change is made to the project document, which is then read in
 * full by {@link ProjectDocumentReader} before it is stored: a change that would make the document invalid is a
 * 400 and nothing is written (one transaction per request). Cards a line references from the library are
 * embedded when the line is added, so a stored document is always self-contained.
 *
 * <p>A what-if edit — a merge patch of one line's {@code quantity} only — is the exception that keeps large
 * projects fast (issue 20 item 3): the project's compiled form ({@link CompiledProjects}) is edited
 * ({@link MkiEngine.Compilation#withQuantity}, the same result as compiling the edited document), and the patch is
 * stored as a row of {@code MKI_PROJECT_LINE_EDIT} in the same transaction as the row's new revision, instead of
 * rewriting the whole document. {@link #json} folds the rows into the document on every read; every other change,
 * and every {@value #COMPACT_AFTER}th edit, writes the folded document back and deletes the rows.
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

    @Inject
    CompiledProjects compiled;

    /** line edits stored beside a document before it is written back whole */
    static final int COMPACT_AFTER = 64;
    /** the longest stored line edit (the column's length) */
    static final int MAX_EDIT_CHARS = 32_000;

    /** A stored line edit: the revision it made, the line, the JSON merge patch applied to it. */
    record LineEdit(long revision, String lineId, JsonObject patch) {
    }

    /** The columns of a project's row a what-if edit answers with, read without the document. */
    public record Head(String id, String name, String variantOf, String variantLabel, boolean illustrative,
                       long revision, Instant createdAt, Instant updatedAt, String updatedBy) {
    }

    /**
     * A changed line: the project's row (the entity after a change of the whole document; only its head after a
     * what-if edit) and the compiled project as now stored.
     */
    public record LineChange(MkiProjectEntity entity, Head head, MkiEngine.Compilation compiled) {
    }

    /**
     * Creates a project from a complete document, or an empty one from {@code {"name": …}} with the defaults
     * protocol 4.0, weighting nmd-set-1 and a 50-year service life unless given.
     */
    @Transactional
    public MkiProjectEntity create(JsonObject body, String by, boolean illustrative) {
        JsonObject doc = withDefaults(body);
        doc = embedLibraryCards(doc);
        ProjectDocument valid = ProjectDocumentReader.read(doc);
        // the demo is loaded at start-up, before every plugin need be there
        MkiEngine.Compilation c = illustrative ? null : calculable(valid);
        MkiProjectEntity e = new MkiProjectEntity(UUID.randomUUID().toString(), valid.name(), null, null,
                illustrative, doc.toString(), Instant.now(), by, illustrative ? null : organisationOfCaller());
        em.persist(e);
        if (c != null) {
            em.flush(); // gives the row its revision
            compiled.putOnCommit(e.id(), e.revision(), c);
        }
        return e;
    }

    /** the caller's organisation; the administrator's projects belong to none (only the administrator changes them) */
    private String organisationOfCaller() {
        return caller.person().map(Person::organisationId).orElse(null);
    }

    /**
     * A project is changed only by calculators of the organisation it belongs to and by the administrator
     * (issue 12 item 9); one of no organisation (the demo, the administrator's) only by the administrator.
     */
    private void requireWriter(MkiProjectEntity e) {
        requireWriter(e.id(), e.organisationId());
    }

    private void requireWriter(String id, String organisationId) {
        if (caller.isAdmin() || (organisationId != null
                && caller.isMemberWithRole(organisationId, Roles.CALCULATOR))) {
            return;
        }
        throw DomainException.forbidden("Project " + id + (organisationId == null
                ? " belongs to no organisation; only the administrator changes it"
                : " belongs to organisation " + organisationId + "; only its calculators and the administrator"
                + " change it"));
    }

    /**
     * Validates now what the result would refuse later: the weighting and rules resolve, every figure is finite.
     * The stored document is always one that calculates.
     */
    private MkiEngine.Compilation calculable(ProjectDocument doc) {
        MkiEngine.Compilation c = calculation.compile(doc);
        calculation.result(c);
        return c;
    }

    public MkiProjectEntity get(String id) {
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id);
        if (e == null) {
            throw DomainException.unknown("Project", id);
        }
        return withEdits(e);
    }

    /**
     * Reads the line edits not yet folded into the document. The row and the edits are read by two statements: if a
     * change that folds them (and deletes them) came between, the row's DOCUMENT_REVISION is no longer the one read,
     * and the row is read again — so a reader never sees a document without edits its revision includes.
     */
    private MkiProjectEntity withEdits(MkiProjectEntity e) {
        for (int attempt = 1; ; attempt++) {
            if (e.revision() == e.documentRevision()) {
                e.lineEdits(List.of());
                return e;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT REVISION, EDIT_JSON FROM MKI_PROJECT_LINE_EDIT"
                            + " WHERE PROJECT_ID = ? AND REVISION > ? AND REVISION <= ? ORDER BY REVISION")
                    .setParameter(1, e.id()).setParameter(2, e.documentRevision()).setParameter(3, e.revision())
                    .getResultList();
            List<Long> now = em.createQuery("select p.documentRevision from MkiProjectEntity p where p.id = :id",
                    Long.class).setParameter("id", e.id()).getResultList();
            if (now.isEmpty()) {
                throw DomainException.unknown("Project", e.id());
            }
            if (now.get(0) == e.documentRevision()) {
                List<LineEdit> edits = new ArrayList<>(rows.size());
                for (Object[] r : rows) {
                    JsonObject o = Json.createReader(new StringReader((String) r[1])).readObject();
                    edits.add(new LineEdit(((Number) r[0]).longValue(), o.getString("line"), o.getJsonObject("patch")));
                }
                e.lineEdits(edits);
                return e;
            }
            if (attempt == 10) {
                throw new IllegalStateException("project " + e.id() + " changed while being read, ten times");
            }
            if (em.contains(e)) {
                em.refresh(e);
            } else {
                e = em.find(MkiProjectEntity.class, e.id());
                if (e == null) {
                    throw DomainException.unknown("Project", e.id());
                }
            }
        }
    }

    /**
     * The project compiled as stored now: from {@link CompiledProjects} when it holds the row's current revision,
     * else read, compiled and kept.
     */
    public MkiEngine.Compilation compiled(String id) {
        List<Long> revision = em.createQuery("select p.revision from MkiProjectEntity p where p.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        if (revision.isEmpty()) {
            throw DomainException.unknown("Project", id);
        }
        MkiEngine.Compilation c = compiled.get(id, revision.get(0));
        if (c != null) {
            return c;
        }
        MkiProjectEntity e = get(id);
        c = calculation.compile(ProjectDocumentReader.readStored(json(e)));
        compiled.putOnCommit(id, e.revision(), c);
        return c;
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
                MkiProjectEntity.class)).getResultList().stream().map(this::withEdits).toList();
    }

    public long count() {
        return em.createQuery("select count(p) from MkiProjectEntity p", Long.class).getSingleResult();
    }

    public List<MkiProjectEntity> variantsOf(String id) {
        return em.createQuery("select p from MkiProjectEntity p where p.variantOf = :id order by p.createdAt",
                MkiProjectEntity.class).setParameter("id", id).getResultList().stream().map(this::withEdits).toList();
    }

    /** the project's entity tag (its lines and objects are in the same row), sent as ETag and expected in If-Match */
    public static String entityTag(MkiProjectEntity e) {
        return entityTag(e.revision());
    }

    public static String entityTag(long revision) {
        return Preconditions.tag("mki-project", revision);
    }

    @Transactional
    public void delete(String id) {
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DomainException.unknown("Project", id);
        }
        requireWriter(e);
        preconditions.check(entityTag(e));
        deleting.fire(new ProjectDeleting(id)); // what belongs to the project goes, or refuses (issued reports)
        em.remove(e); // and its line edits (ON DELETE CASCADE)
        compiled.evictOnCommit(id);
    }

    /** @return the stored document, parsed */
    public ProjectDocument document(String id) {
        return ProjectDocumentReader.readStored(json(get(id)));
    }

    /** @return the project's document: as last written whole, with the line edits since folded in, in order */
    public static JsonObject json(MkiProjectEntity e) {
        JsonObject doc = Json.createReader(new StringReader(e.documentJson())).readObject();
        List<LineEdit> edits = e.lineEdits();
        if (edits == null) {
            throw new IllegalStateException("the line edits of project " + e.id() + " were not read");
        }
        if (edits.isEmpty()) {
            return doc;
        }
        Map<String, Integer> edited = new HashMap<>();
        edits.forEach(x -> edited.put(x.lineId(), -1));
        JsonArray lines = doc.getJsonArray("lines");
        for (int i = 0; i < lines.size(); i++) {
            String lineId = lines.getJsonObject(i).getString("id", null);
            if (lineId != null && edited.containsKey(lineId)) {
                edited.put(lineId, i);
            }
        }
        Map<Integer, JsonObject> changed = new HashMap<>();
        for (LineEdit x : edits) {
            int i = edited.get(x.lineId()); // a line is removed only by a change that folds its edits first
            changed.put(i, (JsonObject) Json.createMergePatch(x.patch())
                    .apply(changed.getOrDefault(i, lines.getJsonObject(i))));
        }
        JsonArrayBuilder b = Json.createArrayBuilder(lines);
        changed.forEach(b::set);
        return replace(doc, "lines", b.build());
    }

    /** Replaces the project settings (name, protocolVersion, weighting, serviceLifeYears, nmdVersion, sections). */
    @Transactional
    public MkiProjectEntity changeSettings(String id, JsonObject patch, String by) {
        for (String key : patch.keySet()) {
            if (List.of("cards", "objects", "lines").contains(key)) {
                throw DomainException.invalid(key, key + ": change these through their own resources");
            }
        }
        return change(id, by, doc -> (JsonObject) Json.createMergePatch(patch).apply(doc));
    }

    @Transactional
    public MkiProjectEntity addLine(String id, JsonObject line, String by) {
        return change(id, by, doc -> {
            String lineId = JsonInput.string(JsonInput.required(line, "id", "line"), "line.id");
            if (indexOf(doc.getJsonArray("lines"), lineId) >= 0) {
                throw DomainException.conflict("line '" + lineId + "' already exists in this project");
            }
            JsonObject withCard = ensureCard(doc, line);
            return replace(withCard, "lines", Json.createArrayBuilder(withCard.getJsonArray("lines")).add(line).build());
        });
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to a line; its id cannot change. A patch of the quantity alone is a
     * what-if edit (the class comment); any other goes through the whole document.
     */
    @Transactional
    public LineChange changeLine(LineRef line, JsonObject patch, String by) {
        if (patch.containsKey("id") && !line.line().equals(patch.get("id") instanceof JsonString s ? s.getString() : null)) {
            throw DomainException.invalid("id", "id: a line's id cannot change");
        }
        if (patch.size() == 1 && patch.get("quantity") instanceof JsonNumber q && Double.isFinite(q.doubleValue())
                && q.doubleValue() >= 0) {
            LineChange c = editQuantity(line, patch, q.doubleValue(), by);
            if (c != null) {
                return c;
            }
        }
        Changed c = changeWhole(line, patch, by);
        return new LineChange(c.entity(), null, c.compiled());
    }

    /**
     * The what-if edit: row locked, writer and If-Match checked, the compiled project edited, the patch stored as a
     * line edit with the row's new revision and time. A refusal stores nothing (the transaction rolls back).
     *
     * @return null when only the whole document can say what the edit makes (a rule's call failed on the line, a
     *         figure out of range, a patch too long to store as an edit): then nothing has changed yet
     */
    private LineChange editQuantity(LineRef line, JsonObject patch, double quantity, String by) {
        String id = line.project();
        String lineId = line.line();
        // the row lock, as the other changes take it: a no-op update, which locks the row in Derby and PostgreSQL
        // (setting the version itself keeps EclipseLink from raising it, as it does in a JPQL update otherwise)
        if (em.createQuery("update MkiProjectEntity p set p.revision = p.revision where p.id = :id")
                .setParameter("id", id).executeUpdate() == 0) {
            throw DomainException.unknown("Project", id);
        }
        Object[] h = em.createQuery("select p.revision, p.documentRevision, p.organisationId, p.name, p.variantOf,"
                        + " p.variantLabel, p.illustrative, p.createdAt from MkiProjectEntity p where p.id = :id",
                Object[].class).setParameter("id", id).getSingleResult();
        long revision = (Long) h[0];
        long documentRevision = (Long) h[1];
        requireWriter(id, (String) h[2]);
        preconditions.check(entityTag(revision));
        MkiEngine.Compilation base = compiled.get(id, revision);
        if (base == null) {
            base = calculation.compile(ProjectDocumentReader.readStored(json(get(id))));
        }
        int i = base.line(lineId);
        if (i < 0) {
            throw DomainException.unknown("Line", lineId);
        }
        MkiEngine.Compilation edited = base.withQuantity(i, quantity);
        String edit = Json.createObjectBuilder().add("line", lineId).add("patch", patch).build().toString();
        if (edited == null || !edited.finite(i) || edit.length() > MAX_EDIT_CHARS) {
            return null;
        }
        long next = revision + 1;
        Instant now = Instant.now();
        em.createQuery("update MkiProjectEntity p set p.revision = :next, p.updatedAt = :now, p.updatedBy = :by"
                        + " where p.id = :id").setParameter("next", next).setParameter("now", now)
                .setParameter("by", by).setParameter("id", id).executeUpdate();
        em.createNativeQuery("INSERT INTO MKI_PROJECT_LINE_EDIT (PROJECT_ID, REVISION, EDIT_JSON) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, next).setParameter(3, edit).executeUpdate();
        if (next - documentRevision >= COMPACT_AFTER) {
            // write the document back whole now and then, so that reading it never folds many edits
            MkiProjectEntity e = em.find(MkiProjectEntity.class, id);
            em.refresh(e); // the updates above went around the persistence context
            withEdits(e);
            // SQL, not JPQL: a JPQL update that does not set the version raises it (EclipseLink), and this one must
            // leave the revision of the edit
            em.createNativeQuery("UPDATE MKI_PROJECT SET DOCUMENT_JSON = ?, DOCUMENT_REVISION = ? WHERE ID = ?")
                    .setParameter(1, json(e).toString()).setParameter(2, next).setParameter(3, id).executeUpdate();
            deleteEdits(id);
        }
        compiled.putOnCommit(id, next, edited);
        return new LineChange(null, new Head(id, (String) h[3], (String) h[4], (String) h[5], (Boolean) h[6], next,
                (Instant) h[7], now, by), edited);
    }

    private void deleteEdits(String id) {
        em.createNativeQuery("DELETE FROM MKI_PROJECT_LINE_EDIT WHERE PROJECT_ID = ?").setParameter(1, id)
                .executeUpdate();
    }

    private Changed changeWhole(LineRef line, JsonObject patch, String by) {
        return changeDocument(line.project(), by, doc -> {
            JsonArray lines = doc.getJsonArray("lines");
            int i = require(lines, line.line(), "Line");
            JsonObject changed = (JsonObject) Json.createMergePatch(patch).apply(lines.getJsonObject(i));
            JsonObject withCard = ensureCard(doc, changed);
            return replace(withCard, "lines", Json.createArrayBuilder(lines).set(i, changed).build());
        });
    }

    @Transactional
    public MkiProjectEntity removeLine(LineRef line, String by) {
        return change(line.project(), by, doc -> {
            JsonArray lines = doc.getJsonArray("lines");
            int i = require(lines, line.line(), "Line");
            return replace(doc, "lines", Json.createArrayBuilder(lines).remove(i).build());
        });
    }

    @Transactional
    public MkiProjectEntity addObject(String id, JsonObject object, String by) {
        return change(id, by, doc -> {
            String objectId = JsonInput.string(JsonInput.required(object, "id", "object"), "object.id");
            if (indexOf(doc.getJsonArray("objects"), objectId) >= 0) {
                throw DomainException.conflict("object '" + objectId + "' already exists in this project");
            }
            return replace(doc, "objects", Json.createArrayBuilder(doc.getJsonArray("objects")).add(object).build());
        });
    }

    @Transactional
    public MkiProjectEntity changeObject(ObjectRef object, JsonObject patch, String by) {
        if (patch.containsKey("id")) {
            throw DomainException.invalid("id", "id: an object's id cannot change");
        }
        return change(object.project(), by, doc -> {
            JsonArray objects = doc.getJsonArray("objects");
            int i = require(objects, object.object(), "Object");
            JsonObject changed = (JsonObject) Json.createMergePatch(patch).apply(objects.getJsonObject(i));
            return replace(doc, "objects", Json.createArrayBuilder(objects).set(i, changed).build());
        });
    }

    /** Removes an object; refused (409) while lines or child objects still refer to it. */
    @Transactional
    public MkiProjectEntity removeObject(ObjectRef object, String by) {
        String objectId = object.object();
        return change(object.project(), by, doc -> {
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
                throw DomainException.conflict("object '" + objectId + "' is still used by " + users.size() + ": "
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

    /** A project whose document was changed, and its compiled form. */
    private record Changed(MkiProjectEntity entity, MkiEngine.Compilation compiled) {
    }

    private MkiProjectEntity change(String id, String by, UnaryOperator<JsonObject> edit) {
        return changeDocument(id, by, edit).entity();
    }

    private Changed changeDocument(String id, String by, UnaryOperator<JsonObject> edit) {
        // locked for the transaction: concurrent changes of one project wait for each other instead of failing
        // on the optimistic lock at commit
        MkiProjectEntity e = em.find(MkiProjectEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw DomainException.unknown("Project", id);
        }
        requireWriter(e);
        // under the row lock: a stale If-Match is refused before anything changes (412)
        preconditions.check(entityTag(e));
        JsonObject doc = edit.apply(json(withEdits(e)));
        requireName(doc);
        ProjectDocument valid = ProjectDocumentReader.read(doc);
        MkiEngine.Compilation c = calculable(valid);
        // the version goes up by one when this is stored: the document is then whole as of that revision
        e.replaceDocument(valid.name(), doc.toString(), Instant.now(), by, e.revision() + 1);
        deleteEdits(id);
        em.flush();
        compiled.putOnCommit(id, e.revision(), c);
        return new Changed(e, c);
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
            throw DomainException.invalid(field, field + ": card '" + cardId + "' is neither embedded nor"
                    + " findable: name the project's nmdVersion to use cards from the library");
        }
        return library.card(version, cardId).orElseThrow(() -> DomainException.invalid(field, field
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
            throw DomainException.invalid("name", "name: required, the project's name");
        }
        if (s.getString().length() > MkiProjectEntity.NAME_LENGTH) {
            throw DomainException.invalid("name", "name: at most " + MkiProjectEntity.NAME_LENGTH
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
            throw DomainException.unknown(what, id);
        }
        return i;
    }
}
