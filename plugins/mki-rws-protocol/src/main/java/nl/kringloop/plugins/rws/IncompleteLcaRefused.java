package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

/** A category 3 card with only modules A1–A3 is an incomplete LCA and not allowed (§2.2c): the line is refused. */
@Extension
public class IncompleteLcaRefused extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.2c");

    public IncompleteLcaRefused() {
        super("rws-incomplete-lca", "Incomplete LCA refused",
                "Refuses lines whose category 3 card gives only A1-A3.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (c.card().dataCategory() != DataCategory.THREE || !c.card().onlyProductStage()) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("card"), "Card '" + c.card().id()
                + "' is category 3 data with only A1-A3: an incomplete LCA is not allowed; the line counts 0."));
    }
}
