package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.kringloop.api.LcaModule;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ProjectDocument} as the JSON of docs/mki.md. Doubles are written in their shortest exact decimal
 * form and maps keep their order, so {@code read(write(doc))} computes the same result to the last digit.
 */
public final class ProjectDocumentWriter {

    private ProjectDocumentWriter() {
    }

    public static String writeString(ProjectDocument d) {
        return write(d).toString();
    }

    public static JsonObject write(ProjectDocument d) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("name", d.name())
                .add("protocolVersion", d.protocolVersion())
                .add("weighting", d.weighting())
                .add("serviceLifeYears", d.serviceLifeYears());
        if (d.nmdVersion() != null) {
            b.add("nmdVersion", d.nmdVersion());
        }
        if (d.sections() != null) {
            b.add("sections", Json.createArrayBuilder(d.sections()));
        }
        JsonArrayBuilder cards = Json.createArrayBuilder();
        for (ProjectDocument.Card c : d.cards()) {
            JsonObjectBuilder cb = Json.createObjectBuilder().add("id", c.id()).add("name", c.name())
                    .add("dataCategory", c.dataCategory().code()).add("unit", c.unit());
            if (c.lifespanYears() != null) {
                cb.add("lifespanYears", c.lifespanYears());
            }
            cb.add("representative", c.representative()).add("source", c.source());
            if (c.libraryVersion() != null) {
                cb.add("libraryVersion", c.libraryVersion());
            }
            if (c.releasedMaterialCard()) {
                cb.add("releasedMaterialCard", true);
            }
            JsonObjectBuilder impacts = Json.createObjectBuilder();
            for (Map.Entry<LcaModule, Map<String, Double>> m : c.impacts().entrySet()) {
                JsonObjectBuilder values = Json.createObjectBuilder();
                m.getValue().forEach(values::add);
                impacts.add(m.getKey().code(), values);
            }
            cb.add("impacts", impacts);
            if (!c.indicatorUnits().isEmpty()) {
                JsonObjectBuilder units = Json.createObjectBuilder();
                c.indicatorUnits().forEach(units::add);
                cb.add("indicatorUnits", units);
            }
            if (!c.attributes().isEmpty()) {
                cb.add("attributes", json(c.attributes()));
            }
            cards.add(cb);
        }
        b.add("cards", cards);
        JsonArrayBuilder objects = Json.createArrayBuilder();
        for (ProjectDocument.ProjectObject o : d.objects()) {
            JsonObjectBuilder ob = Json.createObjectBuilder().add("id", o.id()).add("name", o.name());
            if (o.parent() != null) {
                ob.add("parent", o.parent());
            }
            if (o.earthwork()) {
                ob.add("earthwork", true);
            }
            objects.add(ob);
        }
        b.add("objects", objects);
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (ProjectDocument.Line l : d.lines()) {
            JsonObjectBuilder lb = Json.createObjectBuilder().add("id", l.id()).add("object", l.object());
            if (l.card() != null) {
                lb.add("card", l.card());
            }
            lb.add("quantity", l.quantity()).add("unit", l.unit()).add("flow", l.flow().code());
            if (l.section() != null) {
                lb.add("section", l.section());
            }
            if (l.temporary() != null) {
                lb.add("temporary", l.temporary());
            }
            if (l.restscope()) {
                lb.add("restscope", true);
            }
            if (!l.attributes().isEmpty()) {
                lb.add("attributes", json(l.attributes()));
            }
            lines.add(lb);
        }
        b.add("lines", lines);
        return b.build();
    }

    /** Java value of {@link ProjectDocumentReader#plain} → JSON. */
    static JsonValue json(Object v) {
        if (v instanceof String s) {
            return Json.createValue(s);
        }
        if (v instanceof Long | v instanceof Integer) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        if (v instanceof Boolean bo) {
            return bo ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof List<?> l) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            l.forEach(x -> a.add(json(x)));
            return a.build();
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            m.forEach((k, x) -> o.add(String.valueOf(k), json(x)));
            return o.build();
        }
        throw new IllegalArgumentException("not a JSON-like value: " + v);
    }
}
