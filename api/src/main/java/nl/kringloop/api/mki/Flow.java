package nl.kringloop.api.mki;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a line's material goes relative to the project area (RWS-MKI 4.0 §2.1.1a): it enters the area (I),
 * is reused within it after being released (II), or leaves it (III).
 */
public enum Flow {
    /** §2.1.1a-I: enters the project area, temporarily or permanently; whole life cycle A–D (§2.1.1b). */
    ENTERING("entering"),
    /** §2.1.1a-II: released and reused within the project area; whole life cycle A–D (§2.1.1b). */
    REUSED_WITHIN("reused-within"),
    /** §2.1.1a-III: released from the project area; only C and D count (§2.1.1c). */
    RELEASED("released");

    private final String code;

    Flow(String code) {
        this.code = code;
    }

    /** @return the value as written in project documents, e.g. {@code "reused-within"} */
    public String code() {
        return code;
    }

    /** Parses a document value, exact and case-sensitive as written in the contract. */
    public static Optional<Flow> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
