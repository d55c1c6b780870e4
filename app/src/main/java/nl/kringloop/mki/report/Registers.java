package nl.kringloop.mki.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Tokens;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registers a contractor keeps to report on the MKI (RWS-MKI 4.0 §4.2–§4.4, §2.3e, §2.4): each entry dated,
 * with its author and a status, editable until a report is issued, which keeps a copy of every register as it
 * stood. Scope changes and sustainability measures are modelled (a variant, or line changes) so that their MKI
 * effect is computed, never typed in. Pure: validation of an entry against the project document.
 */
public final class Registers {

    /** One register: its path name, the prefix of its entry ids, its statuses and fields. */
    public record Kind(String name, String prefix, String rule, String title, List<String> statuses,
                       List<String> required, List<String> optional) {
    }

    static final List<String> MODEL = List.of("variant", "lines", "removeLines", "cards");
    static final List<String> EVIDENCE_KINDS = List.of("lca-report", "verification-report", "delivery-note",
            "fuel-registration", "inspector-report", "adjusted-lca-report", "as-built-checklist", "other");

    public static final Kind SCOPE_CHANGES = new Kind("scope-changes", "SC", "RWS-MKI 4.0 §4.3g, §4.4e",
            "Scope changes", List.of("proposed", "agreed", "rejected"), List.of("title"),
            concat(List.of("description"), MODEL));
    public static final Kind MEASURES = new Kind("measures", "SM", "RWS-MKI 4.0 §4.2d, §4.3c, §4.4i",
            "Sustainability measures", List.of("planned", "applied", "dropped"), List.of("title"),
            concat(List.of("description", "improvement"), MODEL));
    public static final Kind RISKS = new Kind("risks", "R", "RWS-MKI 4.0 §4.2e, §4.3d",
            "Largest risks and control measures", List.of("open", "controlled", "closed", "occurred"),
            List.of("risk", "controlMeasure"), List.of("mkiAtRiskEuro", "progress"));
    public static final Kind DEVIATIONS = new Kind("deviations", "DW", "RWS-MKI 4.0 §4.3b, §4.4f",
            "Deviations from the working method", List.of("open", "resolved"), List.of("description"),
            List.of("section", "resolution"));
    public static final Kind REPRESENTATIVENESS = new Kind("representativeness", "RP", "RWS-MKI 4.0 §4.2c, §2.2a",
            "Representativeness per card and LCA phase", List.of("draft", "submitted", "accepted"),
            List.of("card", "argument"), List.of("phases"));
    public static final Kind ALTERNATIVE_CARDS = new Kind("alternative-cards", "AC", "RWS-MKI 4.0 §4.3f",
            "Alternative cards for products missing from the NMD", List.of("proposed", "accepted", "rejected"),
            List.of("product", "card", "argument"), List.of());
    public static final Kind REFERENCE_CARDS = new Kind("reference-cards", "RC", "RWS-MKI 4.0 §4.4d",
            "Reference cards of category 1 data", List.of("draft", "final"), List.of("card", "referenceCard"),
            List.of("explanation"));
    public static final Kind RECOMMENDATIONS = new Kind("recommendations", "AB", "RWS-MKI 4.0 §4.4k",
            "Recommendations for future projects", List.of("draft", "final"), List.of("text"), List.of());
    public static final Kind ENERGY = new Kind("energy", "EN", "RWS-MKI 4.0 §4.4j",
            "Yearly energy use of the maintenance period", List.of("estimated", "measured"),
            List.of("description", "yearlyConsumptionKwh", "substantiation"), List.of("yearlyGenerationKwh"));
    public static final Kind EVIDENCE = new Kind("evidence", "EV", "RWS-MKI 4.0 §4.3e, §4.4c, §2.3e, §2.4",
            "Evidence", List.of("handed-over", "accepted", "rejected", "pending"), List.of("kind", "title"),
            List.of("sha256", "contentBase64", "handedOverOn", "cards", "lines", "verifier", "reference"));

    public static final List<Kind> ALL = List.of(SCOPE_CHANGES, MEASURES, RISKS, DEVIATIONS, REPRESENTATIVENESS,
            ALTERNATIVE_CARDS, REFERENCE_CARDS, RECOMMENDATIONS, ENERGY, EVIDENCE);

