package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiFactor;
import org.pf4j.Extension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NMD card for longitudinal marking is one continuous line 20 cm wide. Dashed marking × line/(line+gap)
 * from {@code attributes.pattern} ("3:9" ⇒ 0.25, §3.1.5a; absent = continuous); another width ×
 * {@code attributes.widthCm}/20 (§3.1.5b; absent = 20 cm).
 */
@Extension
public class RoadMarkingDashAndWidth extends RwsRule {

    static final RuleRef DASH_RULE = RwsProtocol.ref("§3.1.5a");
    static final RuleRef WIDTH_RULE = RwsProtocol.ref("§3.1.5b");
    static final double CARD_WIDTH_CM = 20;
    private static final Pattern DASH = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*$");

    public RoadMarkingDashAndWidth() {
        super("rws-road-marking", "Road marking: dash ratio and width",
                "Dashed marking × line/(line+gap); width × widthCm/20.", DASH_RULE, WIDTH_RULE);
    }

    @Override
    public LineOutcome line(LineContext c) {
        if (!Sections.applies(c, Sections.ROAD_MARKING)) {
            return LineOutcome.NONE;
        }
        LineOutcome out = LineOutcome.NONE;
        Object pattern = c.line().attributes().get("pattern");
        if (pattern != null) {
            Matcher m = pattern instanceof String s ? DASH.matcher(s) : null;
            double line = m != null && m.matches() ? Double.parseDouble(m.group(1)) : -1;
            double gap = m != null && m.matches() ? Double.parseDouble(m.group(2)) : -1;
            if (line <= 0 || gap < 0) {
                return LineOutcome.of(Finding.error(DASH_RULE, c.line().id(), c.line().field("attributes.pattern"),
                        "pattern '" + pattern + "' is not line:gap with a positive line (e.g. \"3:9\"); the line"
                                + " counts 0."));
            }
            out = out.with(MkiFactor.onAll(DASH_RULE, "dashed " + pattern + ": line/(line+gap)", line / (line + gap)));
        }
        Object width = c.line().attributes().get("widthCm");
        if (width != null) {
            if (!(width instanceof Number n) || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue())) {
                return LineOutcome.of(Finding.error(WIDTH_RULE, c.line().id(), c.line().field("attributes.widthCm"),
                        "widthCm '" + width + "' is not a positive number; the line counts 0."));
            }
            double w = n.doubleValue();
            if (w != CARD_WIDTH_CM) {
                out = out.with(MkiFactor.onAll(WIDTH_RULE, "width " + w + " cm / 20 cm", w / CARD_WIDTH_CM));
            }
        }
        return out;
    }
}
