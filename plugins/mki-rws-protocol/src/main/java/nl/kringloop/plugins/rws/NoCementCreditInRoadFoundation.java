package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * Category 1 and 2 data for concrete may not credit cement savings in module D when the concrete is used in a
 * road foundation (§3.1.2b). A concrete line with {@code attributes.use = "road-foundation"} on a category 1 or 2
 * card whose D is negative gets a warning. A project hook: rules see no card figures, only the weighted D.
 */
@Extension
public class NoCementCreditInRoadFoundation extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.2b");

    public NoCementCreditInRoadFoundation() {
        super("rws-concrete-road-foundation-d", "No cement credit in road foundations",
                "Warns when a category 1/2 concrete card used in a road foundation has a negative module D.",
                RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        if (!Sections.selected(p.settings(), Sections.CONCRETE)) {
            return ProjectOutcome.NONE;
        }
        List<Finding> findings = new ArrayList<>();
        for (LineView l : p.lines()) {
            // the line's own fields first: most lines are no concrete in a road foundation, and need no card
            if (!Sections.CONCRETE.equals(l.section()) || !"road-foundation".equals(l.attributes().get("use"))) {
                continue;
            }
            CardView card = p.lineCard(l.index());
            if (card.dataCategory() != DataCategory.ONE && card.dataCategory() != DataCategory.TWO) {
                continue;
            }
            double dEuro = p.lineModuleMkiEuro(l.index(), LcaModule.D);
            if (dEuro < 0) {
                findings.add(Finding.warning(RULE, l.id(), l.field("card"), "Card '" + card.id() + "' (category "
                        + card.dataCategory().code() + ") gives module D " + dEuro + " euro on a road-foundation line:"
                        + " no cement saving may be credited in D for concrete in road foundations (§3.1.2b)."));
            }
        }
        return ProjectOutcome.of(findings);
    }
}