    private Registers() {
    }

    public static Kind kind(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.unknown("Register", name));
    }

    /**
     * Validates an entry and returns it as stored: the given fields, the id, the date (today unless given), the
     * author and, for evidence sent with its content, the SHA-256 of that content instead of the content.
     *
     * @param doc the project document the entry's card and line references must exist in
     */
    static JsonObject entry(Kind kind, JsonObject body, String id, String author, LocalDate today,
                            ProjectDocument doc, Set<String> lineIds) {
        for (String key : body.keySet()) {
            if (key.equals("mkiEffectEuro")) {
                throw DomainException.invalid(key, key + ": the MKI effect is computed from the entry's model"
                        + " (variant or line changes), never typed in");
            }
            if (!kind.required().contains(key) && !kind.optional().contains(key)
                    && !List.of("id", "date", "status", "author").contains(key)) {
                throw DomainException.invalid(key, key + ": not a field of register " + kind.name() + " (fields: "
                        + concat(kind.required(), kind.optional()) + ", date, status)");
            }
        }
        if (body.containsKey("id") && !JsonInput.string(body.get("id"), "id").equals(id)) {
            throw DomainException.invalid("id", "id: an entry's id is given by the register (" + id + ")");
        }
        for (String key : kind.required()) {
            JsonInput.required(body, key, "");
        }
        String status = JsonInput.string(JsonInput.required(body, "status", ""), "status");
        if (!kind.statuses().contains(status)) {
            throw DomainException.invalid("status", "status: '" + status + "' is not one of " + kind.statuses());
        }
        LocalDate date = JsonInput.optional(body, "date").map(v -> date(v, "date")).orElse(today);
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", id).add("date", date.toString())
                .add("author", author == null ? "anonymous" : author).add("status", status);
        for (String key : concat(kind.required(), kind.optional())) {
            JsonValue v = body.get(key);
            if (v == null || v == JsonValue.NULL) {
                continue;
            }
            b.add(key, field(kind, key, v, doc, lineIds));
        }
        JsonObject e = b.build();
        if (kind == SCOPE_CHANGES || kind == MEASURES) {
            if (MODEL.stream().noneMatch(e::containsKey)) {
                throw DomainException.invalid("variant", "variant: model the " + (kind == MEASURES
                        ? "work without the measure" : "change") + " as a variant (its project id) or as line changes"
                        + " (lines, removeLines, cards) so that its MKI effect is computed");
            }
            if (e.containsKey("variant") && (e.containsKey("lines") || e.containsKey("removeLines"))) {
                throw DomainException.invalid("variant", "variant: give a variant or line changes, not both");
            }
        }
        if (kind == EVIDENCE) {
            if (e.containsKey("contentBase64")) {
                byte[] content;
                try {
                    content = Base64.getDecoder().decode(e.getString("contentBase64"));
                } catch (IllegalArgumentException ex) {
                    throw DomainException.invalid("contentBase64", "contentBase64: not base64");
                }
                String hash = HexFormat.of().formatHex(Tokens.sha256(content));
                if (e.containsKey("sha256") && !e.getString("sha256").equalsIgnoreCase(hash)) {
                    throw DomainException.invalid("sha256", "sha256: does not match the content (" + hash + ")");
                }
                e = Json.createObjectBuilder(e).remove("contentBase64").add("sha256", hash)
                        .add("sizeBytes", content.length).build();
            }
            if (!e.containsKey("sha256")) {
                throw DomainException.invalid("sha256", "sha256: give the document's content hash (SHA-256,"
                        + " hex) or its content (contentBase64)");
            }
            if (!e.getString("sha256").matches("[0-9a-fA-F]{64}")) {
                throw DomainException.invalid("sha256", "sha256: 64 hexadecimal digits");
            }
            if (e.getString("kind").equals("verification-report") && !e.containsKey("verifier")) {
                throw DomainException.invalid("verifier", "verifier: a verification report names the recognised"
                        + " LCA expert who verified it (RWS-MKI 4.0 §2.3d)");
            }
        }
        if (kind == REFERENCE_CARDS) {
            ProjectDocument.Card card = card(doc, e.getString("card"), "card");
            if (card.dataCategory() != DataCategory.ONE) {
                throw DomainException.invalid("card", "card: '" + card.id() + "' is category "
                        + card.dataCategory().code() + "; §4.4d compares category 1 cards with their reference");
            }
            ProjectDocument.Card ref = card(doc, e.getString("referenceCard"), "referenceCard");
            if (ref.dataCategory() != DataCategory.THREE) {
                throw DomainException.invalid("referenceCard", "referenceCard: the reference is the category 3"
                        + " card the category 1 card replaces; '" + ref.id() + "' is category " + ref.dataCategory().code());
            }
        }
        return e;
    }

    private static JsonValue field(Kind kind, String key, JsonValue v, ProjectDocument doc, Set<String> lineIds) {
        return switch (key) {
            case "mkiAtRiskEuro", "yearlyConsumptionKwh", "yearlyGenerationKwh" -> {
                double d = JsonInput.number(v, key);
                if (d < 0) {
                    throw DomainException.invalid(key, key + ": must not be negative");
                }
                yield v;
            }
            case "handedOverOn" -> {
                date(v, key);
                yield v;
            }
            case "kind" -> {
                String k = JsonInput.string(v, key);
                if (!EVIDENCE_KINDS.contains(k)) {
                    throw DomainException.invalid(key, key + ": '" + k + "' is not one of " + EVIDENCE_KINDS);
                }
                yield v;
            }
            case "card", "referenceCard" -> {
                card(doc, JsonInput.string(v, key), key);
                yield v;
            }
            case "cards" -> {
                JsonArray a = JsonInput.array(v, key);
                if (kind == EVIDENCE) {
                    for (int i = 0; i < a.size(); i++) {
                        card(doc, JsonInput.string(a.get(i), JsonInput.index(key, i)), JsonInput.index(key, i));
                    }
                } else {
                    for (int i = 0; i < a.size(); i++) {
                        JsonInput.object(a.get(i), JsonInput.index(key, i));
                    }
                }
                yield v;
            }
            case "lines" -> {
                JsonArray a = JsonInput.array(v, key);
                for (int i = 0; i < a.size(); i++) {
                    if (kind == EVIDENCE) {
                        String l = JsonInput.string(a.get(i), JsonInput.index(key, i));
                        if (!lineIds.contains(l)) {
                            throw DomainException.invalid(JsonInput.index(key, i), JsonInput.index(key, i)
                                    + ": unknown line '" + l + "'");
                        }
                    } else {
                        JsonInput.object(a.get(i), JsonInput.index(key, i));
                    }
                }
                yield v;
            }
            case "removeLines" -> {
                JsonArray a = JsonInput.array(v, key);
                for (int i = 0; i < a.size(); i++) {
                    JsonInput.string(a.get(i), JsonInput.index(key, i));
                }
                yield v;
            }
            case "phases" -> {
                JsonArray a = JsonInput.array(v, key);
                for (int i = 0; i < a.size(); i++) {
                    String m = JsonInput.string(a.get(i), JsonInput.index(key, i));
                    if (!m.equals("all") && LcaModule.ofCode(m).isEmpty()) {
                        throw DomainException.invalid(JsonInput.index(key, i), JsonInput.index(key, i) + ": '" + m
                                + "' is not an LCA phase (A1-A3, A4 … D) or all");
                    }
                }
                yield v;
            }
            default -> {
                String s = JsonInput.string(v, key);
                if (s.isBlank() && kind.required().contains(key)) {
                    throw DomainException.invalid(key, key + ": must not be blank");
                }
                yield v;
            }
        };
    }

    private static ProjectDocument.Card card(ProjectDocument doc, String id, String field) {
        return doc.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                DomainException.invalid(field, field + ": card '" + id + "' is not in the project document"));
    }

    static LocalDate date(JsonValue v, String field) {
        String s = JsonInput.string(v, field);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, field + ": '" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The stored registers as register name → entries, every register present. */
    static Map<String, List<JsonObject>> parse(JsonObject stored) {
        Map<String, List<JsonObject>> out = new LinkedHashMap<>();
        for (Kind k : ALL) {
            JsonArray a = stored.getJsonArray(k.name());
            out.put(k.name(), a == null ? List.of() : a.getValuesAs(JsonObject.class));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
