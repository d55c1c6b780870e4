package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        for (LineView l : p.lines()) {
            if (Sections.SOIL.equals(l.section()) && !underEarthwork(p, l.objectId())) {
                findings.add(Finding.warning(RULE, l.id(), l.field("object"), "Soil line under object '"
                        + l.objectId() + "', which is not (below) an earthwork object: earthwork is a separate object"
                        + " beside the object tree (§2.1.2b)."));
            }
        }
        return ProjectOutcome.of(findings);
    }

    private static boolean underEarthwork(ProjectView p, String objectId) {
        Set<String> seen = new HashSet<>();
        for (String id = objectId; id != null && seen.add(id); ) {
            ObjectView o = p.object(id);
            if (o == null) {
                return false;
            }
            if (o.earthwork()) {
                return true;
            }
            id = o.parentId();
        }
        return false;
    }
}
