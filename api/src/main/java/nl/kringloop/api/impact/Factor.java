package nl.kringloop.api.impact;

import nl.kringloop.api.Confidence;

import java.util.Objects;

/**
 * One factor of a method, e.g. the EF 3.1 normalisation factor of climate change (7.55308E+03 kg CO2-eq per
 * person·year) or the ReCiPe 2016 H factor of climate change to terrestrial ecosystems (2.80E-09 species·yr
 * per kg CO2-eq).
 *
 * @param indicator  the indicator code it applies to, e.g. {@code "climate-change"}
 * @param name       the impact category
 * @param unit       the indicator's unit, e.g. {@code "kg CO2-eq"}
 * @param kind       what the factor does, e.g. {@code "normalisation"}, {@code "weighting"},
 *                   {@code "terrestrial ecosystems"}
 * @param value      the factor
 * @param valueUnit  its unit, e.g. {@code "kg CO2-eq/person/yr"}, {@code "%"}, {@code "species.yr/kg CO2-eq"}
 * @param confidence how sure it is; anything but HIGH or MEDIUM is a data-quality note on every result using it
 * @param note       why it is flagged, or how it was derived; may be empty
 */
public record Factor(String indicator, String name, String unit, String kind, double value, String valueUnit,
                     Confidence confidence, String note) {

    public Factor {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("factor must be finite: " + indicator + " " + kind);
        }
        note = note == null ? "" : note;
    }

    /** @return true when the figure must be shown with a data-quality note (unconfirmed, disputed, missing) */
    public boolean flagged() {
        return confidence != Confidence.HIGH && confidence != Confidence.MEDIUM;
    }
}
