package nl.kringloop.plugins.rws;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.MkiRule;

import java.util.List;
import java.util.Set;

/**
 * Base of this plugin's rules: builds each rule's {@link ExtensionInfo} once and applies it to every protocol
 * version, so a rule class holds only its own logic. Not an extension itself: {@code @Extension} stays on each rule.
 */
abstract class RwsRule implements MkiRule {

    private final ExtensionInfo info;

    RwsRule(String id, String name, String description, RuleRef... implementsRules) {
        this.info = new ExtensionInfo(id, name, description, List.of(implementsRules));
    }

    @Override
    public final ExtensionInfo describe() {
        return info;
    }

    /** @return every protocol version; override for a rule that applies to fewer */
    @Override
    public Set<String> protocolVersions() {
        return RwsProtocol.ALL_VERSIONS;
    }
}
