package nl.kringloop.api.mki;

import java.util.Arrays;
import java.util.Optional;

/** The NMD data category of a product card (RWS-MKI 4.0 Annex A, §2.2, §2.3). */
public enum DataCategory {
    /** Product- or project-specific, verified LCA. */
    ONE("1"),
    /** Sector average of a group of manufacturers. */
    TWO("2"),
    /** Generic NMD data; carries the 30 % mark-up unless dropped by §2.2b. */
    THREE("3"),
    /** Generic NMD process and energy data (external energy supply, energy carriers); never marked up. */
    THREE_A("3a");

    private final String code;

    DataCategory(String code) {
        this.code = code;
    }

    /** @return the value as written in documents: {@code "1"}, {@code "2"}, {@code "3"} or {@code "3a"} */
    public String code() {
        return code;
    }

    public static Optional<DataCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code)).findFirst();
    }
}
