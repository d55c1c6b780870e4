package nl.kringloop.api.mki;

import nl.kringloop.api.Confidence;
import nl.kringloop.api.KringloopExtension;

/**
 * Extension point: a set of shadow prices that weights an impact profile to MKI euro.
 *
 * <p>One extension is one set; {@link #describe()} gives the set id as extension id. The host applies
 * the prices: per LCA module, MKI euro per functional unit = Σ indicator value × euro per unit
 * (RWS-MKI 4.0 §1.1; docs/mki.md, rule 1). Figures whose {@link Confidence} is not HIGH or MEDIUM are reported
 * to users as data-quality notes wherever they are used.
 */
public interface ImpactWeighting extends KringloopExtension {

    /** @return the set; the same immutable instance on every call */
    ShadowPriceSet shadowPriceSet();
}
