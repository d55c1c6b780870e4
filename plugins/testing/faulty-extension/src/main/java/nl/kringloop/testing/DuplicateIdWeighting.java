package nl.kringloop.testing;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.pf4j.Extension;

import java.util.List;

/**
 * Test only: one of two extensions of this plugin with the same id, {@code test-duplicate}. The host keeps the
 * first (by class name) and lists the other as BROKEN; every other extension and plugin carries on.
 */
@Extension
public class DuplicateIdWeighting implements ImpactWeighting {

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("test-duplicate", "Duplicate id (test, " + getClass().getSimpleName() + ")",
                "Shares its id with another extension of this plugin.", List.of());
    }

    @Override
    public ShadowPriceSet shadowPriceSet() {
        throw new UnsupportedOperationException("test plugin: never priced");
    }
}
