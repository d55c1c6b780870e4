package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Soil by scope (§3.1.3, definitions in Annex A), from {@code attributes.soilFlow}: {@code entering} soil counts
 * over the whole life cycle; soil {@code within-work} counts only A4 and A5 (§3.1.3b: A1–A3, B, C and D are 0 —
 * and, being moved not made, it is never replaced, see {@link Replacements}); {@code released} soil counts only
 * C1 and C2 (§3.1.3c-II: C3, C4 and D are 0). Without {@code soilFlow} the line's flow decides
 * (reused-within is within the work).
 */
@Extension
public class SoilScope extends RwsRule {

    static final RuleRef WITHIN_RULE = RwsProtocol.ref("§3.1.3b");
    static final RuleRef RELEASED_RULE = RwsProtocol.ref("§3.1.3c-II");
    static final String ENTERING = "entering";
    static final String WITHIN_WORK = "within-work";
    static final String RELEASED = "released";
    private static final MkiFactor WITHIN = MkiFactor.on(WITHIN_RULE, "soil within the work: only A4 and A5", 0,
            allBut(LcaModule.A4, LcaModule.A5));
    private static final MkiFactor OUT = MkiFactor.on(RELEASED_RULE, "released soil: only C1 and C2", 0,
            allBut(LcaModule.C1, LcaModule.C2));

    public SoilScope() {
        super("rws-soil-scope", "Soil scope: entering, within the work, released",
                "Soil within the work counts only A4+A5 and is not replaced; released soil only C1+C2.",
                WITHIN_RULE, RELEASED_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.SOIL)) {
            return LineOutcome.NONE;
        }
        Optional<String> soilFlow = soilFlow(c.line());
        if (soilFlow.isEmpty()) {
            return LineOutcome.of(Finding.error(WITHIN_RULE, c.line().id(), c.line().field("attributes.soilFlow"),
                    "soilFlow '" + c.line().attributes().get("soilFlow") + "' is not one of entering, within-work,"
                            + " released; the line counts 0."));
        }
        return switch (soilFlow.get()) {
            case WITHIN_WORK -> LineOutcome.of(WITHIN);
            case RELEASED -> LineOutcome.of(OUT);
            default -> LineOutcome.NONE;
        };
    }

    /** @return the soil flow of a soil line: the attribute, else derived from the line's flow; empty when invalid */
    static Optional<String> soilFlow(LineView line) {
        Object v = line.attributes().get("soilFlow");
        if (v == null) {
            return Optional.of(line.flow() == Flow.RELEASED ? RELEASED
                    : line.flow() == Flow.REUSED_WITHIN ? WITHIN_WORK : ENTERING);
        }
        return v instanceof String s && (s.equals(ENTERING) || s.equals(WITHIN_WORK) || s.equals(RELEASED))
                ? Optional.of(s) : Optional.empty();
    }

    /** @return true for a soil line within the work in a contract that selects §3.1.3 */
    static boolean withinWork(LineContext c) {
        return Sections.applies(c, Sections.SOIL) && soilFlow(c.line()).filter(WITHIN_WORK::equals).isPresent();
    }

    private static Set<LcaModule> allBut(LcaModule... kept) {
        EnumSet<LcaModule> s = EnumSet.allOf(LcaModule.class);
        Arrays.asList(kept).forEach(s::remove);
        return s;
    }
}
