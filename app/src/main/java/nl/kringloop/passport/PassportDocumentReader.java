package nl.kringloop.passport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.reference.Cas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a passport document (docs/passport-register.md). Malformed or inconsistent input is a 400 naming the field:
 * negative masses, percentages over 100, unknown codes, CAS numbers with a bad check digit, recycled or
 * recovered mass over the material's mass in A1.1. Disagreements with what the register derives are not
 * refusals but findings ({@link PassportDerivation}).
 */
public final class PassportDocumentReader {

    static final Set<String> LIST_CODES = Set.of("A1.1", "A1.2", "A1.3", "A1.4", "A2.1", "A2.2", "A3.1");
    static final Set<String> YEAR_CODES = Set.of("C1.1", "C1.2", "C1.3", "C1.4");
    static final Set<String> TEXT_CODES = Set.of("C2.1", "C3.1", "C4.1");
    /** codes whose mass is a part of the A1.1 material of the same name */
    static final Set<String> PART_OF_A11 = Set.of("A1.2", "A2.1", "A2.2");

    private PassportDocumentReader() {
    }

    /**
     * @param extraCodes codes a guideline version added ("new"), accepted as free JSON
     */
    public static PassportDocument read(JsonValue json, Set<String> extraCodes) {
        JsonObject root = JsonInput.object(json, "");
        JsonObject p = JsonInput.object(JsonInput.required(root, "product", ""), "product");
        PassportDocument.Product product = new PassportDocument.Product(
                optText(p, "id", "product", 300), reqText(p, "name", "product", 300), optText(p, "model", "product", 300),
                optText(p, "manufacturer", "product", 300), optText(p, "productGroup", "product", 200));
        String guideline = optText(root, "guidelineVersion", "", 40);
        Double massGram = JsonInput.optional(root, "massGram").map(v -> nonNegative(v, "massGram")).orElse(null);
        PassportDocument.ReferenceChoice lists = JsonInput.optional(root, "referenceLists").map(v -> {
            JsonObject o = JsonInput.object(v, "referenceLists");
            return new PassportDocument.ReferenceChoice(optText(o, "crm", "referenceLists", 80),
                    optText(o, "zzs", "referenceLists", 80));
        }).orElse(new PassportDocument.ReferenceChoice(null, null));

        JsonObject values = JsonInput.object(JsonInput.required(root, "values", ""), "values");
        Map<String, List<PassportDocument.Amount>> amounts = new LinkedHashMap<>();
        Map<String, PassportDocument.Years> years = new LinkedHashMap<>();
        Map<String, PassportDocument.Text> texts = new LinkedHashMap<>();
        Map<String, JsonValue> other = new LinkedHashMap<>();
        PassportDocument.Ghg ghg = null;
        PassportDocument.Biodiversity bio = null;
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            String code = e.getKey();
            String path = "values." + code;
            if (LIST_CODES.contains(code)) {
                amounts.put(code, amounts(e.getValue(), path, code));
            } else if (GuidelineCodes.B1.equals(code)) {
                ghg = ghg(JsonInput.object(e.getValue(), path), path);
            } else if (code.startsWith("B1.") && GuidelineCodes.CATALOGUE.containsKey(code)) {
                throw DomainException.invalid(path, path + ": B1.1–B1.4 are submitted together in the B1 block"
                        + " (productionGram, transportGram, useGram, recyclingGram, serviceLifeYears, method)");
            } else if ("B2.1".equals(code)) {
                JsonObject o = JsonInput.object(e.getValue(), path);
                bio = new PassportDocument.Biodiversity(JsonInput.number(JsonInput.required(o, "value", path), path + ".value"),
                        reqText(o, "unit", path, 60), meta(o, path));
            } else if (YEAR_CODES.contains(code)) {
                JsonObject o = JsonInput.object(e.getValue(), path);
                years.put(code, new PassportDocument.Years(nonNegative(JsonInput.required(o, "years", path), path + ".years"),
                        meta(o, path)));
            } else if (TEXT_CODES.contains(code)) {
                JsonObject o = JsonInput.object(e.getValue(), path);
                texts.put(code, new PassportDocument.Text(reqText(o, "text", path, 10_000),
                        JsonInput.optional(o, "percent").map(v -> percent(v, path + ".percent")).orElse(null), meta(o, path)));
            } else if (extraCodes.contains(code)) {
                other.put(code, e.getValue());
            } else {
                throw DomainException.invalid(path, path + ": '" + code + "' is not a code of the guideline"
                        + " (A1.1–A3.1, B1, B2.1, C1.1–C4.1, or a code the guideline version adds)");
            }
        }
        checkPartsOfA11(amounts);
        return new PassportDocument(product, guideline, massGram, lists, Map.copyOf(amounts), ghg, bio, Map.copyOf(years),
                Map.copyOf(texts), Map.copyOf(other));
    }

    /** Recycled (A1.2) and recovered (A2.1, A2.2) mass is part of an A1.1 material and cannot exceed it. */
    private static void checkPartsOfA11(Map<String, List<PassportDocument.Amount>> amounts) {
        Map<String, Double> a11 = new HashMap<>();
        for (PassportDocument.Amount a : amounts.getOrDefault("A1.1", List.of())) {
            a11.merge(key(a.name()), a.massGram(), Double::sum);
        }
        for (String code : PART_OF_A11) {
            List<PassportDocument.Amount> list = amounts.getOrDefault(code, List.of());
            Map<String, Double> sum = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                PassportDocument.Amount a = list.get(i);
                String path = "values." + code + "[" + i + "]";
                Double original = a11.get(key(a.name()));
                if (original == null) {
                    throw DomainException.invalid(path + ".material", path + ".material: '" + a.name()
                            + "' is not a material of A1.1; " + code + " is a part of an A1.1 material");
                }
                double total = sum.merge(key(a.name()), a.massGram(), Double::sum);
                if (total > original + 1e-9) {
                    throw DomainException.invalid(path + ".massGram", path + ".massGram: " + fmt(total)
                            + " g of " + a.name() + " is more than the " + fmt(original) + " g in A1.1");
                }
            }
        }
    }

    public static String key(String material) {
        return material.trim().toLowerCase(Locale.ROOT);
    }

    private static List<PassportDocument.Amount> amounts(JsonValue v, String path, String code) {
        JsonArray a = JsonInput.array(v, path);
        List<PassportDocument.Amount> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String p = path + "[" + i + "]";
            JsonObject o = JsonInput.object(a.get(i), p);
            String name = optText(o, "material", p, 300);
            if (name == null) {
                name = optText(o, "substance", p, 300);
            }
            if (name == null || name.isBlank()) {
                String field = "A1.4".equals(code) ? "substance" : "material";
                throw DomainException.invalid(p + "." + field, p + "." + field + ": required");
            }
            String cas = optText(o, "cas", p, 20);
            if (cas != null && !Cas.valid(cas)) {
                throw DomainException.invalid(p + ".cas", p + ".cas: '" + cas
                        + "' is not a CAS number with a valid check digit");
            }
            JsonInput.optional(o, "unit").ifPresent(u -> {
                if (!"g".equals(JsonInput.string(u, p + ".unit"))) {
                    throw DomainException.invalid(p + ".unit", p + ".unit: masses are in gram (massGram); unit must be \"g\"");
                }
            });
            double mass = nonNegative(JsonInput.required(o, "massGram", p), p + ".massGram");
            Double percent = JsonInput.optional(o, "percent").map(x -> percent(x, p + ".percent")).orElse(null);
            out.add(new PassportDocument.Amount(name, cas == null ? null : Cas.normalise(cas), mass, percent, meta(o, p)));
        }
        return List.copyOf(out);
    }

    private static PassportDocument.Ghg ghg(JsonObject o, String path) {
        Map<String, Double> submittedPercent = new LinkedHashMap<>();
        for (String phase : List.of("production", "transport", "use", "recycling")) {
            JsonInput.optional(o, phase + "Percent").ifPresent(v ->
                    submittedPercent.put(phase, JsonInput.number(v, path + "." + phase + "Percent")));
        }
        return new PassportDocument.Ghg(
                JsonInput.optional(o, "productionGram").map(v -> nonNegative(v, path + ".productionGram")).orElse(null),
                JsonInput.optional(o, "transportGram").map(v -> nonNegative(v, path + ".transportGram")).orElse(null),
                JsonInput.optional(o, "useGram").map(v -> nonNegative(v, path + ".useGram")).orElse(null),
                // a recycling phase may avoid more emissions than it causes (a credit), so it may be negative
                JsonInput.optional(o, "recyclingGram").map(v -> JsonInput.number(v, path + ".recyclingGram")).orElse(null),
                JsonInput.optional(o, "serviceLifeYears").map(v -> nonNegative(v, path + ".serviceLifeYears")).orElse(null),
                optText(o, "explanation", path, 10_000), Map.copyOf(submittedPercent), meta(o, path));
    }

    private static PassportDocument.Meta meta(JsonObject o, String path) {
        String method = optText(o, "method", path, 300);
        String quality = optText(o, "dataQuality", path, 20);
        if (quality != null && !PassportDocument.Meta.DATA_QUALITIES.contains(quality)) {
            throw DomainException.invalid(path + ".dataQuality", path + ".dataQuality: '" + quality
                    + "' is not measured, calculated or indicative (condition 15)");
        }
        List<PassportDocument.Evidence> evidence = new ArrayList<>();
        JsonValue ev = o.get("evidence");
        if (ev != null && ev != JsonValue.NULL) {
            JsonArray a = JsonInput.array(ev, path + ".evidence");
            for (int i = 0; i < a.size(); i++) {
                String ep = path + ".evidence[" + i + "]";
                JsonValue item = a.get(i);
                if (item instanceof JsonString s) {
                    evidence.add(new PassportDocument.Evidence(s.getString(), null));
                } else {
                    JsonObject eo = JsonInput.object(item, ep);
                    String sha = optText(eo, "sha256", ep, 64);
                    if (sha != null && !sha.matches("[0-9a-fA-F]{64}")) {
                        throw DomainException.invalid(ep + ".sha256", ep + ".sha256: 64 hexadecimal digits expected");
                    }
                    evidence.add(new PassportDocument.Evidence(reqText(eo, "ref", ep, 1000),
                            sha == null ? null : sha.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return new PassportDocument.Meta(method, List.copyOf(evidence), quality);
    }

    private static double nonNegative(JsonValue v, String path) {
        double d = JsonInput.number(v, path);
        if (d < 0) {
            throw DomainException.invalid(path, path + ": must not be negative, got " + fmt(d));
        }
        return d;
    }

    private static double percent(JsonValue v, String path) {
        double d = JsonInput.number(v, path);
        if (d < 0 || d > 100) {
            throw DomainException.invalid(path, path + ": a percentage between 0 and 100, got " + fmt(d));
        }
        return d;
    }

    private static String reqText(JsonObject o, String name, String parent, int max) {
        String s = optText(o, name, parent, max);
        if (s == null || s.isBlank()) {
            String path = JsonInput.path(parent, name);
            throw DomainException.invalid(path, path + ": required");
        }
        return s;
    }

    private static String optText(JsonObject o, String name, String parent, int max) {
        String path = JsonInput.path(parent, name);
        return JsonInput.optional(o, name).map(v -> {
            String s = JsonInput.string(v, path).trim();
            if (s.length() > max) {
                throw DomainException.invalid(path, path + ": at most " + max + " characters");
            }
            return s;
        }).orElse(null);
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
