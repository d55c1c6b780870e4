package nl.kringloop.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Life-cycle modules of EN 15804 as used by the NMD and the RWS MKI protocol. Product cards often give
 * A1–A3 as one figure ({@link #A1_A3}); A1, A2 and A3 may also be given separately.
 */
public enum LcaModule {
    A1_A3("A1-A3", Stage.A), A1("A1", Stage.A), A2("A2", Stage.A), A3("A3", Stage.A),
    A4("A4", Stage.A), A5("A5", Stage.A),
    B1("B1", Stage.B), B2("B2", Stage.B), B3("B3", Stage.B), B4("B4", Stage.B),
    B5("B5", Stage.B), B6("B6", Stage.B), B7("B7", Stage.B),
    C1("C1", Stage.C), C2("C2", Stage.C), C3("C3", Stage.C), C4("C4", Stage.C),
    D("D", Stage.D);

    /** The life-cycle stage a module belongs to. */
    public enum Stage { A, B, C, D }

    private static final LcaModule[] VALUES = values();

    private final String code;
    private final Stage stage;

    LcaModule(String code, Stage stage) {
        this.code = code;
        this.stage = stage;
    }

    /** @return the code as written in documents and JSON, e.g. {@code "A1-A3"}, {@code "C2"} */
    public String code() {
        return code;
    }

    public Stage stage() {
        return stage;
    }

    /** @return true for A1–A3 (together or apart): the product stage */
    public boolean isProductStage() {
        return this == A1_A3 || this == A1 || this == A2 || this == A3;
    }

    /** Parses a module code; accepts {@code "A1-A3"} and {@code "A1A3"}, case-insensitive. */
    public static Optional<LcaModule> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase().replace("–", "-");
        if (c.equals("A1A3") || c.equals("A1-3")) {
            c = "A1-A3";
        }
        String wanted = c;
        return Arrays.stream(VALUES).filter(m -> m.code.equals(wanted)).findFirst();
    }
}
