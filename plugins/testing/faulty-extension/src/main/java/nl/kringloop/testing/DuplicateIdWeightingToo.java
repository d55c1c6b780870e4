package nl.kringloop.testing;

import org.pf4j.Extension;

/** Test only: the second extension of this plugin with the id {@code test-duplicate} (see the superclass). */
@Extension
public class DuplicateIdWeightingToo extends DuplicateIdWeighting {
}
