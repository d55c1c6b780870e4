package nl.kringloop.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a supply-risk list as JSON or as CSV (header {@code material,supplyRisk,economicImportance,source}, the
 * columns of the EU CRM assessment's tables). Refuses, naming the row, a missing or negative figure, a duplicate
 * material, an empty list: a refused import stores nothing.
 */
final class SupplyRiskImport {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    private SupplyRiskImport() {
    }

    static SupplyRiskList json(JsonValue body) {
        JsonObject o = JsonInput.object(body, "");
        String id = id(JsonInput.string(JsonInput.required(o, "id", ""), "id"));
        JsonArray rows = JsonInput.array(JsonInput.required(o, "indicators", ""), "indicators");
        List<SupplyRiskList.Indicator> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String p = "indicators[" + i + "]";
            JsonObject r = JsonInput.object(rows.get(i), p);
            out.add(indicator(JsonInput.string(JsonInput.required(r, "material", p), p + ".material"),
                    JsonInput.number(JsonInput.required(r, "supplyRisk", p), p + ".supplyRisk"),
                    JsonInput.number(JsonInput.required(r, "economicImportance", p), p + ".economicImportance"),
                    JsonInput.optional(r, "source").map(v -> JsonInput.string(v, p + ".source")).orElse(null), p, seen));
        }
        return list(id, opt(o, "title"), opt(o, "source"), opt(o, "publishedOn"), out);
    }

    static SupplyRiskList csv(String body, String id, String title, String source, String publishedOn) {
        if (id == null) {
            throw DomainException.invalid("id", "id: required (query parameter), e.g. eu-crm-assessment-2023");
        }
        List<SupplyRiskList.Indicator> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build()
                .parse(new StringReader(body == null ? "" : body))) {
            for (String h : List.of("material", "supplyRisk", "economicImportance")) {
                if (!p.getHeaderMap().containsKey(h)) {
                    throw DomainException.invalid("header", "header: column '" + h + "' is missing; expected"
                            + " material,supplyRisk,economicImportance,source");
                }
            }
            for (CSVRecord r : p) {
                String path = "row " + (r.getRecordNumber() + 1);
                out.add(indicator(r.get("material"), number(r.get("supplyRisk"), path + ".supplyRisk"),
                        number(r.get("economicImportance"), path + ".economicImportance"),
                        r.isMapped("source") && r.isSet("source") && !r.get("source").isBlank() ? r.get("source") : null,
                        path, seen));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw DomainException.invalid("", "Not a readable CSV: " + e.getMessage());
        }
        return list(id(id), title, source, publishedOn, out);
    }

    private static SupplyRiskList list(String id, String title, String source, String publishedOn,
                                       List<SupplyRiskList.Indicator> rows) {
        if (rows.isEmpty()) {
            throw DomainException.invalid("indicators", "indicators: the list is empty");
        }
        return new SupplyRiskList(id, title, source, publishedOn, List.copyOf(rows));
    }

    private static SupplyRiskList.Indicator indicator(String material, double sr, double ei, String source, String path,
                                                      Set<String> seen) {
        if (material == null || material.isBlank()) {
            throw DomainException.invalid(path + ".material", path + ".material: required");
        }
        if (!(sr >= 0) || !(ei >= 0)) {
            throw DomainException.invalid(path + (sr >= 0 ? ".economicImportance" : ".supplyRisk"), path
                    + ": supply risk and economic importance are finite and not negative");
        }
        if (!seen.add(SupplyRiskList.key(material))) {
            throw DomainException.invalid(path + ".material", path + ".material: '" + material + "' is listed twice");
        }
        return new SupplyRiskList.Indicator(material.trim(), sr, ei, source);
    }

    private static double number(String s, String path) {
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // answered below
        }
        throw DomainException.invalid(path, path + ": expected a finite number, got '" + s + "'");
    }

    private static String id(String id) {
        if (!ID.matcher(id).matches()) {
            throw DomainException.invalid("id", "id: lower-case letters, digits, '.' and '-', at most 80");
        }
        return id;
    }

    private static String opt(JsonObject o, String name) {
        return JsonInput.optional(o, name).map(v -> JsonInput.string(v, name)).orElse(null);
    }

    static JsonObject toJson(SupplyRiskList l) {
        var b = Json.createObjectBuilder().add("id", l.id());
        if (l.title() != null) b.add("title", l.title());
        if (l.source() != null) b.add("source", l.source());
        if (l.publishedOn() != null) b.add("publishedOn", l.publishedOn());
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (SupplyRiskList.Indicator i : l.indicators()) {
            var r = Json.createObjectBuilder().add("material", i.material()).add("supplyRisk", i.supplyRisk())
                    .add("economicImportance", i.economicImportance());
            if (i.source() != null) r.add("source", i.source());
            a.add(r);
        }
        return b.add("indicators", a).build();
    }

    static SupplyRiskList fromStored(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return json(r.readObject());
        }
    }
}
