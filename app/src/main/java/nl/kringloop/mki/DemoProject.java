package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;

/**
 * The illustrative demo project loaded on first start: a road renovation with a few hundred lines over
 * invented but realistically sized product cards (set 1 indicators). Deterministic (fixed seed), so its result
 * is the same on every machine. Everything in it is labelled ILLUSTRATIVE: none of it is NMD data.
 */
public final class DemoProject {

    public static final String NAME = "[ILLUSTRATIVE] N999 groot onderhoud — demo road renovation";
    public static final String LIBRARY_VERSION = "DEMO illustrative cards (not NMD data)";
    static final long SEED = 20261123L;

    /** An invented card: GWP per functional unit in A1-A3 drives the other indicators and modules. */
    private record Template(String id, String name, String unit, String category, double lifespanYears,
                            double gwpA1A3, double a4Share, double a5Share, double cShare, double dShare,
                            String object, String section, double minQty, double maxQty) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("demo-ac16-surf", "Asphalt concrete AC 16 surf (illustrative)", "t", "3", 12, 52, 0.08, 0.05, 0.10, -0.06, "deklaag", "asphalt", 80, 900),
            new Template("demo-zoab", "Porous asphalt ZOAB 16 (illustrative)", "t", "3", 10, 55, 0.08, 0.05, 0.10, -0.06, "deklaag", "asphalt", 80, 900),
            new Template("demo-ac22-bin", "Asphalt concrete AC 22 bin (illustrative)", "t", "3", 25, 48, 0.08, 0.05, 0.10, -0.07, "tussenlaag", "asphalt", 100, 1200),
            new Template("demo-ac22-base", "Asphalt concrete AC 22 base (illustrative)", "t", "3", 40, 45, 0.08, 0.05, 0.10, -0.07, "onderlaag", "asphalt", 100, 1500),
            new Template("demo-granulate", "Mixed granulate foundation (illustrative)", "t", "3", 100, 4.5, 0.30, 0.05, 0.08, -0.02, "fundering", null, 200, 3000),
            new Template("demo-sand", "Sand for sub-base (illustrative)", "t", "3", 100, 2.4, 0.40, 0.05, 0.05, 0, "fundering", null, 300, 5000),
            new Template("demo-concrete-c30", "Concrete C30/37 in situ (illustrative)", "m3", "3", 80, 290, 0.03, 0.04, 0.05, -0.03, "kunstwerk", "concrete", 5, 120),
            new Template("demo-rebar", "Reinforcing steel (illustrative)", "t", "3", 80, 1750, 0.02, 0.01, 0.02, -0.40, "kunstwerk", null, 1, 25),
            new Template("demo-precast-beam", "Precast prestressed beam (illustrative)", "m3", "2", 100, 420, 0.04, 0.03, 0.04, -0.03, "kunstwerk", "concrete", 2, 40),
            new Template("demo-guardrail", "Steel guardrail (illustrative)", "m", "3", 30, 32, 0.03, 0.02, 0.03, -0.30, "berm", null, 20, 600),
            new Template("demo-lighting-pole", "Lighting pole 12 m with luminaire (illustrative)", "p", "3", 30, 850, 0.02, 0.03, 0.03, -0.25, "verlichting", null, 2, 30),
            new Template("demo-cable", "Power cable 4x16 mm2 (illustrative)", "m", "3", 40, 2.1, 0.03, 0.02, 0.03, -0.20, "verlichting", null, 50, 1500),
            new Template("demo-marking-paint", "Road marking, thermoplastic, 20 cm continuous (illustrative)", "m", "3", 5, 0.95, 0.05, 0.02, 0.02, 0, "markering", "road-marking", 100, 5000),
            new Template("demo-sign", "Traffic sign with post (illustrative)", "p", "3", 20, 95, 0.03, 0.02, 0.03, -0.20, "bebording", null, 1, 20),
            new Template("demo-gantry", "Traffic-sign gantry (renoportaal) (illustrative)", "p", "3", 50, 24000, 0.02, 0.03, 0.02, -0.30, "bebording", "traffic-gantry", 1, 2),
            new Template("demo-soil-transport", "Soil, entering, delivered (illustrative)", "m3", "3", 100, 6.5, 0.50, 0.10, 0.02, 0, "grondwerk", "soil", 100, 4000),
            new Template("demo-diesel", "Diesel use by equipment, per litre (illustrative)", "l", "3a", 0, 3.2, 0, 0, 0, 0, "grondwerk", "equipment", 200, 8000),
            new Template("demo-electricity", "Electricity NL mix 73/27 per kWh (illustrative)", "kWh", "3a", 0, 0.52, 0, 0, 0, 0, "verlichting", "energy", 1000, 50000),
            new Template("demo-geotextile", "Geotextile PP (illustrative)", "m2", "3", 50, 0.6, 0.05, 0.02, 0.05, -0.02, "fundering", null, 200, 6000),
            new Template("demo-kerb", "Concrete kerb (illustrative)", "m", "3", 50, 14, 0.06, 0.03, 0.04, -0.02, "berm", null, 20, 800));

    private static final String[][] OBJECTS = {
            {"hr", "Hoofdrijbaan", null}, {"deklaag", "Deklaag", "hr"}, {"tussenlaag", "Tussenlaag", "hr"},
            {"onderlaag", "Onderlaag", "hr"}, {"fundering", "Fundering", "hr"}, {"berm", "Bermen en vluchtstrook", null},
            {"kunstwerk", "Kunstwerk KW-01 (viaduct)", null}, {"verlichting", "Openbare verlichting", null},
            {"markering", "Markering", null}, {"bebording", "Bebording", null}};

    private DemoProject() {
    }

    /** @return the demo document (docs/mki.md), cards embedded */
    public static JsonObject document(int lineCount) {
        Random random = new Random(SEED);
        JsonArrayBuilder cards = Json.createArrayBuilder();
        for (Template t : TEMPLATES) {
            cards.add(card(t));
        }
        JsonArrayBuilder objects = Json.createArrayBuilder();
        for (String[] o : OBJECTS) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", o[0]).add("name", o[1]);
            if (o[2] != null) {
                b.add("parent", o[2]);
            }
            objects.add(b);
        }
        objects.add(Json.createObjectBuilder().add("id", "grondwerk").add("name", "Grondwerk").add("earthwork", true));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 1; i <= lineCount; i++) {
            Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            double quantity = Math.round(t.minQty + random.nextDouble() * (t.maxQty - t.minQty));
            JsonObjectBuilder line = Json.createObjectBuilder().add("id", "L" + i).add("object", t.object)
                    .add("card", t.id).add("quantity", quantity).add("unit", t.unit).add("flow", "entering");
            if (t.section != null) {
                line.add("section", t.section);
            }
            JsonObjectBuilder attributes = Json.createObjectBuilder().add("note", "illustrative demo line");
            if ("road-marking".equals(t.section)) {
                // dashed 3:9 or, without a pattern, continuous (§3.1.5)
                if (random.nextBoolean()) {
                    attributes.add("pattern", "3:9");
                }
                attributes.add("widthCm", 15);
            }
            if ("soil".equals(t.section)) {
                attributes.add("soilFlow", "entering").add("volumeBasis", "loose").add("origin", "grondbank Demo")
                        .add("machineHours", 40).add("transportKm", 25).add("emissionClass", "Euro 6")
                        .add("transportFuel", "diesel");
            }
            if ("equipment".equals(t.section)) {
                // the §3.2.4 registration record a contractor keeps per machine
                attributes.add("registration", Json.createObjectBuilder().add("machineName", "Excavator D-" + i)
                        .add("machineType", "crawler excavator 30 t").add("engineType", "Stage V diesel")
                        .add("deliveredAt", "2026-03-02T07:00:00Z").add("removedAt", "2026-04-10T17:00:00Z")
                        .add("locations", Json.createArrayBuilder().add("km 12.3-14.1"))
                        .add("fuelType", "diesel").add("consumption", "daily tank log, litres")
                        .add("measurementMethod", "fuel-card and flow meter").add("accuracyPercent", 97)
                        .add("availabilityPercent", 99));
            }
            if ("energy".equals(t.section)) {
                // yearly use of the lighting in normal operation, over the service life (§3.3a-b)
                attributes.add("yearlyConsumptionKwh", quantity);
            }
            line.add("attributes", attributes);
            lines.add(line);
        }
        // the milled surface leaves the project: released, only C and D count (§2.1.1)
        lines.add(Json.createObjectBuilder().add("id", "L" + (lineCount + 1)).add("object", "deklaag")
                .add("card", "demo-ac16-surf").add("quantity", 650).add("unit", "t").add("flow", "released")
                .add("section", "asphalt").add("attributes", Json.createObjectBuilder().add("note", "milled surface")));
        lines.add(Json.createObjectBuilder().add("id", "L" + (lineCount + 2)).add("object", "berm")
                .add("card", "demo-guardrail").add("quantity", 120).add("unit", "m").add("flow", "entering")
                .add("temporary", "fence"));
        return Json.createObjectBuilder()
                .add("name", NAME)
                .add("protocolVersion", "4.0").add("weighting", "nmd-set-1").add("serviceLifeYears", 50)
                .add("nmdVersion", LIBRARY_VERSION)
                .add("cards", cards).add("objects", objects).add("lines", lines).build();
    }

    private static JsonObject card(Template t) {
        JsonObjectBuilder impacts = Json.createObjectBuilder().add("A1-A3", profile(t.gwpA1A3));
        if (t.a4Share > 0) {
            impacts.add("A4", profile(t.gwpA1A3 * t.a4Share));
        }
        if (t.a5Share > 0) {
            impacts.add("A5", profile(t.gwpA1A3 * t.a5Share));
        }
        if (t.cShare > 0) {
            impacts.add("C1", profile(t.gwpA1A3 * t.cShare * 0.3));
            impacts.add("C2", profile(t.gwpA1A3 * t.cShare * 0.4));
            impacts.add("C3", profile(t.gwpA1A3 * t.cShare * 0.2));
            impacts.add("C4", profile(t.gwpA1A3 * t.cShare * 0.1));
        }
        if (t.dShare != 0) {
            impacts.add("D", profile(t.gwpA1A3 * t.dShare));
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.id).add("name", t.name).add("unit", t.unit)
                .add("dataCategory", t.category).add("representative", true)
                .add("source", "ILLUSTRATIVE: invented for the Kringloop demo, not NMD data")
                .add("libraryVersion", LIBRARY_VERSION).add("impacts", impacts);
        if (t.lifespanYears > 0) {
            b.add("lifespanYears", t.lifespanYears);
        }
        return b.build();
    }

    /** Set 1 indicators in plausible proportion to GWP (kg CO2-eq), rounded to 4 significant digits. */
    private static JsonObject profile(double gwp) {
        return Json.createObjectBuilder()
                .add("ADPE", round(gwp * 2.0e-6)).add("ADPF", round(gwp * 7.0e-3)).add("GWP", round(gwp))
                .add("ODP", round(gwp * 1.0e-7)).add("POCP", round(gwp * 4.0e-4)).add("AP", round(gwp * 4.0e-3))
                .add("EP", round(gwp * 6.0e-4)).add("HTP", round(gwp * 0.1)).add("FAETP", round(gwp * 2.0e-3))
                .add("MAETP", round(gwp * 6.0)).add("TETP", round(gwp * 4.0e-4)).build();
    }

    private static double round(double v) {
        if (v == 0) {
            return 0;
        }
        return new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }
}
