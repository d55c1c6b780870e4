package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LinePricing;
import org.pf4j.Extension;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HVO only from Annex C (§3.2.2b). A line {@code attributes.annexC = {"machine": "excavator", "class": "V",
 * "fuel": "HVO"}} with its quantity in litres is priced litres × the published Total per litre of table 36; the
 * published phases are shown as printed, and a row whose phases do not add up to its Total brings its
 * data-quality finding to the line. The Total goes to module A5: fuel burnt on site is part of the work's
 * construction process. HVO through a card (a card whose name or {@code attributes.fuel} says HVO) is refused;
 * other fuels from Annex C get a warning, since §3.2.2a prescribes NMD process data for them.
 */
@Extension
public class HvoOnlyFromAnnexC extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.2.2b");
    static final RuleRef PROCESS_DATA_RULE = RwsProtocol.ref("§3.2.2a");
    static final Set<String> LITRES = Set.of("l", "litre", "liter", "litres", "liters");

    public HvoOnlyFromAnnexC() {
        super("rws-hvo-annex-c", "HVO only from Annex C",
                "Prices attributes.annexC lines at the published Annex C Total per litre; refuses HVO via a card.",
                RULE, AnnexC.TABLE_36);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.isEquipment(c)) {
            return LineOutcome.NONE;
        }
        Object spec = c.line().attributes().get("annexC");
        if (spec == null) {
            return hvoCard(c) ? LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("card"), "Card '"
                    + c.card().id() + "' is HVO: HVO may only be calculated with Annex C (§3.2.2b). Give the line"
                    + " attributes.annexC = {machine, class, fuel: \"HVO\"} and its quantity in litres; the line counts"
                    + " 0.")) : LineOutcome.NONE;
        }
        if (!(spec instanceof Map<?, ?> m)) {
            return refuse(c, "annexC", "annexC must be an object {machine, class, fuel}");
        }
        String machine = m.get("machine") instanceof String s ? s : null;
        String machineClass = m.get("class") instanceof String s ? s : null;
        String fuel = m.get("fuel") instanceof String s ? s : null;
        AnnexC annex = AnnexC.shipped();
        if (!AnnexC.knownMachine(machine)) {
            return refuse(c, "annexC.machine", "unknown machine '" + machine + "'; Annex C table 36 has excavator"
                    + " and truck");
        }
        if (fuel == null || annex.fuelRows().stream().noneMatch(r -> r.fuel().equalsIgnoreCase(fuel.trim()))) {
            return refuse(c, "annexC.fuel", "unknown fuel '" + fuel + "'; Annex C table 36 has diesel, biodiesel, HVO"
                    + " and GTL");
        }
        var row = annex.fuelRow(machine, machineClass == null ? "" : machineClass, fuel);
        if (row.isEmpty()) {
            return refuse(c, "annexC.class", "unknown class '" + machineClass + "' for " + machine + "; Annex C table"
                    + " 36 has IIIB, IV, V (excavator) and Euro 5, Euro 6 (truck)");
        }
        String unit = c.line().unit() == null ? "" : c.line().unit().trim().toLowerCase(Locale.ROOT);
        if (!LITRES.contains(unit)) {
            return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("unit"), "An Annex C line is in"
                    + " litres of fuel, not '" + c.line().unit() + "'; the line counts 0."));
        }
        AnnexC.FuelRow r = row.get();
        Map<String, Double> breakdown = new LinkedHashMap<>();
        breakdown.put("Total", r.totalEuroPerLitre());
        breakdown.put("A1-A3", r.a1a3EuroPerLitre());
        breakdown.put("A4", r.a4EuroPerLitre());
        breakdown.put("B", r.bEuroPerLitre());
        LineOutcome out = LineOutcome.NONE.with(LinePricing.fixed(AnnexC.TABLE_36, "Annex C table 36: " + r.id()
                        + " (Total " + r.published().get(0) + " euro per litre)", Map.of(LcaModule.A5,
                        r.totalEuroPerLitre()), "l", annex.data().tables().get(0).source(), breakdown));
        if (r.finding() != null) {
            Finding f = r.finding();
            out = out.with(Finding.warning(AnnexC.TABLE_36, c.line().id(), c.line().field("attributes.annexC"),
                    f.message()));
        }
        if (!"hvo".equalsIgnoreCase(r.fuel())) {
            out = out.with(Finding.warning(PROCESS_DATA_RULE, c.line().id(), c.line().field("attributes.annexC.fuel"),
                    "Annex C is prescribed for HVO only; for " + r.fuel() + " §3.2.2a prescribes the NMD process"
                            + " data. The Annex C figure is used as given."));
        }
        return out;
    }

    private static LineOutcome refuse(LineContext c, String field, String message) {
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("attributes." + field), message
                + "; the line counts 0."));
    }

    private static boolean hvoCard(LineContext c) {
        if (c.card().isNone()) {
            return false;
        }
        Object fuel = c.card().attributes().get("fuel");
        String name = c.card().name() == null ? "" : c.card().name();
        return (fuel instanceof String f && f.equalsIgnoreCase("HVO"))
                || name.toUpperCase(Locale.ROOT).matches(".*\\bHVO\\b.*");
    }
}
