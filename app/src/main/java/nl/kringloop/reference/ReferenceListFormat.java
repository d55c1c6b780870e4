package nl.kringloop.reference;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads and writes list entries as JSON, naming the offending field ({@code entries[3].cas}) on bad input. */
public final class ReferenceListFormat {

    public static final String CRM = "eu-crm";
    public static final String ZZS = "zzs";

    private ReferenceListFormat() {
    }

    public static CrmList crm(String id, String version, JsonArray entries) {
        List<CrmList.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String p = "entries[" + i + "]";
            JsonObject e = JsonInput.object(entries.get(i), p);
            String name = JsonInput.string(JsonInput.required(e, "name", p), p + ".name").trim().toLowerCase(Locale.ROOT);
            List<CrmList.Member> members = new ArrayList<>();
            JsonArray ms = JsonInput.optional(e, "members").map(v -> JsonInput.array(v, p + ".members"))
                    .orElse(JsonValue.EMPTY_JSON_ARRAY);
            for (int j = 0; j < ms.size(); j++) {
                String mp = p + ".members[" + j + "]";
                JsonObject m = JsonInput.object(ms.get(j), mp);
                String cas = JsonInput.string(JsonInput.required(m, "cas", mp), mp + ".cas");
                requireCas(cas, mp + ".cas");
                members.add(new CrmList.Member(
                        JsonInput.string(JsonInput.required(m, "name", mp), mp + ".name").toLowerCase(Locale.ROOT),
                        JsonInput.string(JsonInput.required(m, "symbol", mp), mp + ".symbol"), Cas.normalise(cas),
                        JsonInput.optional(m, "strategic").map(v -> JsonInput.bool(v, mp + ".strategic"))
                                .orElse(false)));
            }
            List<String> cas = strings(e, "cas", p);
            for (int j = 0; j < cas.size(); j++) {
                requireCas(cas.get(j), p + ".cas[" + j + "]");
            }
            out.add(new CrmList.Entry(name,
                    strings(e, "aliases", p).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                    strings(e, "symbols", p), cas.stream().map(Cas::normalise).toList(), List.copyOf(members),
                    JsonInput.optional(e, "strategic").map(v -> JsonInput.bool(v, p + ".strategic")).orElse(false),
                    Objects.toString(optString(e, "grade", p), "").toLowerCase(Locale.ROOT),
                    Objects.toString(optString(e, "strategicGrade", p), "").toLowerCase(Locale.ROOT)));
        }
        return new CrmList(id, version, List.copyOf(out));
    }

    public static ZzsList zzs(String id, String version, boolean demo, JsonArray entries) {
        List<ZzsList.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String p = "entries[" + i + "]";
            JsonObject e = JsonInput.object(entries.get(i), p);
            String cas = JsonInput.optional(e, "cas").map(v -> JsonInput.string(v, p + ".cas")).orElse(null);
            if (cas != null && !cas.isBlank()) {
                requireCas(cas, p + ".cas");
                cas = Cas.normalise(cas);
            }
            out.add(new ZzsList.Entry(cas, optString(e, "ec", p), optString(e, "nameNl", p), optString(e, "nameEn", p),
                    strings(e, "regimes", p)));
        }
        return ZzsList.of(id, version, demo, out);
    }

    public static JsonArray zzsJson(List<ZzsList.Entry> entries) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (ZzsList.Entry e : entries) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (e.cas() != null) {
                o.add("cas", e.cas());
            }
            if (e.ec() != null) {
                o.add("ec", e.ec());
            }
            if (e.nameNl() != null) {
                o.add("nameNl", e.nameNl());
            }
            if (e.nameEn() != null) {
                o.add("nameEn", e.nameEn());
            }
            o.add("regimes", Json.createArrayBuilder(e.regimes()));
            a.add(o);
        }
        return a.build();
    }

    static void requireCas(String cas, String field) {
        if (!Cas.valid(cas)) {
            throw DomainException.invalid(field, field + ": '" + cas + "' is not a CAS number with a valid check digit");
        }
    }

    private static String optString(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> JsonInput.string(v, p + "." + name)).orElse(null);
    }

    private static List<String> strings(JsonObject o, String name, String p) {
        JsonArray a = JsonInput.optional(o, name).map(v -> JsonInput.array(v, p + "." + name))
                .orElse(JsonValue.EMPTY_JSON_ARRAY);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(JsonInput.string(a.get(i), p + "." + name + "[" + i + "]"));
        }
        return List.copyOf(out);
    }
}
