package nl.kringloop.testing;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/** Test only: describes itself fine, throws when its prices are asked for. */
@Extension
public class ThrowingWeighting implements ImpactWeighting {

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("test-throwing", "Throwing weighting (test)", "Throws on every call.", List.of());
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        throw new IllegalStateException("deliberate failure in shadowPriceSet() (fault-injection test plugin)");
    }
}
