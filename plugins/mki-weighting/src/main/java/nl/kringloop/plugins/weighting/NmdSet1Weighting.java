package nl.kringloop.plugins.weighting;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceFile;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/** NMD shadow-price set 1: the 11 EN 15804+A1 impact categories the RWS protocol weights. */
@Extension
public class NmdSet1Weighting implements ImpactWeighting {

    private static final ShadowPriceSet SET = ShadowPriceFile.read(NmdSet1Weighting.class, "nmd-set-1.csv");

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo(SET.id(), SET.name(),
                "Shadow prices (euro per unit of impact) of the 11 EN 15804+A1 categories, data file version "
                        + SET.version() + ". Three ecotoxicity prices are unconfirmed and flagged.",
                List.of(new RuleRef("NMD Bepalingsmethode Milieuprestatie Bouwwerken", "set 1"),
                        new RuleRef("RWS-MKI 4.0", "§1.1")));
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        return SET;
    }
}
