package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.mki.engine.ObjectTree;
import nl.kringloop.platform.CheckedWhileRead;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.InputLimits;
import nl.kringloop.platform.JsonInput;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses a project document (docs/mki.md) with JSON-P. Anything malformed — not JSON, a wrong type, an unknown
 * card or object reference, a negative quantity, a unit that is not the card's, an unknown module or flow, a
 * duplicate id — is a {@link DomainException} naming the exact field ({@code lines[12].quantity}).
 * Breaking a protocol rule is not malformed: that is for the rules, as findings.
 */
public final class ProjectDocumentReader {

    /** Input limits of one document (docs/api-errors.md "Input limits"): what a calculation or a project holds. */
    public static final int MAX_LINES = 200_000;
    public static final int MAX_OBJECTS = 20_000;
    public static final int MAX_CARDS = 20_000;
    public static final int MAX_OBJECT_DEPTH = 100;
    /** ids of cards, objects and lines; card ids are stored in the library's column of this length */
    public static final int MAX_ID_CHARS = 200;
    /** names of the document, its cards and objects (an MKI project's name column) */
    public static final int MAX_NAME_CHARS = 500;
    static final String LIMIT_RULE = "Kringloop input limit (docs/api-errors.md, Input limits)";

    /** The limits a read enforces: every input, or none for a document stored before they existed. */
    private record Limits(int lines, int objects, int cards, int depth, int idChars, int nameChars) {
        static final Limits INPUT = new Limits(MAX_LINES, MAX_OBJECTS, MAX_CARDS, MAX_OBJECT_DEPTH, MAX_ID_CHARS,
                MAX_NAME_CHARS);
        static final int NONE = Integer.MAX_VALUE;
        static final Limits STORED = new Limits(NONE, NONE, NONE, NONE, NONE, NONE);
    }

    private ProjectDocumentReader() {
    }

    /** a list of the document larger than its limit: 400 naming it, before any of it is read */
    private static JsonArray limited(JsonArray a, String field, int max) {
        if (a.size() > max) {
            throw overLimit(field, field + ": at most " + max + " per document, got " + a.size());
        }
        return a;
    }

    private static DomainException overLimit(String field, String detail) {
        return DomainException.invalid(field, detail, LIMIT_RULE);
    }

    private static String limitedText(String s, String field, int max) {
        if (s.length() > max) {
            throw overLimit(field, field + ": at most " + max + " characters, got " + s.length());
        }
        return s;
    }

    public static ProjectDocument read(String body) {
        return read(body, nmdVersion -> CardSource.NONE);
    }

    /**
     * Resolves card ids a document references without embedding them (docs/mki.md: "cards may also be referenced by id
     * from the card library"), e.g. {@code annex-d:3:tshd-large-mgo}. The resolved card is embedded in the
     * returned document, so its export re-runs without the library.
     */
    @FunctionalInterface
    public interface CardSource {
        CardSource NONE = id -> Optional.empty();

