package nl.kringloop.api.mki;

import nl.kringloop.api.Confidence;

import java.util.Objects;

/**
 * The shadow price (schaduwprijs) of one impact indicator: euro per unit of impact.
 *
 * @param indicator   the indicator code used in product cards, e.g. {@code "GWP"}, {@code "ADPF"}
 * @param name        the impact category, e.g. "global warming, 100 y"
 * @param unit        the unit of impact, e.g. {@code "kg CO2-eq"}
 * @param euroPerUnit euro per one {@code unit}; {@code null} when {@link Confidence#MISSING}
 * @param confidence  how sure the figure is
 * @param note        why it is flagged or how it was derived; may be empty
 */
public record ShadowPrice(String indicator, String name, String unit, Double euroPerUnit,
                          Confidence confidence, String note) {

    public ShadowPrice {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(confidence, "confidence");
        if (euroPerUnit == null && confidence != Confidence.MISSING) {
            throw new IllegalArgumentException("only a MISSING price may lack a figure: " + indicator);
        }
        if (euroPerUnit != null && !Double.isFinite(euroPerUnit)) {
            throw new IllegalArgumentException("price must be finite: " + indicator);
        }
        note = note == null ? "" : note;
    }

    /** @return true when values for this indicator contribute to the MKI */
    public boolean weighted() {
        return euroPerUnit != null && confidence != Confidence.NOT_WEIGHTED;
    }
}
