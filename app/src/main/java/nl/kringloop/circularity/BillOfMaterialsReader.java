package nl.kringloop.circularity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.ProductionWaste;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.SourcedShare;
import nl.kringloop.api.circularity.Utility;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import static nl.kringloop.platform.JsonInput.path;

/**
 * Reads the JSON form of a {@link BillOfMaterials}, member for member as the api records, naming the JSON path
 * of any wrong type or missing member in a 400 problem. The rules on values (ranges, locks, standards) are
 * {@link BillOfMaterials#inputErrors()}, applied afterwards.
 */
final class BillOfMaterialsReader {

    private BillOfMaterialsReader() {
    }

    /**
     * The most mass one bill of materials may hold, in gram (a million tonnes): far above any product, and far
     * enough below the range of a double that the method's sums and shares stay finite. Input beyond it is the
     * caller's 400, never a failure of the plugin that would compute with it.
     */
    static final double MAX_TOTAL_MASS_GRAM = 1e12;

    static BillOfMaterials read(String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        BomSubject subject = JsonInput.optional(o, "subject").map(v -> subject(JsonInput.string(v, "subject")))
                .orElse(BomSubject.PRODUCT);
        BillOfMaterials bill = build(o, subject);
        double total = 0;
        for (int i = 0; i < bill.components().size(); i++) {
            Component c = bill.components().get(i);
            total += Math.abs(c.unitMassGram() * c.unitsPerProduct());
            limitMass(total, "components[" + i + "]");
        }
        total = 0;
        for (int i = 0; i < bill.disassemblies().size(); i++) {
            Disassembly d = bill.disassemblies().get(i);
            total += Math.abs(d.unitMassGram() * d.count());
            limitMass(total, "disassemblies[" + i + "]");
        }
        return bill;
    }

    private static void limitMass(double total, String field) {
        if (!(total <= MAX_TOTAL_MASS_GRAM)) {
            throw DomainException.invalid(field, field + ": unitMassGram × count brings the bill's mass over "
                    + MAX_TOTAL_MASS_GRAM + " g, the most one bill of materials may hold");
        }
    }

    private static BillOfMaterials build(JsonObject o, BomSubject subject) {
        return new BillOfMaterials(optString(o, "productId", ""), optString(o, "name", ""), subject,
                list(JsonInput.required(o, "components", ""), "components", BillOfMaterialsReader::component),
                JsonInput.optional(o, "disassemblies")
                        .map(v -> list(v, "disassemblies", BillOfMaterialsReader::disassembly)).orElse(List.of()),
                JsonInput.optional(o, "utility").map(v -> utility(v, "utility")).orElse(null));
    }

    private static BomSubject subject(String s) {
        try {
            return BomSubject.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("subject", "subject: '" + s + "' is neither PRODUCT nor COMPONENT");
        }
    }

    private static Component component(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new Component(JsonInput.string(JsonInput.required(o, "id", p), path(p, "id")),
                optString(o, "name", p), optString(o, "supplier", p), optString(o, "unit", p),
                number(o, "unitMassGram", p), number(o, "unitsPerProduct", p),
                JsonInput.optional(o, "maintenancePhase").map(b -> JsonInput.bool(b, path(p, "maintenancePhase")))
                        .orElse(false),
                optNumber(o, "supplierCpfxShare", p).orElse(null),
                JsonInput.optional(o, "secondaryInput").map(s -> secondaryInput(s, path(p, "secondaryInput")))
                        .orElse(SecondaryInput.NONE),
                JsonInput.optional(o, "productionWaste").map(w -> productionWaste(w, path(p, "productionWaste")))
                        .orElse(ProductionWaste.NONE),
                strings(o, "supplierCpfxProofDocuments", p),
                optNumber(o, "feedstockRecyclingEfficiency", p).orElse(null));
    }

    private static SecondaryInput secondaryInput(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new SecondaryInput(shares(o, "recycled", p), shares(o, "reused", p), shares(o, "renewable", p));
    }

    private static List<SourcedShare> shares(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> list(v, path(p, name), (s, sp) -> {
            JsonObject so = JsonInput.object(s, sp);
            return new SourcedShare(number(so, "share", sp), optString(so, "source", sp),
                    strings(so, "proofDocuments", sp),
                    JsonInput.optional(so, "marketAverage").map(b -> JsonInput.bool(b, path(sp, "marketAverage")))
                            .orElse(false));
        })).orElse(List.of());
    }

    private static ProductionWaste productionWaste(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new ProductionWaste(number(o, "massGram", p),
                JsonInput.optional(o, "recovery").map(r -> recovery(r, path(p, "recovery"))).orElse(Recovery.NONE));
    }

    private static Recovery recovery(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new Recovery(optNumber(o, "recycledShare", p).orElse(0.0), optNumber(o, "reusedShare", p).orElse(0.0),
                optNumber(o, "compostedShare", p).orElse(0.0), optString(o, "compostabilityStandard", p),
                strings(o, "proofDocuments", p));
    }

    private static Disassembly disassembly(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new Disassembly(JsonInput.string(JsonInput.required(o, "id", p), path(p, "id")),
                optString(o, "name", p), number(o, "unitMassGram", p), number(o, "count", p),
                JsonInput.optional(o, "endOfLife").map(r -> recovery(r, path(p, "endOfLife"))).orElse(Recovery.NONE),
                optNumber(o, "recyclingEfficiency", p).orElse(null));
    }

    private static Utility utility(JsonValue v, String p) {
        JsonObject o = JsonInput.object(v, p);
        return new Utility(number(o, "lifetimeYears", p), number(o, "industryAverageLifetimeYears", p),
                optNumber(o, "functionalUnits", p).orElse(1.0),
                optNumber(o, "industryAverageFunctionalUnits", p).orElse(1.0));
    }

    private static <T> List<T> list(JsonValue v, String p, BiFunction<JsonValue, String, T> item) {
        JsonArray a = JsonInput.array(v, p);
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(item.apply(a.get(i), JsonInput.index(p, i)));
        }
        return out;
    }

    private static double number(JsonObject o, String name, String p) {
        return JsonInput.number(JsonInput.required(o, name, p), path(p, name));
    }

    private static Optional<Double> optNumber(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> JsonInput.number(v, path(p, name)));
    }

    private static String optString(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> JsonInput.string(v, path(p, name))).orElse("");
    }

    private static List<String> strings(JsonObject o, String name, String p) {
        return JsonInput.optional(o, name).map(v -> list(v, path(p, name), JsonInput::string)).orElse(List.of());
    }
}
