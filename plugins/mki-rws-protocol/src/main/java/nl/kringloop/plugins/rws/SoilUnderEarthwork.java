package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earthwork is a separate object beside the object tree (§2.1.2b): a soil line whose object is not an earthwork
 * object, nor below one, gets a warning. A project hook, since it walks the object tree.
 */
@Extension
public class SoilUnderEarthwork extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.1.2b");

    public SoilUnderEarthwork() {
        super("rws-soil-under-earthwork", "Soil under the earthwork object",
                "Warns when a soil line is not under an object marked earthwork.", RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        if (!Sections.selected(p.settings(), Sections.SOIL)) {
            return ProjectOutcome.NONE;
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Boolean> memo = new HashMap<>();
        for (LineView l : p.lines()) {
            if (Sections.SOIL.equals(l.section()) && !underEarthwork(p, l.objectId(), memo)) {
                findings.add(Finding.warning(RULE, l.id(), l.field("object"), "Soil line under object '"
                        + l.objectId() + "', which is not (below) an earthwork object: earthwork is a separate object"
                        + " beside the object tree (§2.1.2b)."));
            }
        }
        return ProjectOutcome.of(findings);
    }

    /**
     * Whether the object or an ancestor is an earthwork object; the answer of every object on the walk is kept, so
     * the lines of a project walk each chain once (linear in lines and objects, however deep the tree).
     */
    private static boolean underEarthwork(ProjectView p, String objectId, Map<String, Boolean> memo) {
        List<String> walked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean found = false;
        for (String id = objectId; id != null && seen.add(id); ) {
            Boolean known = memo.get(id);
            if (known != null) {
                found = known;
                break;
            }
            ObjectView o = p.object(id);
            if (o == null) {
                break;
            }
            walked.add(id);
            if (o.earthwork()) {
                found = true;
                break;
            }
            id = o.parentId();
        }
        for (String id : walked) {
            memo.put(id, found);
        }
        return found;
    }

    /** @return false: the hook reads sections and the object tree only */
    @Override
    public boolean projectOutcomeDependsOnQuantities() {
        return false;
    }
}
