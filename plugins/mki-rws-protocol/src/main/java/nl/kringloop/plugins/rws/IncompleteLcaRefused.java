package nl.kringloop.plugins.rws;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiRule;
import org.pf4j.Extension;

import java.util.List;
import java.util.Set;

/** A category 3 card with only modules A1–A3 is an incomplete LCA and not allowed (§2.2c): the line is refused. */
@Extension
public class IncompleteLcaRefused implements MkiRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.2c");

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("rws-incomplete-lca", "Incomplete LCA refused",
                "Refuses lines whose category 3 card gives only A1-A3.", List.of(RULE));
    }

    @Override
    public Set<String> protocolVersions() {
        return RwsProtocol.ALL_VERSIONS;
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
