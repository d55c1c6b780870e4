package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The equipment MKI rests on actual fuel and energy use (§3.2.4). An equipment or generator line carries its
 * registration record in {@code attributes.registration}: the data of §3.2.4b ({@code machineName},
 * {@code machineType}, {@code engineType}, {@code deliveredAt}, {@code removedAt}, {@code locations},
 * {@code fuelType}, {@code consumption} over time, {@code measurementMethod}) and the quality of the registration
 * system: {@code accuracyPercent} ≥ 95 (§3.2.4c), {@code availabilityPercent} ≥ 98 (§3.2.4d), and
 * {@code outages} [{@code reportedAfterHours} &lt; 24, {@code repairedAfterHours} &lt; 72] (§3.2.4e). Each miss
 * is a warning: the figure stands, the proof is weak.
 */
@Extension
public class FuelRegistration extends RwsRule {

    static final RuleRef RECORD_RULE = RwsProtocol.ref("§3.2.4b");
    static final RuleRef ACCURACY_RULE = RwsProtocol.ref("§3.2.4c");
    static final RuleRef AVAILABILITY_RULE = RwsProtocol.ref("§3.2.4d");
    static final RuleRef OUTAGE_RULE = RwsProtocol.ref("§3.2.4e");
    static final double MIN_ACCURACY_PERCENT = 95;
    static final double MIN_AVAILABILITY_PERCENT = 98;
    static final double REPORT_WITHIN_HOURS = 24;
    static final double REPAIR_WITHIN_HOURS = 72;
    static final List<String> RECORD = List.of("machineName", "machineType", "engineType", "deliveredAt",
            "removedAt", "locations", "fuelType", "consumption", "measurementMethod");

    public FuelRegistration() {
        super("rws-fuel-registration", "Fuel and energy registration",
                "Warns when an equipment line's registration record is incomplete or misses accuracy 95 %,"
                        + " availability 98 %, outage reported < 24 h or repaired < 72 h.",
                RECORD_RULE, ACCURACY_RULE, AVAILABILITY_RULE, OUTAGE_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.EQUIPMENT) && !Sections.applies(c, Sections.GENERATOR)) {
            return LineOutcome.NONE;
        }
        String id = c.line().id();
        String field = c.line().field("attributes.registration");
        if (!(c.line().attributes().get("registration") instanceof Map<?, ?> reg)) {
            return LineOutcome.of(Finding.warning(RECORD_RULE, id, field, "No fuel/energy registration record: the"
                    + " MKI must rest on actual use (§3.2.4a); record " + String.join(", ", RECORD) + "."));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> missing = RECORD.stream().filter(k -> reg.get(k) == null).toList();
        if (!missing.isEmpty()) {
            findings.add(Finding.warning(RECORD_RULE, id, field, "Registration record lacks " + String.join(", ",
                    missing) + " (§3.2.4b)."));
        }
        Double accuracy = number(reg.get("accuracyPercent"));
        if (accuracy == null || accuracy < MIN_ACCURACY_PERCENT) {
            findings.add(Finding.warning(ACCURACY_RULE, id, field + ".accuracyPercent", "Registration accuracy "
                    + (accuracy == null ? "not stated" : accuracy + " %") + "; at least 95 % is required (§3.2.4c)."));
        }
        Double availability = number(reg.get("availabilityPercent"));
        if (availability == null || availability < MIN_AVAILABILITY_PERCENT) {
            findings.add(Finding.warning(AVAILABILITY_RULE, id, field + ".availabilityPercent", "Registration"
                    + " functioned " + (availability == null ? "(not stated)" : availability + " %") + " of the time; at"
                    + " least 98 % is required (§3.2.4d)."));
        }
        if (reg.get("outages") instanceof List<?> outages) {
            for (int i = 0; i < outages.size(); i++) {
                if (!(outages.get(i) instanceof Map<?, ?> o)) {
                    continue;
                }
                Double reported = number(o.get("reportedAfterHours"));
                Double repaired = number(o.get("repairedAfterHours"));
                String of = field + ".outages[" + i + "]";
                if (reported == null || reported >= REPORT_WITHIN_HOURS) {
                    findings.add(Finding.warning(OUTAGE_RULE, id, of + ".reportedAfterHours", "Outage " + (i + 1)
                            + " reported after " + (reported == null ? "an unstated time" : reported + " h")
                            + "; outages must be reported to the client within 24 h (§3.2.4e)."));
                }
                if (repaired == null || repaired >= REPAIR_WITHIN_HOURS) {
                    findings.add(Finding.warning(OUTAGE_RULE, id, of + ".repairedAfterHours", "Outage " + (i + 1)
                            + " repaired after " + (repaired == null ? "an unstated time" : repaired + " h")
                            + "; outages must be repaired within 72 h (§3.2.4e)."));
                }
            }
        }
        return new LineOutcome(List.of(), findings);
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }
}