        Optional<ProjectDocument.Card> card(String id);
    }

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /**
     * Reads a request body as a stream, one card, object and line at a time, without holding the parse tree of the
     * whole document: the same checks, in the same order, with the same refusals as the tree reader (the first
     * refusal of each part is kept and thrown when the whole body has been read, so a syntax error at its end
     * still wins, and the parts are refused in the tree reader's order). A body whose members the stream cannot
     * check as the tree does (lines before cards or objects, a member given twice, {@code nmdVersion} after a line
     * that needed the library) and a body that is not JSON are read by the tree reader instead.
     *
     * @param libraryOf the card library of the document's {@code nmdVersion} (null when it names none)
     */
    public static ProjectDocument read(String body, Function<String, CardSource> libraryOf) {
        if (body != null && !body.isBlank()) {
            try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
                return new Streamed(parser, libraryOf).read();
            } catch (OutOfOrder | JsonException | NoSuchElementException e) {
                // the tree reader gives the answer, a syntax error named exactly as JsonInput names it
            }
        }
        return readTree(body, libraryOf);
    }

    /**
     * The same over a request body's UTF-8 bytes as the input limits handed them on, for a resource that is
     * {@link CheckedWhileRead}: parsed from the bytes (no decoded copy of the whole body) and checked against the
     * JSON limits while it is read (no second parse for them; a broken limit is {@link InputLimits.Exceeded}, the
     * problem the limits give before any other). A body the stream cannot read is checked whole, then decoded
     * for the tree reader (docs/benchmarks.md, "End-to-end calculate").
     */
    public static ProjectDocument read(byte[] body, Function<String, CardSource> libraryOf) {
        if (body.length > 0) {
            try (JsonParser parser = InputLimits.limited(PARSERS.createParser(new ByteArrayInputStream(body),
                    StandardCharsets.UTF_8))) {
                return new Streamed(parser, libraryOf).read();
            } catch (OutOfOrder | JsonException | NoSuchElementException e) {
                // as above, once the limits have had the whole body: their answer comes first, as for any request
                InputLimits.checkJson(body);
            }
        }
        return readTree(new String(body, StandardCharsets.UTF_8), libraryOf);
    }

    private static ProjectDocument readTree(String body, Function<String, CardSource> libraryOf) {
        JsonValue json = JsonInput.parse(body);
        String nmdVersion = json instanceof JsonObject o && o.get("nmdVersion") instanceof JsonString s
                ? s.getString() : null;
        return read(json, libraryOf.apply(nmdVersion));
    }

    /** The stream cannot check the body as the tree reader would: let the tree reader read it. */
    private static final class OutOfOrder extends RuntimeException {
        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    /** One list member of the document as the stream met it. */
    private static final class Part {
        final String name;
        /** the member was there and not null */
        boolean present;
        /** the member's value when it is not an array, for the tree reader's type error */
        JsonValue notArray;
        /** number of elements */
        int size;
        /** the first element refused, or the refusal of the whole list */
        DomainException refusal;

        Part(String name) {
            this.name = name;
        }

        /** A part is read to its end once every part before it is complete and valid. */
        boolean valid(int max) {
            return present && notArray == null && size <= max && refusal == null;
        }

        /** Throws what the tree reader throws for this part, in its order: absent, not an array, too long, an element. */
        void check(int max) {
            if (!present) {
                JsonInput.required(JsonValue.EMPTY_JSON_OBJECT, name, "");
            }
            if (notArray != null) {
                JsonInput.array(notArray, name);
            }
            if (size > max) {
                throw overLimit(name, name + ": at most " + max + " per document, got " + size);
            }
            if (refusal != null) {
                throw refusal;
            }
        }
    }

    private static final class Streamed {
        private static final Set<String> SETTINGS = Set.of("name", "protocolVersion", "weighting", "serviceLifeYears",
                "nmdVersion", "sections");

        private final JsonParser parser;
        private final Function<String, CardSource> libraryOf;
        private final Limits lim = Limits.INPUT;
        private final JsonObjectBuilder settings = Json.createObjectBuilder();
        private final Set<String> members = new HashSet<>();
        private final Part cards = new Part("cards");
        private final Part objects = new Part("objects");
        private final Part lines = new Part("lines");
        private final List<ProjectDocument.Card> cardList = new ArrayList<>();
        private final List<ProjectDocument.ProjectObject> objectList = new ArrayList<>();
        private Lines lineList;
        private String nmdVersion;
        private CardSource library;

        Streamed(JsonParser parser, Function<String, CardSource> libraryOf) {
            this.parser = parser;
            this.libraryOf = libraryOf;
        }

        ProjectDocument read() {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new OutOfOrder();
            }
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                String member = parser.getString();
                if (!members.add(member)) {
                    throw new OutOfOrder(); // the tree keeps the last of a repeated member
                }
                JsonParser.Event value = parser.next();
                switch (member) {
                    case "cards" -> cards(value);
                    case "objects" -> objects(value);
                    case "lines" -> lines(value);
                    default -> setting(member, value);
                }
            }
            if (parser.hasNext()) {
                throw new OutOfOrder(); // text after the document: the tree reader's answer
            }
            Root r = root(settings.build(), lim);
            cards.check(lim.cards());
            objects.check(lim.objects());
            lines.check(lim.lines());
            return r.document(cardList, objectList, lineList == null ? List.of() : lineList.out);
        }

        private void setting(String member, JsonParser.Event event) {
            if (!SETTINGS.contains(member)) {
                skip(event);
                return;
            }
            JsonValue v = parser.getValue();
            if (member.equals("nmdVersion")) {
                if (library != null) {
                    throw new OutOfOrder(); // a line already looked a card up without it
                }
                nmdVersion = v instanceof JsonString s ? s.getString() : null;
            }
            settings.add(member, v);
        }

        /** @return false when the value is null or not an array (noted in the part) */
        private boolean array(Part part, JsonParser.Event event) {
            if (event == JsonParser.Event.VALUE_NULL) {
                return false;
            }
            part.present = true;
            if (event != JsonParser.Event.START_ARRAY) {
                part.notArray = parser.getValue();
                return false;
            }
            return true;
        }

        private void cards(JsonParser.Event event) {
            if (!array(cards, event)) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                int i = cards.size++;
                if (cards.refusal != null || i >= lim.cards()) {
                    skip(e);
                    continue;
                }
                try {
                    cardList.add(card(parser.getValue(), i, ids, lim));
                } catch (DomainException refused) {
                    cards.refusal = refused;
                }
            }
        }

        private void objects(JsonParser.Event event) {
            if (!array(objects, event)) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                int i = objects.size++;
                if (objects.refusal != null || i >= lim.objects()) {
                    skip(e);
                    continue;
                }
                try {
                    objectList.add(object(parser.getValue(), i, ids, lim));
                } catch (DomainException refused) {
                    objects.refusal = refused;
                }
            }
            if (objects.valid(lim.objects())) {
                try {
                    checkTree(objectList, lim);
                } catch (DomainException refused) {
                    objects.refusal = refused;
                }
            }
        }

        private void lines(JsonParser.Event event) {
            if (!members.contains("cards") || !members.contains("objects")) {
                throw new OutOfOrder(); // lines are checked against the cards and objects
            }
            if (!array(lines, event)) {
                return;
            }
            if (!cards.valid(lim.cards()) || !objects.valid(lim.objects())) {
                skip(event); // an earlier part is refused first
                return;
            }
            lineList = new Lines(cardList, objectList, this::libraryCard, lim, 1024);
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                int i = lines.size++;
                if (lines.refusal != null || i >= lim.lines()) {
                    skip(e);
                    continue;
                }
                try {
                    lineList.add(parser.getValue());
                } catch (DomainException refused) {
                    lines.refusal = refused;
                }
            }
        }

        private Optional<ProjectDocument.Card> libraryCard(String id) {
            if (library == null) {
                library = libraryOf.apply(nmdVersion);
            }
            return library.card(id);
        }

        /**
         * Reads past the value that starts with {@code event}. By depth, not with the parser's skipArray/skipObject,
         * which loop for ever on a body cut off inside the value (Parsson 1.1); next() refuses the cut.
         */
        private void skip(JsonParser.Event event) {
            if (event != JsonParser.Event.START_OBJECT && event != JsonParser.Event.START_ARRAY) {
                return;
            }
            for (int depth = 1; depth > 0; ) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            }
        }
    }

    public static ProjectDocument read(JsonValue json) {
        return read(json, CardSource.NONE);
    }

    public static ProjectDocument read(JsonValue json, CardSource library) {
        return read(json, library, Limits.INPUT);
    }

    /**
     * A stored project's document as it was accepted: the input limits are not applied again, so a project stored
     * before a limit existed stays readable (stored means readable); every edit is read with them.
     */
    public static ProjectDocument readStored(JsonValue json) {
        return read(json, CardSource.NONE, Limits.STORED);
    }

    private static ProjectDocument read(JsonValue json, CardSource library, Limits lim) {
        JsonObject root = JsonInput.object(json, "");
        Root r = root(root, lim);
        List<ProjectDocument.Card> cards = new ArrayList<>(cards(limited(JsonInput.array(JsonInput.required(root, "cards", ""),
                "cards"), "cards", lim.cards()), lim));
        List<ProjectDocument.ProjectObject> objects =
                objects(limited(JsonInput.array(JsonInput.required(root, "objects", ""), "objects"), "objects",
                        lim.objects()), lim);
        JsonArray a = limited(JsonInput.array(JsonInput.required(root, "lines", ""), "lines"), "lines", lim.lines());
        Lines lines = new Lines(cards, objects, library, lim, a.size());
        for (int i = 0; i < a.size(); i++) {
            lines.add(a.get(i));
        }
        return r.document(cards, objects, lines.out);
    }

    /** The document's settings, read and checked before its lists. */
    private record Root(String name, String protocolVersion, String weighting, double serviceLifeYears,
                        String nmdVersion, List<String> sections) {
        ProjectDocument document(List<ProjectDocument.Card> cards, List<ProjectDocument.ProjectObject> objects,
                                 List<ProjectDocument.Line> lines) {
            return new ProjectDocument(name, protocolVersion, weighting, serviceLifeYears, nmdVersion, sections, cards,
                    objects, lines);
        }
    }

    private static Root root(JsonObject root, Limits lim) {
        String name = limitedText(optionalString(root, "name", "").orElse(""), "name", lim.nameChars());
        String protocolVersion = JsonInput.string(JsonInput.required(root, "protocolVersion", ""), "protocolVersion");
        String weighting = JsonInput.string(JsonInput.required(root, "weighting", ""), "weighting");
        double serviceLifeYears = JsonInput.number(JsonInput.required(root, "serviceLifeYears", ""), "serviceLifeYears");
        if (serviceLifeYears <= 0) {
            throw DomainException.invalid("serviceLifeYears", "serviceLifeYears: must be more than 0 years");
        }
        String nmdVersion = optionalString(root, "nmdVersion", "").orElse(null);
        List<String> sections = null;
        if (JsonInput.optional(root, "sections").isPresent()) {
            JsonArray a = JsonInput.array(root.get("sections"), "sections");
            sections = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                sections.add(JsonInput.string(a.get(i), JsonInput.index("sections", i)));
            }
        }
        return new Root(name, protocolVersion, weighting, serviceLifeYears, nmdVersion, sections);
    }

    private static List<ProjectDocument.Card> cards(JsonArray a, Limits lim) {
        List<ProjectDocument.Card> out = new ArrayList<>(a.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(card(a.get(i), i, ids, lim));
        }
        return out;
    }

    private static ProjectDocument.Card card(JsonValue v, int i, Set<String> ids, Limits lim) {
        String p = JsonInput.index("cards", i);
        JsonObject o = JsonInput.object(v, p);
        String id = id(o, p, ids, lim);
        JsonValue cat = JsonInput.required(o, "dataCategory", p);
        String catCode = cat instanceof JsonNumber n ? n.bigDecimalValue().toPlainString()
                : JsonInput.string(cat, JsonInput.path(p, "dataCategory"));
        DataCategory category = DataCategory.ofCode(catCode).orElseThrow(() -> DomainException.invalid(
                JsonInput.path(p, "dataCategory"), JsonInput.path(p, "dataCategory") + ": '" + catCode
                        + "' is not a data category (1, 2, 3 or 3a)"));
        String unit = JsonInput.string(JsonInput.required(o, "unit", p), JsonInput.path(p, "unit"));
        Double lifespanYears = null;
        if (JsonInput.optional(o, "lifespanYears").isPresent()) {
            lifespanYears = JsonInput.number(o.get("lifespanYears"), JsonInput.path(p, "lifespanYears"));
            if (lifespanYears <= 0) {
                throw DomainException.invalid(JsonInput.path(p, "lifespanYears"),
                        JsonInput.path(p, "lifespanYears") + ": must be more than 0 years");
            }
        }
        return new ProjectDocument.Card(id, limitedText(optionalString(o, "name", p).orElse(id),
                JsonInput.path(p, "name"), lim.nameChars()), category, unit,
                lifespanYears, optionalBool(o, "representative", p), optionalString(o, "source", p).orElse(""),
                optionalString(o, "libraryVersion", p).orElse(null), optionalBool(o, "releasedMaterialCard", p),
                impacts(JsonInput.object(JsonInput.required(o, "impacts", p), JsonInput.path(p, "impacts")),
                        JsonInput.path(p, "impacts")),
                attributes(o, p), indicatorUnits(o, p));
    }

    /**
     * Impact values per module per indicator ({@code {"A1-A3": {"GWP": 52.1}}}): of a card, and the body of the
     * weighting endpoint ({@code path} empty). The order of modules is EN 15804's, of indicators the document's.
     */
    public static Map<LcaModule, Map<String, Double>> impacts(JsonObject o, String path) {
        Map<LcaModule, Map<String, Double>> out = new EnumMap<>(LcaModule.class);
        for (Map.Entry<String, JsonValue> m : o.entrySet()) {
            String mp = JsonInput.path(path, m.getKey());
            LcaModule module = LcaModule.ofCode(m.getKey()).orElseThrow(() -> DomainException.invalid(mp,
                    mp + ": '" + m.getKey() + "' is not an EN 15804 module (A1-A3, A1…A5, B1…B7, C1…C4, D)"));
            if (out.containsKey(module)) {
                throw DomainException.invalid(mp, mp + ": module " + module.code() + " is given twice");
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> v : JsonInput.object(m.getValue(), mp).entrySet()) {
                values.put(v.getKey(), JsonInput.number(v.getValue(), JsonInput.path(mp, v.getKey())));
            }
            out.put(module, Collections.unmodifiableMap(values));
        }
        // A1-A3 together and A1/A2/A3 apart would count the product stage twice
        if (out.containsKey(LcaModule.A1_A3)
                && (out.containsKey(LcaModule.A1) || out.containsKey(LcaModule.A2) || out.containsKey(LcaModule.A3))) {
            String field = path.isEmpty() ? LcaModule.A1_A3.code() : path;
            throw DomainException.invalid(field, field + ": give A1-A3 together or A1, A2, A3 apart, not both");
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<ProjectDocument.ProjectObject> objects(JsonArray a, Limits lim) {
        List<ProjectDocument.ProjectObject> out = new ArrayList<>(a.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(object(a.get(i), i, ids, lim));
        }
        checkTree(out, lim);
        return out;
    }

    private static ProjectDocument.ProjectObject object(JsonValue v, int i, Set<String> ids, Limits lim) {
        String p = JsonInput.index("objects", i);
        JsonObject o = JsonInput.object(v, p);
        String id = id(o, p, ids, lim);
        return new ProjectDocument.ProjectObject(id, limitedText(optionalString(o, "name", p).orElse(id),
                JsonInput.path(p, "name"), lim.nameChars()),
                optionalString(o, "parent", p).orElse(null), optionalBool(o, "earthwork", p));
    }

    /** Every parent is an object of the document; no cycle; no deeper than the limit. */
    private static void checkTree(List<ProjectDocument.ProjectObject> out, Limits lim) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            index.put(out.get(i).id(), i);
        }
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i).parent();
            if (parent != null && !index.containsKey(parent)) {
                String field = JsonInput.path(JsonInput.index("objects", i), "parent");
                throw DomainException.invalid(field, field + ": unknown object '" + parent + "'");
            }
        }
        int[] parent = ObjectTree.parents(out.stream().map(ProjectDocument.ProjectObject::parent).toList(), index);
        int[] depth;
        try {
            depth = ObjectTree.depths(parent);
        } catch (ObjectTree.Cycle cycle) {
            String field = JsonInput.path(JsonInput.index("objects", cycle.object), "parent");
            throw DomainException.invalid(field, field + ": object '" + out.get(cycle.object).id()
                    + "' is its own ancestor");
        }
        for (int i = 0; i < depth.length; i++) {
            if (depth[i] > lim.depth()) {
                String field = JsonInput.path(JsonInput.index("objects", i), "parent");
                throw overLimit(field, field + ": object '" + out.get(i).id() + "' is at depth " + depth[i]
                        + " of the object tree; the tree may be at most " + MAX_OBJECT_DEPTH + " levels deep");
            }
        }
    }

    /** The lines as they are read, one at a time, against the cards and objects read before them. */
    private static final class Lines {
        final List<ProjectDocument.Line> out;
        private final Map<String, ProjectDocument.Card> cards = new HashMap<>();
        private final Set<String> objectIds = new HashSet<>();
        private final Set<String> ids = new HashSet<>();
        private final CardSource library;
        /** the document's cards: a card resolved from the library is embedded here */
        private final List<ProjectDocument.Card> embedded;
        private final Limits lim;

        Lines(List<ProjectDocument.Card> embedded, List<ProjectDocument.ProjectObject> objects, CardSource library,
              Limits lim, int expected) {
            this.out = new ArrayList<>(expected);
            this.embedded = embedded;
            this.library = library;
            this.lim = lim;
            embedded.forEach(c -> cards.put(c.id(), c));
            objects.forEach(o -> objectIds.add(o.id()));
        }

        void add(JsonValue v) {
            int i = out.size();
            String p = JsonInput.index("lines", i);
            JsonObject o = JsonInput.object(v, p);
            String id = id(o, p, ids, lim);
            // members read by name: the path is built only to name a refusal (built for every member of 100,000
            // lines, paths were a tenth of the bytes a calculation allocated; docs/benchmarks.md)
            String object = JsonInput.string(JsonInput.required(o, "object", p), p, "object");
            if (!objectIds.contains(object)) {
                throw DomainException.invalid(JsonInput.path(p, "object"),
                        JsonInput.path(p, "object") + ": unknown object '" + object + "'");
            }
            // a line may have no card when a rule prices it from reference data (Annex C); then its unit is required
            String cardId = optionalString(o, "card", p).orElse(null);
            ProjectDocument.Card card = cardId == null ? null : cards.get(cardId);
            if (cardId != null && card == null) {
                card = library.card(cardId).orElse(null);
                if (card != null) {
                    cards.put(cardId, card);
                    embedded.add(card);
                }
            }
            if (cardId != null && card == null) {
                throw DomainException.invalid(JsonInput.path(p, "card"),
                        JsonInput.path(p, "card") + ": unknown card '" + cardId + "'");
            }
            double quantity = JsonInput.number(JsonInput.required(o, "quantity", p), p, "quantity");
            if (quantity < 0) {
                String qp = JsonInput.path(p, "quantity");
                throw DomainException.invalid(qp, qp + ": must not be negative (" + quantity + ")");
            }
            String unit;
            if (card == null) {
                unit = JsonInput.string(JsonInput.required(o, "unit", p), JsonInput.path(p, "unit"));
            } else {
                unit = optionalString(o, "unit", p).orElse(card.unit());
                if (!sameUnit(unit, card.unit())) {
                    throw DomainException.invalid(JsonInput.path(p, "unit"), JsonInput.path(p, "unit") + ": '"
                            + unit + "' is not the unit of card '" + cardId + "' ('" + card.unit() + "')");
                }
            }
            String flowCode = optionalString(o, "flow", p).orElse(Flow.ENTERING.code());
            Flow flow = Flow.ofCode(flowCode).orElseThrow(() -> DomainException.invalid(JsonInput.path(p, "flow"),
                    JsonInput.path(p, "flow") + ": '" + flowCode + "' is not a flow (entering, reused-within, released)"));
            out.add(new ProjectDocument.Line(id, object, cardId, quantity, unit, flow,
                    optionalString(o, "section", p).orElse(null), optionalString(o, "temporary", p).orElse(null),
                    optionalBool(o, "restscope", p), attributes(o, p)));
        }
    }

    /** Units compare without case, spaces and superscripts: "m³" is "m3". */
    public static boolean sameUnit(String a, String b) {
        return normalUnit(a).equals(normalUnit(b));
    }

    private static String normalUnit(String u) {
        return u.strip().toLowerCase().replace("³", "3").replace("²", "2").replace("^", "").replace(" ", "");
    }

    private static String id(JsonObject o, String p, Set<String> seen, Limits lim) {
        String id = JsonInput.string(JsonInput.required(o, "id", p), p, "id");
        if (id.isBlank()) {
            String ip = JsonInput.path(p, "id");
            throw DomainException.invalid(ip, ip + ": must not be blank");
        }
        if (id.length() > lim.idChars()) {
            limitedText(id, JsonInput.path(p, "id"), lim.idChars());
        }
        if (!seen.add(id)) {
            String ip = JsonInput.path(p, "id");
            throw DomainException.invalid(ip, ip + ": duplicate id '" + id + "'");
        }
        return id;
    }

    private static Optional<String> optionalString(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> JsonInput.string(v, p, name));
    }

    private static boolean optionalBool(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> JsonInput.bool(v, p, name)).orElse(false);
    }

    /** {@code "indicatorUnits": {"ADPF": "MJ"}}: the unit per indicator code, each a non-empty string. */
    private static Map<String, String> indicatorUnits(JsonObject o, String p) {
        if (JsonInput.optional(o, "indicatorUnits").isEmpty()) {
            return Map.of();
        }
        String up = JsonInput.path(p, "indicatorUnits");
        Map<String, String> units = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : JsonInput.object(o.get("indicatorUnits"), up).entrySet()) {
            String f = JsonInput.path(up, e.getKey());
            String unit = JsonInput.string(e.getValue(), f).trim();
            if (unit.isEmpty()) {
                throw DomainException.invalid(f, f + ": a unit, e.g. \"kg Sb-eq\" or \"MJ\"");
            }
            units.put(e.getKey(), unit);
        }
        return Collections.unmodifiableMap(units);
    }

    private static Map<String, Object> attributes(JsonObject o, String p) {
        if (JsonInput.optional(o, "attributes").isEmpty()) {
            return Map.of();
        }
        String ap = JsonInput.path(p, "attributes");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) plain(JsonInput.object(o.get("attributes"), ap), ap);
        return m;
    }

    /** JSON value → read-only Java value: String, Long (integral) or Double, Boolean, List, Map; nulls dropped. */
    static Object plain(JsonValue v, String path) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> number((JsonNumber) v, path);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                JsonArray a = (JsonArray) v;
                List<Object> l = new ArrayList<>(a.size());
                for (int i = 0; i < a.size(); i++) {
                    Object x = plain(a.get(i), JsonInput.index(path, i));
                    if (x != null) {
                        l.add(x);
                    }
                }
                yield Collections.unmodifiableList(l);
            }
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) v).entrySet()) {
                    Object x = plain(e.getValue(), JsonInput.path(path, e.getKey()));
                    if (x != null) {
                        m.put(e.getKey(), x);
                    }
                }
                yield Collections.unmodifiableMap(m);
            }
        };
    }

    private static Number number(JsonNumber n, String path) {
        if (n.isIntegral()) {
            BigDecimal b = n.bigDecimalValue();
            try {
                return b.longValueExact();
            } catch (ArithmeticException tooBig) {
                // falls through to double
            }
        }
        return JsonInput.number(n, path);
    }
}
