package nl.kringloop.api;

/**
 * How sure the publisher of a reference figure (a shadow price, a characterisation factor) is of it. Anything but {@link #HIGH} and {@link #MEDIUM}
 * is shown to users as a data-quality note whenever the figure is used.
 */
public enum Confidence {
    /** Confirmed in the official source. */
    HIGH,
    /** From the official source but converted or read from a secondary publication. */
    MEDIUM,
    /** Widely cited but not confirmed in the official source: shipped flagged, never presented as authoritative. */
    UNCONFIRMED,
    /** The figure is not known: the indicator is listed, its price is absent, values for it are not weighted. */
    MISSING,
    /** The indicator is a part of another indicator's total and is deliberately not weighted (no double counting). */
    NOT_WEIGHTED;

    /** @return true when a figure of this confidence must be flagged to users wherever it is used */
    public boolean flagged() {
        return this != HIGH && this != MEDIUM;
    }
}
