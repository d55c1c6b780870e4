package nl.kringloop.mki.engine;

/**
 * What a line contributes, the one representation of a line's status: the engine's per-line array holds it, the
 * result writes its {@link #code()}.
 */
public enum LineStatus {
    /** summed */
    COUNTED("counted"),
    /** out of scope (an info finding says why); counts 0 */
    EXCLUDED("excluded"),
    /** an error finding says why; counts 0 */
    REFUSED("refused");

    private final String code;

    LineStatus(String code) {
        this.code = code;
    }

    /** @return the status as the API writes it ({@code MkiLineResult.status}) */
    public String code() {
        return code;
    }
}
