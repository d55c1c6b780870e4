package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

/** Concrete mortar for civil structures is calculated and shown in m³ (§3.1.2a): another unit is refused. */
@Extension
public class ConcreteInCubicMetres extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.2a");

    public ConcreteInCubicMetres() {
        super("rws-concrete-m3", "Concrete in m3", "Refuses concrete lines not in m3.",
                RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        // the section first: the unit is normalised only for the concrete lines (most lines are not)
        if (!Sections.applies(c, Sections.CONCRETE)) {
            return LineOutcome.NONE;
        }
        String unit = c.line().unit() == null ? "" : c.line().unit().trim().toLowerCase().replace("³", "3");
        if (unit.equals("m3")) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("unit"), "Concrete for civil"
                + " structures must be calculated in m3, not '" + c.line().unit() + "' (§3.1.2a); the line counts 0."));
    }
}
