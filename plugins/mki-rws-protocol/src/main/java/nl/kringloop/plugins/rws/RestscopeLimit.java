package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The remaining scope ("restscope", §4.1): small items monitored another way, based on category 3 data and
 * together at most 5 % of the total MKI. A restscope line on other data, or a restscope above 5 %, is an error.
 */
@Extension
public class RestscopeLimit extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§4.1");
    static final double MAX_SHARE = 0.05;

    public RestscopeLimit() {
        super("rws-restscope", "Restscope at most 5 %",
                "Restscope lines must use category 3 data and together stay at or below 5 % of the total MKI.",
                RULE);
    }

    @Override
    public ProjectOutcome project(ProjectView p) {
        List<Finding> findings = new ArrayList<>();
        double restscopeMkiEuro = 0;
        boolean any = false;
        for (LineView l : p.lines()) {
            if (!l.restscope()) {
                continue;
            }
            any = true;
            restscopeMkiEuro += p.lineMkiEuro(l.index());
            DataCategory category = p.lineCard(l.index()).dataCategory();
            if (category != DataCategory.THREE) {
                findings.add(Finding.error(RULE, l.id(), l.field("restscope"), "Restscope line uses category "
                        + category.code() + " data; restscope must be based on category 3"
                        + " data (§4.1)."));
            }
        }
        double total = p.totalMkiEuro();
        if (any && restscopeMkiEuro > MAX_SHARE * total) {
            findings.add(Finding.error(RULE, null, "lines", "Restscope is " + restscopeMkiEuro + " euro of a total of "
                    + total + " euro (" + (total > 0 ? restscopeMkiEuro / total * 100 + " %" : "total not positive")
                    + "); at most 5 % is allowed (§4.1)."));
        }
        return ProjectOutcome.of(findings);
    }
}
