package nl.kringloop.testing;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/** Test only: never answers when its prices are asked for. */
@Extension
public class HangingWeighting implements ImpactWeighting {

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("test-hanging", "Hanging weighting (test)", "Sleeps for ten minutes.", List.of());
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("woke up");
    }
}
