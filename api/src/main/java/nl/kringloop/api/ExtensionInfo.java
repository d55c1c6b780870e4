package nl.kringloop.api;

import java.util.List;
import java.util.Objects;

/**
 * How an extension presents itself in {@code GET /api/methodologies}.
 *
 * @param id          stable identifier, unique within its extension point (e.g. {@code "nmd-set-1"});
 *                    lower-case, digits and hyphens
 * @param name        a short human name
 * @param description one or two sentences: what it does and for whom
 * @param implementsRules the source documents and sections this extension implements
 */
public record ExtensionInfo(String id, String name, String description, List<RuleRef> implementsRules) {

    public ExtensionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        implementsRules = implementsRules == null ? List.of() : List.copyOf(implementsRules);
    }
}
