package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import org.pf4j.Extension;

/**
 * Equipment MKI may not be calculated with category 1 or 2 data (§3.2.3a), except for the energy carriers of
 * vessels ({@code attributes.vessel = true}, §3.2.3b), whose capital goods come from Annex D. Applies to the
 * equipment, generator (§3.2.1b: generators are in scope) and commuting sections.
 */
@Extension
public class EquipmentDataCategory extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.2.3a");
    static final RuleRef VESSEL_RULE = RwsProtocol.ref("§3.2.3b");

    public EquipmentDataCategory() {
        super("rws-equipment-data-category", "Equipment: no category 1 or 2 data",
                "Refuses equipment, generator and commuting lines on category 1 or 2 cards, except vessel energy"
                        + " carriers.", RULE, VESSEL_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        DataCategory cat = c.card().dataCategory();
        if (!Sections.isEquipment(c) || (cat != DataCategory.ONE && cat != DataCategory.TWO)) {
            return LineOutcome.NONE;
        }
        if (c.line().attributeBoolean("vessel").orElse(false)) {
            return LineOutcome.of(Finding.info(VESSEL_RULE, c.line().id(), c.line().field("card"), "Category "
                    + cat.code() + " data for a vessel's energy carrier: allowed (§3.2.3b); capital goods from Annex D,"
                    + " deviations from NMD process data reviewed by a recognised LCA expert."));
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("card"), "Card '" + c.card().id()
                + "' is category " + cat.code() + " data; equipment MKI may not be calculated with category 1 or 2 data"
                + " (§3.2.3a) unless it is a vessel's energy carrier (attributes.vessel); the line counts 0."));
    }
}
