package nl.kringloop.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The stored form of {@link ProductFacts}: compact JSON, written once per published version, read at load. */
final class FactsCodec {

    private FactsCodec() {
    }

    static String write(ProductFacts f) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("p", f.passportId()).add("v", f.version()).add("o", f.organisationId()).add("h", f.sha256());
        str(b, "n", f.name());
        str(b, "m", f.manufacturer());
        str(b, "g", f.productGroup());
        str(b, "gv", f.guidelineVersion());
        str(b, "cl", f.crmList());
        str(b, "zl", f.zzsList());
        b.add("mass", f.productMassGram());
        num(b, "life", f.lifetimeYears());
        b.add("a11", lines(f.materials())).add("a12", lines(f.recycled()));
        JsonArrayBuilder crm = Json.createArrayBuilder();
        f.crm().forEach(c -> crm.add(Json.createArrayBuilder().add(c.crm()).add(c.material()).add(c.massGram())));
        b.add("a13", crm);
        JsonArrayBuilder zzs = Json.createArrayBuilder();
        f.zzs().forEach(z -> {
            JsonArrayBuilder a = Json.createArrayBuilder().add(z.substance());
            if (z.cas() == null) {
                a.addNull();
            } else {
                a.add(z.cas());
            }
            zzs.add(a.add(z.massGram()).add(z.listed()));
        });
        b.add("a14", zzs).add("a21", lines(f.recovered())).add("a22", lines(f.recoveredCritical()))
                .add("a31", lines(f.auxiliary()));
        if (f.ghg() != null) {
            JsonObjectBuilder g = Json.createObjectBuilder();
            num(g, "p", f.ghg().productionGram());
            num(g, "t", f.ghg().transportGram());
            num(g, "u", f.ghg().useGram());
            num(g, "r", f.ghg().recyclingGram());
            str(g, "m", f.ghg().method());
            b.add("b1", g);
        }
        if (f.biodiversity() != null) {
            JsonObjectBuilder g = Json.createObjectBuilder().add("v", f.biodiversity().value()).add("u", f.biodiversity().unit());
            str(g, "m", f.biodiversity().method());
            b.add("b21", g);
        }
        str(b, "c31", f.recycledApplication());
        str(b, "c41", f.alternativeMaterials());
        ProductFacts.Quality q = f.quality();
        b.add("q", Json.createArrayBuilder().add(q.values()).add(q.measured()).add(q.calculated()).add(q.indicative())
                .add(q.withEvidence()));
        JsonArrayBuilder miss = Json.createArrayBuilder();
        f.missingRequired().forEach(miss::add);
        b.add("miss", miss);
        JsonArrayBuilder notes = Json.createArrayBuilder();
        f.derivationFindings().forEach(n -> notes.add(Json.createArrayBuilder().add(n.rule()).add(n.message())));
        b.add("df", notes);
        JsonArrayBuilder methods = Json.createArrayBuilder();
        f.methods().forEach(m -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", m.method()).add("i", m.indicator()).add("s", m.scorePercent());
            str(o, "pl", m.plugin());
            str(o, "pv", m.pluginVersion());
            methods.add(o);
        });
        b.add("cm", methods);
        return b.build().toString();
    }

    static ProductFacts read(String json) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        ProductFacts.Ghg ghg = null;
        if (o.get("b1") instanceof JsonObject g) {
            ghg = new ProductFacts.Ghg(dbl(g, "p"), dbl(g, "t"), dbl(g, "u"), dbl(g, "r"), str(g, "m"));
        }
        ProductFacts.Biodiversity bio = null;
        if (o.get("b21") instanceof JsonObject g) {
            bio = new ProductFacts.Biodiversity(g.getJsonNumber("v").doubleValue(), g.getString("u"), str(g, "m"));
        }
        JsonArray q = o.getJsonArray("q");
        return new ProductFacts(o.getString("p"), o.getInt("v"), o.getString("o"), o.getString("h"), str(o, "n"),
                str(o, "m"), str(o, "g"), str(o, "gv"), str(o, "cl"), str(o, "zl"),
                o.getJsonNumber("mass").doubleValue(), dbl(o, "life"), lines(o, "a11"), lines(o, "a12"),
                list(o, "a13", a -> new ProductFacts.Crm(a.getString(0), a.getString(1), a.getJsonNumber(2).doubleValue())),
                list(o, "a14", a -> new ProductFacts.Zzs(a.getString(0), a.isNull(1) ? null : a.getString(1),
                        a.getJsonNumber(2).doubleValue(), a.getBoolean(3))),
                lines(o, "a21"), lines(o, "a22"), lines(o, "a31"), ghg, bio, str(o, "c31"), str(o, "c41"),
                new ProductFacts.Quality(q.getInt(0), q.getInt(1), q.getInt(2), q.getInt(3), q.getInt(4)),
                o.getJsonArray("miss").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).map(String::intern).toList(),
                list(o, "df", a -> new ProductFacts.Note(a.getString(0).intern(), a.getString(1))),
                o.getJsonArray("cm").getValuesAs(JsonObject.class).stream().map(m -> new ProductFacts.MethodScore(
                        m.getString("id"), m.getString("i"), m.getJsonNumber("s").doubleValue(), str(m, "pl"),
                        str(m, "pv"))).toList());
    }

    private static JsonArrayBuilder lines(List<ProductFacts.Line> lines) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (ProductFacts.Line l : lines) {
            JsonArrayBuilder e = Json.createArrayBuilder().add(l.name());
            if (l.cas() == null) {
                e.addNull();
            } else {
                e.add(l.cas());
            }
            a.add(e.add(l.massGram()));
        }
        return a;
    }

    private static List<ProductFacts.Line> lines(JsonObject o, String name) {
        // names are interned: 100,000 passports share a few hundred material names
        return list(o, name, a -> new ProductFacts.Line(a.getString(0).intern(), a.isNull(1) ? null : a.getString(1).intern(),
                a.getJsonNumber(2).doubleValue()));
    }

    private static <T> List<T> list(JsonObject o, String name, Function<JsonArray, T> f) {
        JsonArray a = o.getJsonArray(name);
        List<T> out = new ArrayList<>(a.size());
        for (JsonValue v : a) {
            out.add(f.apply(v.asJsonArray()));
        }
        return List.copyOf(out);
    }

    private static void str(JsonObjectBuilder b, String k, String v) {
        if (v != null) {
            b.add(k, v);
        }
    }

    private static void num(JsonObjectBuilder b, String k, Double v) {
        if (v != null) {
            b.add(k, v);
        }
    }

    private static String str(JsonObject o, String k) {
        JsonValue v = o.get(k);
        return v instanceof JsonString s ? s.getString().intern() : null;
    }

    private static Double dbl(JsonObject o, String k) {
        JsonValue v = o.get(k);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
