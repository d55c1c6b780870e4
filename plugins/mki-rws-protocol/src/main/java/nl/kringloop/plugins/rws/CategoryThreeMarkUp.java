package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

/**
 * Category 3 data × 1.30 on every module (Annex A "Categorie 3 data"; §2.2b). Protocol 3.x: always.
 * Protocol 4.0: dropped when the card is representative; otherwise kept, with a warning asking for the
 * representativeness argument of the plan of approach (§4.2c). Categories 1, 2 and 3a: never.
 */
@Extension
public class CategoryThreeMarkUp extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.2b");
    static final double MARK_UP = 1.30;

    public CategoryThreeMarkUp() {
        super("rws-category-3-mark-up", "Category 3 mark-up ×1.30",
                "Category 3 cards × 1.30 on every module; under protocol 4.0 dropped for representative cards.",
                RULE, RwsProtocol.ref("Annex A"));
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (c.card().dataCategory() != DataCategory.THREE) {
            return LineOutcome.NONE;
        }
        if (RwsProtocol.isVersion3(c.project().protocolVersion())) {
            return LineOutcome.of(MkiFactor.onAll(RULE, "category 3 mark-up (protocol "
                    + c.project().protocolVersion() + ": always)", MARK_UP));
        }
        if (c.card().representative()) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(MkiFactor.onAll(RULE, "category 3 mark-up", MARK_UP),
                Finding.warning(RULE, c.line().id(), c.line().field("card"), "Card '" + c.card().id()
                        + "' is category 3 and not marked representative: the 30 % mark-up applies. Argue its"
                        + " representativeness in the plan of approach (§4.2c) to drop it."));
    }
}
