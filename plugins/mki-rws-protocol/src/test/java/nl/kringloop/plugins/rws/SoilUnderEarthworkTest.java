package nl.kringloop.plugins.rws;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectSettings;
import nl.kringloop.api.testkit.MkiViews;
import nl.kringloop.api.mki.ProjectView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RWS-MKI 4.0 §2.1.2b: soil lines belong under the earthwork object; the check walks each chain once. */
class SoilUnderEarthworkTest {

    /** objects e (earthwork) ← e1 ← … ← e{depth}, and r (not earthwork) ← r1 ← … ← r{depth} */
    static Map<String, ObjectView> twoChains(int depth) {
        Map<String, ObjectView> objects = new HashMap<>();
        objects.put("e", new ObjectView("e", "earthwork", null, true));
        objects.put("r", new ObjectView("r", "road", null, false));
        for (int i = 1; i <= depth; i++) {
            objects.put("e" + i, new ObjectView("e" + i, "e" + i, i == 1 ? "e" : "e" + (i - 1), false));
            objects.put("r" + i, new ObjectView("r" + i, "r" + i, i == 1 ? "r" : "r" + (i - 1), false));
        }
        return objects;
    }

    static ProjectView view(List<LineView> lines, Map<String, ObjectView> objects, int[] lookups) {
        return new ProjectView() {
            public ProjectSettings settings() {
                return MkiViews.settings("4.0").nmdVersion("3.5").build();
            }

            public List<LineView> lines() {
                return lines;
            }

            public CardView card(String cardId) {
                return null;
            }

            public ObjectView object(String objectId) {
                lookups[0]++;
                return objects.get(objectId);
            }

            public boolean counted(int lineIndex) {
                return true;
            }

            public double lineMkiEuro(int lineIndex) {
                return 0;
            }

            public double lineModuleMkiEuro(int lineIndex, LcaModule module) {
                return 0;
            }

            public double totalMkiEuro() {
                return 0;
            }
        };
    }

    /** 1 m3 of soil without a card on object {@code objectId} */
    static LineView soilLine(int index, String objectId) {
        return MkiViews.line(index, "L" + objectId).objectId(objectId).cardId(null).unit("m3").section("soil").build();
    }

    @Test
    void soilLinesNotBelowTheEarthworkAreWarnedEachOnceAndEveryChainIsWalkedOnce_section2_1_2b() {
        int depth = 100;
        List<LineView> lines = new ArrayList<>();
        // every object of both chains carries a soil line, deepest first
        for (int i = depth; i >= 1; i--) {
            lines.add(soilLine(lines.size(), "e" + i));
            lines.add(soilLine(lines.size(), "r" + i));
        }
        int[] lookups = {0};
        ProjectOutcome o = new SoilUnderEarthwork().project(view(lines, twoChains(depth), lookups));
        assertEquals(depth, o.findings().size(), "one warning per soil line under the road chain");
        assertTrue(o.findings().stream().allMatch(f -> f.message().contains("'r")));
        // 2 chains of 101 objects: each looked up once (a walk per line would be 2 × (101 + … + 2) = 10,300)
        assertEquals(2 * (depth + 1), lookups[0]);
    }
}
