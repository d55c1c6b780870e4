package nl.kringloop.platform;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.KringloopExtension;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One extension instance found in a plugin, with the provenance the host reports next to every figure it
 * produces (plugin id and version) and its health: an extension that timed out is quarantined (a hung
 * thread must not be joined by every later request); one that threw keeps its last failure on show.
 */
public final class HostedExtension<T extends KringloopExtension> {

    /** Health of an extension. */
    public enum State { AVAILABLE, FAILED, QUARANTINED }

    private final String pluginId;
    private final String pluginVersion;
    private final Class<T> point;
    private final String className;
    private final T instance;
    private final ExtensionInfo info;
    private final AtomicReference<State> state = new AtomicReference<>(State.AVAILABLE);
    private final AtomicReference<String> lastFailure = new AtomicReference<>();

    HostedExtension(String pluginId, String pluginVersion, Class<T> point, String className, T instance,
                    ExtensionInfo info) {
        this.pluginId = pluginId;
        this.pluginVersion = pluginVersion;
        this.point = point;
        this.className = className;
        this.instance = instance;
        this.info = info;
    }

    public String pluginId() {
        return pluginId;
    }

    public String pluginVersion() {
        return pluginVersion;
    }

    public Class<T> point() {
        return point;
    }

    public String className() {
        return className;
    }

    /** The instance; call it only through {@link PluginRegistry#call}. */
    T instance() {
        return instance;
    }

    /** @return the description the extension gave when it was loaded */
    public ExtensionInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public State state() {
        return state.get();
    }

    public String lastFailure() {
        return lastFailure.get();
    }

    void failed(String reason) {
        lastFailure.set(reason);
        state.compareAndSet(State.AVAILABLE, State.FAILED);
    }

    void quarantine(String reason) {
        lastFailure.set(reason);
        state.set(State.QUARANTINED);
    }

    void succeeded() {
        state.compareAndSet(State.FAILED, State.AVAILABLE);
    }
}
