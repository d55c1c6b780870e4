package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The soil MKI must be shown by registration of (§3.1.3, "Tevens geldt" b): I the origin of the soil or sand
 * ({@code attributes.origin}); II machine hours or fuel/energy use ({@code machineHours} or {@code fuelLitres}
 * or {@code energyKwh}); III transport km with the vehicles' emission class and fuel ({@code transportKm},
 * {@code emissionClass}, {@code transportFuel}). Missing items are a warning: progress and final reports need them.
 */
@Extension
public class SoilRegistrationWarning extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.3");

    public SoilRegistrationWarning() {
        super("rws-soil-registration", "Soil registration data",
                "Warns when a soil line lacks origin, machine hours or fuel, or transport km with emission class"
                        + " and fuel.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.SOIL)) {
            return LineOutcome.NONE;
        }
        var a = c.line().attributes();
        List<String> missing = new ArrayList<>();
        if (!a.containsKey("origin")) {
            missing.add("origin (I)");
        }
        if (!a.containsKey("machineHours") && !a.containsKey("fuelLitres") && !a.containsKey("energyKwh")) {
            missing.add("machineHours or fuelLitres or energyKwh (II)");
        }
        for (String k : List.of("transportKm", "emissionClass", "transportFuel")) {
            if (!a.containsKey(k)) {
                missing.add(k + " (III)");
            }
        }
        if (missing.isEmpty()) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.warning(RULE, c.line().id(), c.line().field("attributes"), "Soil registration"
                + " incomplete, needed for progress and final reports: " + String.join(", ", missing) + "."));
    }
}
