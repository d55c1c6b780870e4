package nl.kringloop.platform;

/**
 * A call into a plugin did not give an answer: it threw, ran past the time limit, was quarantined after an
 * earlier time-out, or no thread was free. {@link ProblemMapper} answers it with a 503 problem naming the
 * plugin, its version and the extension.
 */
public class ExtensionCallException extends RuntimeException {

    /** Why the call gave no answer. */
    public enum Kind { THREW, TIMED_OUT, QUARANTINED, SATURATED }

    private final Kind kind;
    private final String pluginId;
    private final String pluginVersion;
    private final String extensionId;

    ExtensionCallException(Kind kind, HostedExtension<?> ext, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.pluginId = ext.pluginId();
        this.pluginVersion = ext.pluginVersion();
        this.extensionId = ext.id();
    }

    public Kind kind() {
        return kind;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public String extensionId() {
        return extensionId;
    }
}
