package nl.kringloop.plugins.weighting;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceFile;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/**
 * NMD shadow-price set 2: EN 15804+A2 indicators priced with CE Delft's environmental prices as weighting factors
 * for the NMD determination method (table 6 of that report, based on the Handboek Milieuprijzen of 2018, adopted in
 * 2023).
 */
@Extension
public class NmdSet2Weighting implements ImpactWeighting {

    private static final ShadowPriceSet SET = ShadowPriceFile.read(NmdSet2Weighting.class, "nmd-set-2.csv");

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo(SET.id(), SET.name(),
                "Shadow prices of the EN 15804+A2 indicators (CE Delft, environmental prices as weighting factors"
                        + " for the NMD, table 6), data file version " + SET.version() + ". Six indicators are kept"
                        + " missing because their figures could not be confirmed, and are not weighted; GWP parts are"
                        + " not weighted beside GWP-total.",
                List.of(new RuleRef("NMD Bepalingsmethode Milieuprestatie Bouwwerken", "set 2"),
                        new RuleRef("CE Delft, Milieuprijzen als weegfactor in de bepalingsmethode milieuprestatie"
                                + " bouwwerken", "table 6")));
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        return SET;
    }
}
