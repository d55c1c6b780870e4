package nl.kringloop.api;

import java.util.Locale;

/**
 * How serious a {@link Finding} is. On the wire (every JSON answer of the server, whichever method or rule found it)
 * a severity is its {@link #code()}: {@code "error"}, {@code "warning"} or {@code "info"}.
 */
public enum Severity {
    /** The input breaks a rule; the affected figure is refused (counts 0) and the result is not valid. */
    ERROR,
    /** The figure is computed but the user must act or justify (e.g. data quality, missing registration). */
    WARNING,
    /** Worth knowing; nothing to do (e.g. an item excluded from scope by the protocol). */
    INFO;

    /** @return the severity as it is written in JSON, in lower case: {@code "error"}, {@code "warning"}, {@code "info"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a severity as written in JSON, in either case (documents stored before the spelling was settled
     *             say {@code "WARNING"})
     * @throws IllegalArgumentException when it is none of the three
     */
    public static Severity ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
