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

    /**
     * Why a plugin's code failed, as users read it (a plugin status, a finding, a 503 problem): the message of the
     * deepest cause, which is the plugin's own words; never a Java class name (the log keeps the stack trace).
     */
    public static String reason(Throwable t) {
        if (t == null) {
            return "unknown";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return msg == null || msg.isBlank() ? "a fault without a message (see the server log)" : msg;
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
