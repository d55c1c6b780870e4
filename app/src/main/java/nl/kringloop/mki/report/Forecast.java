package nl.kringloop.mki.report;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.ProjectDocumentReader;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The three figures of RWS-MKI 4.0 §4.3a from the project document, its agreed scope changes and the realisation.
 * Every figure comes from the MKI engine run on a document (never from a sum of its own), so each can be re-run:
 * <ul>
 *   <li><b>forecast</b> (§4.3a-I): the work as it now stands — agreed scope changes applied, removed lines left
 *       out, a realised line at its realised quantity, every other line at its design quantity;</li>
 *   <li><b>realised</b> (§4.3a-II): the lines in progress or realised at their realised quantity, plus each
 *       financially monitored restscope line (§4.1) at share spent × its initial MKI;</li>
 *   <li><b>initial</b> (§4.3a-III): the plan of approach's forecast, taken from that issued report.</li>
 * </ul>
 * Pure: the engine is passed in.
 */
public final class Forecast {

    private Forecast() {
    }

    /** A modelled change of the work: lines added or replaced (by id), lines removed, cards it needs. */
    public record Model(List<JsonObject> lines, List<String> removeLines, List<JsonObject> cards) {

        static Model of(JsonObject entry) {
            return new Model(objects(entry.getJsonArray("lines")), entry.getJsonArray("removeLines") == null ? List.of()
                    : entry.getJsonArray("removeLines").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .toList(), objects(entry.getJsonArray("cards")));
        }

        JsonObject json() {
            return Json.createObjectBuilder().add("lines", Json.createArrayBuilder(lines))
                    .add("removeLines", Json.createArrayBuilder(removeLines)).add("cards", Json.createArrayBuilder(cards))
                    .build();
        }

        private static List<JsonObject> objects(JsonArray a) {
            return a == null ? List.of() : a.getValuesAs(JsonObject.class);
        }
    }

    /** The change from the base document to a variant of it: lines that differ or are new, lines it lacks. */
    static Model fromVariant(JsonObject base, JsonObject variant) {
        Map<String, JsonObject> baseLines = byId(base.getJsonArray("lines"));
        Map<String, JsonObject> variantLines = byId(variant.getJsonArray("lines"));
        List<JsonObject> changed = variantLines.values().stream().filter(l -> !l.equals(baseLines.get(l.getString("id"))))
                .toList();
        List<String> removed = baseLines.keySet().stream().filter(id -> !variantLines.containsKey(id)).toList();
        Set<String> baseCards = byId(base.getJsonArray("cards")).keySet();
        List<JsonObject> cards = byId(variant.getJsonArray("cards")).values().stream()
                .filter(c -> !baseCards.contains(c.getString("id"))).toList();
        return new Model(changed, removed, cards);
    }

    /** The document with the model applied: its lines replaced or appended, removed ones left out, cards added. */
    static JsonObject apply(JsonObject doc, Model m) {
        Map<String, JsonObject> lines = byId(doc.getJsonArray("lines"));
        m.removeLines().forEach(lines::remove);
        m.lines().forEach(l -> lines.put(l.getString("id", ""), l));
        Map<String, JsonObject> cards = byId(doc.getJsonArray("cards"));
        m.cards().forEach(c -> cards.putIfAbsent(c.getString("id", ""), c));
        return Json.createObjectBuilder(doc).add("lines", Json.createArrayBuilder(List.copyOf(lines.values())))
                .add("cards", Json.createArrayBuilder(List.copyOf(cards.values()))).build();
    }

    /** The forecast document (§4.3a-I) of the work. */
    static JsonObject forecastDocument(JsonObject work, Map<String, Realisation.LineState> states) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (JsonObject l : work.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            Realisation.LineState s = states.get(l.getString("id"));
            if (s != null && Realisation.REMOVED.equals(s.status())) {
                continue;
            }
            if (s != null && Realisation.REALISED.equals(s.status()) && s.realisedQuantity() != null) {
                lines.add(Json.createObjectBuilder(l).add("quantity", s.realisedQuantity()));
            } else {
                lines.add(l);
            }
        }
        return Json.createObjectBuilder(work).add("lines", lines).build();
    }

    /** The realised document (§4.3a-II): the lines started, at their realised quantity. */
    static JsonObject realisedDocument(JsonObject work, Map<String, Realisation.LineState> states) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (JsonObject l : work.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            Realisation.LineState s = states.get(l.getString("id"));
            if (s != null && s.started() && !s.financial() && s.realisedQuantity() != null) {
                lines.add(Json.createObjectBuilder(l).add("quantity", s.realisedQuantity()));
            }
        }
        return Json.createObjectBuilder(work).add("lines", lines).build();
    }

    /**
     * @param forecastDocument the document of the forecast, as embedded in a report
     * @param design           the work at design quantities, every line (for the MKI per unit of a line the
     *                         forecast leaves out)
     * @param realisedByLine   realised MKI euro per line id: engine figures, and share × initial for financial lines
     * @param realisedMkiEuro  the realised total: the engine's total of the realised document plus the financial lines
     */
    public record Figures(JsonObject forecastDocument, MkiResult forecast, MkiResult design, MkiResult realised,
                          Map<String, Double> realisedByLine, double realisedMkiEuro) {

        double forecastMkiEuro() {
            return forecast.totalMkiEuro();
        }
    }

    /**
     * @param initialByLine the plan's forecast MKI per line (for financial monitoring); a line the plan lacks falls
     *                      back on its current forecast
     */
    static Figures figures(JsonObject work, Map<String, Realisation.LineState> states, Map<String, Double> initialByLine,
                           Function<ProjectDocument, MkiResult> engine) {
        JsonObject forecastDoc = forecastDocument(work, states);
        MkiResult forecast = engine.apply(ProjectDocumentReader.read(forecastDoc));
        MkiResult design = engine.apply(ProjectDocumentReader.read(work));
        MkiResult realised = engine.apply(ProjectDocumentReader.read(realisedDocument(work, states)));
        Map<String, Double> byLine = new LinkedHashMap<>();
        realised.lines().forEach(l -> byLine.put(l.id(), l.mkiEuro()));
        double total = realised.totalMkiEuro();
        for (Realisation.LineState s : states.values()) {
            if (s.financial() && s.started()) {
                double initial = initialByLine.containsKey(s.line()) ? initialByLine.get(s.line())
                        : lineMki(forecast, s.line());
                double euro = s.spentShare() * initial;
                byLine.put(s.line(), euro);
                total += euro;
            }
        }
        return new Figures(forecastDoc, forecast, design, realised, byLine, total);
    }

    /** The forecast total of the work with and without a change: with − without, euro. */
    static double effect(JsonObject with, JsonObject without, Map<String, Realisation.LineState> states,
                         Function<ProjectDocument, MkiResult> engine) {
        return engine.apply(ProjectDocumentReader.read(forecastDocument(with, states))).totalMkiEuro()
                - engine.apply(ProjectDocumentReader.read(forecastDocument(without, states))).totalMkiEuro();
    }

    static double lineMki(MkiResult r, String lineId) {
        return r.lines().stream().filter(l -> l.id().equals(lineId)).findFirst().map(MkiResult.LineResult::mkiEuro)
                .orElse(0.0);
    }

    static Map<String, JsonObject> byId(JsonArray a) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        if (a != null) {
            for (JsonValue v : a) {
                if (v instanceof JsonObject o && seen.add(o.getString("id", ""))) {
                    out.put(o.getString("id", ""), o);
                }
            }
        }
        return out;
    }
}
