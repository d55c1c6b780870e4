package nl.kringloop.plugins.weighting;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/** NMD shadow-price set 2: EN 15804+A2 indicators priced with the CE Delft 2023 environmental prices. */
@Extension
public class NmdSet2Weighting implements ImpactWeighting {

    private static final ShadowPriceSet SET = ShadowPriceFile.load("nmd-set-2.csv");

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo(SET.id(), SET.name(),
                "Shadow prices of the EN 15804+A2 indicators (CE Delft 2023), data file version " + SET.version()
                        + ". Six indicators have no published price and are not weighted; GWP parts are not"
                        + " weighted beside GWP-total.",
                List.of(new RuleRef("NMD Bepalingsmethode Milieuprestatie Bouwwerken", "set 2"),
                        new RuleRef("CE Delft Handboek Milieuprijzen", "2023")));
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        return SET;
    }
}
