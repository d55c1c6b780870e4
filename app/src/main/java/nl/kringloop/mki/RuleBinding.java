package nl.kringloop.mki;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.MkiRule;

import java.util.function.Function;

/**
 * The engine's handle on one rule extension: its provenance and a way to call it. In the server the call goes
 * through the plugin host with its time limit; in tests and tools straight to the instance. Keeps the engine
 * free of the container.
 */
public interface RuleBinding {

    String pluginId();

    String pluginVersion();

    ExtensionInfo info();

    /**
     * Runs {@code fn} on the rule.
     *
     * @throws RuntimeException when the call gives no answer (threw outside the per-line guard, timed out …)
     */
    <R> R call(String operation, Function<MkiRule, R> fn);

    /** @return a binding that calls the rule directly, in the caller's thread */
    static RuleBinding direct(MkiRule rule, String pluginId, String pluginVersion) {
        ExtensionInfo info = rule.describe();
        return new RuleBinding() {
            @Override
            public String pluginId() {
                return pluginId;
            }

            @Override
            public String pluginVersion() {
                return pluginVersion;
            }

            @Override
            public ExtensionInfo info() {
                return info;
            }

            @Override
            public <R> R call(String operation, Function<MkiRule, R> fn) {
                return fn.apply(rule);
            }
        };
    }
}
