package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

import java.util.Locale;

/**
 * Category 2 data for road paving may come only from the LCA report of Ecochain and TNO (2022), "LCA
 * Achtergrondrapport voor Nederlandse branchereferentiemengsels 2022" (§3.1.1a, footnote 6): a category 2
 * asphalt card whose source does not name Ecochain, TNO and 2022 is refused.
 */
@Extension
public class AsphaltCategoryTwoSource extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.1a");

    public AsphaltCategoryTwoSource() {
        super("rws-asphalt-category-2-source", "Asphalt category 2 only from Ecochain/TNO 2022",
                "Refuses category 2 asphalt cards whose source is not the 2022 Ecochain/TNO report.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.ASPHALT) || c.card().dataCategory() != DataCategory.TWO
                || namesReport(c.card().source())) {
            return LineOutcome.NONE;
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("card"), "Category 2 asphalt card '"
                + c.card().id() + "' has source '" + c.card().source() + "'; category 2 asphalt data may come only from"
                + " the LCA report of Ecochain and TNO (2022) (§3.1.1a); the line counts 0."));
    }

    static boolean namesReport(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.contains("ecochain") && s.contains("tno") && s.contains("2022");
    }
}
