package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract prescribes one NMD date-version for its whole duration (§1.4): a used card from another library
 * version is a warning, once per card. Cards without a library version (own LCAs) are not checked.
 */
@Extension
public class NmdDateVersion extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§1.4");

    public NmdDateVersion() {
        super("rws-nmd-date-version", "Prescribed NMD date-version",
                "Warns when a used card comes from another NMD date-version than the project prescribes.",
                RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        String prescribed = p.settings().nmdVersion();
        if (prescribed == null) {
            return ProjectOutcome.NONE;
        }
        Map<String, LineView> firstUse = new LinkedHashMap<>();
        for (LineView l : p.lines()) {
            firstUse.putIfAbsent(l.cardId(), l);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, LineView> e : firstUse.entrySet()) {
            CardView card = p.card(e.getKey());
            if (card.libraryVersion() != null && !card.libraryVersion().equals(prescribed)) {
                findings.add(Finding.warning(RULE, card.id(), e.getValue().field("card"), "Card '" + card.id()
                        + "' comes from NMD version " + card.libraryVersion() + "; the contract prescribes "
                        + prescribed + " (§1.4)."));
            }
        }
        return ProjectOutcome.of(findings);
    }

    /** @return false: the hook reads the cards used and their library versions only */
    @Override
    public boolean projectOutcomeDependsOnQuantities() {
        return false;
    }
}
