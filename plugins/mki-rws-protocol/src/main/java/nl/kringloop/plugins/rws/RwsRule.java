package nl.kringloop.plugins.rws;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ProjectView;

import java.util.List;
import java.util.Set;

/**
 * Base of this plugin's rules: builds each rule's {@link ExtensionInfo} once and applies it to every protocol
 * version, so a rule class holds only its own logic. Not an extension itself: {@code @Extension} stays on each rule.
 */
abstract class RwsRule implements MkiRule {

    private final ExtensionInfo info;
    private final boolean ownProjectHook;

    RwsRule(String id, String name, String description, RuleRef... implementsRules) {
        this.info = new ExtensionInfo(id, name, description, List.of(implementsRules));
        try {
            ownProjectHook = getClass().getMethod("project", ProjectView.class).getDeclaringClass() != MkiRule.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public final ExtensionInfo describe() {
        return info;
    }

    /**
     * @return false for a rule without a project hook of its own (the interface's says nothing, whatever the
     *         quantities), true for one with a hook: such a rule that reads no quantity or figure overrides this
     */
    @Override
    public boolean projectOutcomeDependsOnQuantities() {
        return ownProjectHook;
    }

    /** @return every protocol version; override for a rule that applies to fewer */
    @Override
    public Set<String> protocolVersions() {
        return RwsProtocol.ALL_VERSIONS;
    }
}
