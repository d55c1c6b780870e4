package nl.kringloop.mki.engine;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.MkiRule;

import java.util.ArrayList;
import java.util.List;
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

    /** One rule's answer to {@link #callEach}: its value, or the failure {@link #call} would have thrown. */
    record Answer<R>(R value, RuntimeException failure) {
    }

    /**
     * Runs {@code fn} on each rule; the answers in the rules' order. Consecutive bindings of one class go to the
     * first one's {@link #callTogether}: through the plugin host, one time-limited call per plugin.
     */
    static <R> List<Answer<R>> callEach(List<RuleBinding> rules, String operation, Function<MkiRule, R> fn) {
        List<Answer<R>> out = new ArrayList<>(rules.size());
        for (int k = 0, end; k < rules.size(); k = end) {
            RuleBinding first = rules.get(k);
            end = k + 1;
            while (end < rules.size() && rules.get(end).getClass() == first.getClass()) {
                end++;
            }
            out.addAll(first.callTogether(rules.subList(k, end), operation, fn));
        }
        return out;
    }

    /**
     * Runs {@code fn} on each of {@code rules}, bindings of this one's class: one {@link #call} each, unless the
     * binding can do better.
     */
    default <R> List<Answer<R>> callTogether(List<RuleBinding> rules, String operation, Function<MkiRule, R> fn) {
        List<Answer<R>> out = new ArrayList<>(rules.size());
        for (RuleBinding r : rules) {
            try {
                out.add(new Answer<>(r.call(operation, fn), null));
            } catch (RuntimeException e) {
                out.add(new Answer<>(null, e));
            }
        }
        return out;
    }

    /** @return plugin id and version as findings and factors name them, e.g. {@code "mki-rws-protocol 0.1.0"} */
    default String plugin() {
        return pluginId() + " " + pluginVersion();
    }

    /** @return the rule's own citation, for findings about the rule itself */
    default String label() {
        List<RuleRef> refs = info().implementsRules();
        return refs.isEmpty() ? info().id() : refs.get(0).label();
    }

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
