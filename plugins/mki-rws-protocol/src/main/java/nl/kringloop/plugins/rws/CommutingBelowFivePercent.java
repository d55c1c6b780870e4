package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineExclusion;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Commuting of everyone working under the contract is in scope unless it is under 5 % of the MKI of all energy
 * use (§3.2.1a): energy use being the equipment, generator (§3.2.1b), commuting and energy lines. Below 5 %, the
 * commuting lines are left out with an info finding.
 */
@Extension
public class CommutingBelowFivePercent extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.2.1a");
    static final double THRESHOLD = 0.05;
    static final Set<String> ENERGY_USE = Set.of(Sections.EQUIPMENT, Sections.GENERATOR, Sections.COMMUTING,
            Sections.ENERGY);

    public CommutingBelowFivePercent() {
        super("rws-commuting-threshold", "Commuting under 5 % of energy MKI left out",
                "Leaves commuting lines out when together under 5 % of the MKI of all energy use.", RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        if (!Sections.selected(p.settings(), Sections.COMMUTING)) {
            return ProjectOutcome.NONE;
        }
        double commutingEuro = 0;
        double energyEuro = 0;
        List<LineView> commuting = new ArrayList<>();
        for (LineView l : p.lines()) {
            if (l.section() == null || !ENERGY_USE.contains(l.section())) {
                continue;
            }
            double euro = p.lineMkiEuro(l.index());
            energyEuro += euro;
            if (Sections.COMMUTING.equals(l.section())) {
                commutingEuro += euro;
                if (p.counted(l.index())) {
                    commuting.add(l);
                }
            }
        }
        if (commuting.isEmpty() || !(commutingEuro < THRESHOLD * energyEuro)) {
            return ProjectOutcome.NONE;
        }
        List<LineExclusion> out = new ArrayList<>();
        for (LineView l : commuting) {
            out.add(new LineExclusion(l.id(), Finding.info(RULE, l.id(), l.field("section"), "Commuting is "
                    + commutingEuro + " euro of " + energyEuro + " euro MKI of all energy use ("
                    + (commutingEuro / energyEuro * 100) + " %), under 5 %: left out of the calculation (§3.2.1a).")));
        }
        return new ProjectOutcome(List.of(), out);
    }
}
