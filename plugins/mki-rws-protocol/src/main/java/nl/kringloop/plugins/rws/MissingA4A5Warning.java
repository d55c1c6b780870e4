package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a category 1 or 3 card lacks A4 and/or A5, they must be determined project-specifically from category 3a
 * process data (§2.2d): a warning, unless the project has a category 3a line linked to the line through
 * {@code attributes.forLine} (a line id, or a list of them). Released lines count only C and D, so are skipped.
 */
@Extension
public class MissingA4A5Warning extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.2d");

    public MissingA4A5Warning() {
        super("rws-missing-a4-a5", "Missing A4/A5",
                "Warns when a category 1 or 3 card lacks A4 or A5 and no category 3a process line is linked"
                        + " to the line (attributes.forLine).", RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        Set<String> covered = new HashSet<>();
        for (LineView l : p.lines()) {
            if (p.lineCard(l.index()).dataCategory() == DataCategory.THREE_A) {
                covered.addAll(l.attributeStrings("forLine"));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (LineView l : p.lines()) {
            CardView card = p.lineCard(l.index());
            if (!p.counted(l.index()) || l.flow() == Flow.RELEASED || covered.contains(l.id())
                    || (card.dataCategory() != DataCategory.ONE && card.dataCategory() != DataCategory.THREE)) {
                continue;
            }
            String missing = !card.has(LcaModule.A4) && !card.has(LcaModule.A5) ? "A4 and A5"
                    : !card.has(LcaModule.A4) ? "A4" : !card.has(LcaModule.A5) ? "A5" : null;
            if (missing != null) {
                findings.add(Finding.warning(RULE, l.id(), l.field("card"), "Card '" + card.id() + "' lacks "
                        + missing + ": determine " + missing + " project-specifically with category 3a process"
                        + " lines linked to this line (attributes.forLine = \"" + l.id() + "\")."));
            }
        }
        return ProjectOutcome.of(findings);
    }

    /** @return false: the hook reads cards, flows, links and which lines count, never a quantity or a figure */
    @Override
    public boolean projectOutcomeDependsOnQuantities() {
        return false;
    }
}
