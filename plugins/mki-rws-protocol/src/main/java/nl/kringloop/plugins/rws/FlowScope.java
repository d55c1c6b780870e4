package nl.kringloop.plugins.rws;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Scope by flow (§2.1.1): entering and reused-within material counts over the whole life cycle A–D (§2.1.1b);
 * material released from the project area counts only C1–C4 and D (§2.1.1c), so modules A and B get factor 0.
 */
@Extension
public class FlowScope extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§2.1.1c");
    static final Set<LcaModule> A_AND_B = EnumSet.copyOf(Arrays.stream(LcaModule.values())
            .filter(m -> m.stage() == LcaModule.Stage.A || m.stage() == LcaModule.Stage.B).toList());
    private static final MkiFactor RELEASED = MkiFactor.on(RULE, "released: only C1-C4 and D", 0, A_AND_B);

    public FlowScope() {
        super("rws-flow-scope", "Scope by flow",
                "Released material counts only modules C1-C4 and D; entering and reused material A-D.",
                RwsProtocol.ref("§2.1.1b"), RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        return c.line().flow() == Flow.RELEASED ? LineOutcome.of(RELEASED) : LineOutcome.NONE;
    }
}
