package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

import java.util.Set;

/**
 * The temporary items the protocol excludes (§2.1.1d): temporary fences, site huts, tents, scaffolding, road
 * plates, temporary marking tape, waste bins and containers count 0, with an info finding. Other temporary
 * items count in full.
 */
@Extension
public class ExcludedTemporaryItems extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.1.1d");
    static final Set<String> EXCLUDED = Set.of("fence", "site-hut", "tent", "scaffolding", "road-plate",
            "temporary-marking-tape", "waste-bin", "container");

    public ExcludedTemporaryItems() {
        super("rws-excluded-temporary-items", "Excluded temporary items",
                "Temporary fences, site huts, tents, scaffolding, road plates, marking tape, waste bins and"
                        + " containers count 0.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        String kind = c.line().temporary();
        if (kind == null || !EXCLUDED.contains(kind)) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(MkiFactor.onAll(RULE, "excluded temporary item: " + kind, 0),
                Finding.info(RULE, c.line().id(), c.line().field("temporary"), "Temporary " + kind
                        + " is excluded from the MKI calculation (§2.1.1d); the line counts 0."));
    }
}
