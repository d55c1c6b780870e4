package nl.kringloop.api;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The input breaks a rule; the affected figure is refused (counts 0) and the result is not valid. */
    ERROR,
    /** The figure is computed but the user must act or justify (e.g. data quality, missing registration). */
    WARNING,
    /** Worth knowing; nothing to do (e.g. an item excluded from scope by the protocol). */
    INFO
}
