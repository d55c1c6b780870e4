package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LinePricing;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Energy of the assets over their service life (§3.3). An {@code energy} line's card is the grid card
 * ("Elektriciteit, Nederlandse mix, bij consument, per kWh (73% grijs, 27% hernieuwbaar)", category 3a, §3.3e);
 * its attributes give {@code yearlyConsumptionKwh}, {@code yearlyGenerationKwh} (default 0), {@code years}
 * (default the project's serviceLifeYears, §3.3b), {@code exportCreditAllowed} (default false, §3.3c) and
 * {@code substitutionCard} (the technically closest category 3 card for exported energy, §3.3f). The rule replaces
 * the line's quantity: not allowed ⇒ consumption × years on the grid card; allowed ⇒ net = consumption −
 * generation; net ≥ 0 ⇒ net × years on the grid card; net &lt; 0 ⇒ net × years on the substitution card (a
 * credit). Category 1 electricity data is refused (§3.3d).
 */
@Extension
public class AssetEnergy extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.3b");
    static final RuleRef NO_CREDIT_RULE = RwsProtocol.ref("§3.3c");
    static final RuleRef CATEGORY_ONE_RULE = RwsProtocol.ref("§3.3d");
    static final RuleRef GRID_RULE = RwsProtocol.ref("§3.3e");
    static final RuleRef SUBSTITUTION_RULE = RwsProtocol.ref("§3.3f");

    public AssetEnergy() {
        super("rws-asset-energy", "Energy of assets: import, export credit",
                "Yearly consumption (and, if allowed, net export) × years on the NL-mix grid card or the"
                        + " substitution card; category 1 electricity refused.",
                RULE, NO_CREDIT_RULE, CATEGORY_ONE_RULE, GRID_RULE, SUBSTITUTION_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.ENERGY)) {
            return LineOutcome.NONE;
        }
        var l = c.line();
        if (c.card().dataCategory() == DataCategory.ONE) {
            return LineOutcome.of(Finding.error(CATEGORY_ONE_RULE, l.id(), l.field("card"), "Card '" + c.card().id()
                    + "' is category 1 data for electricity, which is not allowed (§3.3d); the line counts 0."));
        }
        Optional<Double> consumption = l.attributeNumber("yearlyConsumptionKwh");
        if (consumption.isEmpty() || consumption.get() < 0) {
            return LineOutcome.of(Finding.error(RULE, l.id(), l.field("attributes.yearlyConsumptionKwh"),
                    "An energy line needs yearlyConsumptionKwh ≥ 0 (kWh per year in normal operation, §3.3a); the"
                            + " line counts 0."));
        }
        double generationKwh = l.attributeNumber("yearlyGenerationKwh").orElse(0.0);
        double years = l.attributeNumber("years").orElse(c.project().serviceLifeYears());
        if (generationKwh < 0 || !(years > 0)) {
            return LineOutcome.of(Finding.error(RULE, l.id(), l.field(generationKwh < 0 ? "attributes.yearlyGenerationKwh"
                    : "attributes.years"), "yearlyGenerationKwh must be ≥ 0 and years > 0; the line counts 0."));
        }
        boolean creditAllowed = l.attributeBoolean("exportCreditAllowed").orElse(false);
        List<Finding> findings = new ArrayList<>();
        if (c.card().dataCategory() != DataCategory.THREE_A) {
            findings.add(Finding.warning(GRID_RULE, l.id(), l.field("card"), "Card '" + c.card().id() + "' is category "
                    + c.card().dataCategory().code() + "; net import is calculated with the category 3a card"
                    + " 'Elektriciteit, Nederlandse mix, bij consument, per kWh (73% grijs, 27% hernieuwbaar)' (§3.3e)."));
        }
        double consumptionKwh = consumption.get();
        if (!creditAllowed) {
            if (generationKwh > 0) {
                findings.add(Finding.info(NO_CREDIT_RULE, l.id(), l.field("attributes.exportCreditAllowed"),
                        "Generation of " + generationKwh + " kWh a year is not credited: the contract does not allow"
                                + " it (§3.3c)."));
            }
            return grid(c, consumptionKwh * years, consumptionKwh + " kWh/year × " + years + " years", findings);
        }
        double netKwh = consumptionKwh - generationKwh;
        if (netKwh >= 0) {
            return grid(c, netKwh * years, "net (" + consumptionKwh + " − " + generationKwh + ") kWh/year × " + years
                    + " years", findings);
        }
        String subId = l.attributeString("substitutionCard").orElse(null);
        Optional<CardView> sub = c.card(subId);
        if (sub.isEmpty()) {
            findings.add(Finding.error(SUBSTITUTION_RULE, l.id(), l.field("attributes.substitutionCard"), "Net export"
                    + " needs attributes.substitutionCard naming the technically closest category 3 card of the"
                    + " document" + (subId == null ? "" : " ('" + subId + "' is not in it") + "; the line counts 0."));
            return new LineOutcome(List.of(), findings);
        }
        if (sub.get().dataCategory() == DataCategory.ONE) {
            findings.add(Finding.error(CATEGORY_ONE_RULE, l.id(), l.field("attributes.substitutionCard"), "Substitution"
                    + " card '" + subId + "' is category 1 data for electricity, which is not allowed (§3.3d); the line"
                    + " counts 0."));
            return new LineOutcome(List.of(), findings);
        }
        if (sub.get().dataCategory() != DataCategory.THREE) {
            findings.add(Finding.warning(SUBSTITUTION_RULE, l.id(), l.field("attributes.substitutionCard"),
                    "Substitution card '" + subId + "' is category " + sub.get().dataCategory().code()
                            + "; §3.3f prescribes the technically closest category 3 card."));
        }
        double creditKwh = netKwh * years;
        return new LineOutcome(List.of(), findings, LinePricing.card(SUBSTITUTION_RULE, "net export credit: ("
                + consumptionKwh + " − " + generationKwh + ") kWh/year × " + years + " years on '" + subId + "'", subId,
                creditKwh, sub.get().unit()));
    }

    private static LineOutcome grid(LineContext c, double kwh, String how, List<Finding> findings) {
        return new LineOutcome(List.of(), findings, LinePricing.card(GRID_RULE, "grid import: " + how,
                c.card().id(), kwh, c.card().unit()));
    }
}
