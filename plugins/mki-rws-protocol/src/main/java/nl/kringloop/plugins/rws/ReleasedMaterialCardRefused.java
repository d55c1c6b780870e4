package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

/**
 * Released soil may not be calculated with an NMD card flagged "released material" (§3.1.3c-I): its transport
 * distance cannot be adapted. C1 and C2 come from process data instead (§3.1.3c-III).
 */
@Extension
public class ReleasedMaterialCardRefused extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.3c-I");

    public ReleasedMaterialCardRefused() {
        super("rws-soil-released-material-card", "Released soil: no released-material card",
                "Refuses released soil lines whose card is flagged releasedMaterialCard.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.SOIL) || !c.card().releasedMaterialCard()
                || !SoilScope.soilFlow(c.line()).filter(SoilScope.RELEASED::equals).isPresent()) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("card"), "Card '" + c.card().id()
                + "' is a released-material card; its transport distance cannot be adapted, so it is not allowed for"
                + " released soil. Calculate C1 and C2 with NMD process data (§3.1.3c-III); the line counts 0."));
    }
}
