package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

/**
 * Dry earthwork is calculated in loose cubic metres; quantities only known in solid cubic metres (design phase)
 * are multiplied by 1.15 (§3.1.3, "Tevens geldt" a). {@code attributes.volumeBasis}: {@code loose} (default) or
 * {@code solid}.
 */
@Extension
public class SolidToLooseCubicMetres extends RwsRule {

    static final RuleRef RULE = RwsProtocol.ref("§3.1.3");
    static final double SOLID_TO_LOOSE = 1.15;
    private static final MkiFactor FACTOR = MkiFactor.onAll(RULE, "solid to loose m3", SOLID_TO_LOOSE);

    public SolidToLooseCubicMetres() {
        super("rws-soil-solid-to-loose", "Soil: solid m3 × 1.15 to loose m3",
                "Soil quantities given in solid cubic metres (volumeBasis solid) are multiplied by 1.15.", RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.SOIL)) {
            return LineOutcome.NONE;
        }
        Object basis = c.line().attributes().get("volumeBasis");
        if (basis == null || "loose".equals(basis)) {
            return LineOutcome.NONE;
        }
        if ("solid".equals(basis)) {
            return LineOutcome.of(FACTOR);
        }
        return LineOutcome.of(Finding.error(RULE, c.line().id(), c.line().field("attributes.volumeBasis"),
                "volumeBasis '" + basis + "' is neither loose nor solid; the line counts 0."));
    }
}
