package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

/**
 * Replacements over the work's reference period: entering and reused-within lines × max(1, serviceLifeYears /
 * lifespanYears), unrounded, on every module — each replacement is made, transported, installed and disposed
 * of (NMD Bepalingsmethode; the contract's service-life rules, §1.3). Traffic-sign gantries ("renoportalen",
 * section {@code traffic-gantry}) use a 50-year life whatever the card says (§3.1.4a), with a finding when it
 * differs. A card without a lifespan is taken to last the whole reference period. Soil moved within the work
 * (§3.1.3b) is not replaced: only its transport and handling count, once. Both section rules apply only when the
 * contract selects their paragraph; the exemption lives here, not in the api, since both rules are this plugin's.
 */
@Extension
public class Replacements extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§1.3");
    static final RuleRef GANTRY_RULE = RwsProtocol.ref("§3.1.4a");
    static final double GANTRY_LIFESPAN_YEARS = 50;

    public Replacements() {
        super("rws-replacements", "Replacements over the service life",
                "Factor max(1, serviceLifeYears / lifespanYears) on every module of entering and reused lines;"
                        + " traffic-sign gantries last 50 years.", RULE, GANTRY_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (c.line().flow() == Flow.RELEASED || SoilScope.withinWork(c)) {
            return LineOutcome.NONE;
        }
        LineOutcome out = LineOutcome.NONE;
        Double lifespanYears = c.card().lifespanYears();
        RuleRef rule = RULE;
        if (Sections.applies(c, Sections.TRAFFIC_GANTRY)) {
            rule = GANTRY_RULE;
            if (lifespanYears == null || lifespanYears != GANTRY_LIFESPAN_YEARS) {
                out = out.with(Finding.info(GANTRY_RULE, c.line().id(), c.line().field("card"), "Card '"
                        + c.card().id() + "' gives a lifespan of " + (lifespanYears == null ? "none" : lifespanYears
                        + " years") + "; a traffic-sign gantry is calculated with 50 years (§3.1.4a)."));
            }
            lifespanYears = GANTRY_LIFESPAN_YEARS;
        }
        if (lifespanYears == null || lifespanYears <= 0) {
            return out;
        }
        double factor = c.project().serviceLifeYears() / lifespanYears;
        if (factor <= 1) {
            return out;
        }
        return out.with(MkiFactor.onAll(rule, "replacements: " + c.project().serviceLifeYears() + " / "
                + lifespanYears + " years", factor));
    }
}
