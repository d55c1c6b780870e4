package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

import java.util.Set;

/** Asphalt quantities are shown in kg or tonnes (§3.1.1b): another unit (m³, m²) is refused. */
@Extension
public class AsphaltInMass extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.1b");
    static final Set<String> UNITS = Set.of("kg", "t", "ton", "tonne");

    public AsphaltInMass() {
        super("rws-asphalt-mass", "Asphalt in kg or t",
                "Refuses asphalt lines whose unit is not kg or t.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        // the section first: the unit is normalised only for the asphalt lines (most lines are not)
        if (!Sections.applies(c, Sections.ASPHALT)) {
            return LineOutcome.NONE;
        }
        String unit = c.line().unit() == null ? "" : c.line().unit().trim().toLowerCase();
        if (UNITS.contains(unit)) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("unit"), "Asphalt must be calculated"
                + " in kg or t, not '" + c.line().unit() + "' (§3.1.1b); the line counts 0."));
    }
}
