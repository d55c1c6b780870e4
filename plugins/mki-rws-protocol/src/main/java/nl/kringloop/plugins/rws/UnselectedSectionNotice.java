package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

import java.util.TreeSet;

/**
 * Tells the user when a line's chapter 3 section is not among the paragraphs the contract selects: the line gets
 * the general rules only (version history 3.0: the contract prescribes which paragraphs apply). An unknown
 * section name is a warning, since its section rules silently would not run.
 */
@Extension
public class UnselectedSectionNotice extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("ch. 3 (contract selection)");

    public UnselectedSectionNotice() {
        super("rws-section-selection", "Contract's selection of chapter 3 paragraphs",
                "Info finding for a line whose section the contract does not select; it gets the general rules only.",
                RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        String section = c.line().section();
        if (section == null) {
            return LineOutcome.NONE;
        }
        if (!Sections.PARAGRAPH.containsKey(section)) {
            return LineOutcome.of(Finding.warning(RULE, c.line().id(), c.line().field("section"), "Section '" + section
                    + "' is not a chapter 3 section (" + String.join(", ", new TreeSet<>(
                    Sections.PARAGRAPH.keySet())) + "): only the general rules apply."));
        }
        if (Sections.selected(c.project(), section)) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.info(RULE, c.line().id(), c.line().field("section"), "The contract does not"
                + " select " + Sections.PARAGRAPH.get(section) + " (" + section + "): the line gets the general rules"
                + " only."));
    }
}
