package nl.kringloop.plugins.rws;

import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ProjectSettings;

import java.util.Map;
import java.util.Optional;

/**
 * The material and activity sections of protocol chapter 3 and the contract's choice among them. Since
 * version 3.0 "per contract it is prescribed which chapters and/or paragraphs apply" (version history): the
 * project's {@code sections} may name a line section ({@code "soil"}) or a paragraph ({@code "§3.1.3"}, or a
 * parent such as {@code "§3.2"} or {@code "§3"}); none means every section. A line in an unselected section gets
 * only the general rules of chapters 1, 2 and 4.
 */
final class Sections {

    static final String ASPHALT = "asphalt";
    static final String CONCRETE = "concrete";
    static final String SOIL = "soil";
    static final String TRAFFIC_GANTRY = "traffic-gantry";
    static final String ROAD_MARKING = "road-marking";
    static final String EQUIPMENT = "equipment";
    static final String GENERATOR = "generator";
    static final String COMMUTING = "commuting";
    static final String ENERGY = "energy";

    /** Line section → the paragraph that governs it. */
    static final Map<String, String> PARAGRAPH = Map.of(ASPHALT, "§3.1.1", CONCRETE, "§3.1.2", SOIL, "§3.1.3",
            TRAFFIC_GANTRY, "§3.1.4", ROAD_MARKING, "§3.1.5", EQUIPMENT, "§3.2", GENERATOR, "§3.2",
            COMMUTING, "§3.2", ENERGY, "§3.3");

    private Sections() {
    }

    /** @return true when the line is in this section and the contract selects it */
    static boolean applies(LineContext c, String section) {
        return section.equals(c.line().section()) && selected(c.project(), section);
    }

    /** @return true when the line is in one of the §3.2 equipment sections and the contract selects it */
    static boolean isEquipment(LineContext c) {
        return applies(c, EQUIPMENT) || applies(c, GENERATOR) || applies(c, COMMUTING);
    }

    /** @return true when the contract selects the section, by its name or by its paragraph or a parent of it */
    static boolean selected(ProjectSettings p, String section) {
        if (p.sections() == null) {
            return true;
        }
        String paragraph = PARAGRAPH.getOrDefault(section, "").replace("§", "");
        for (String s : p.sections()) {
            String wanted = s.trim().replace("§", "");
            if (wanted.equals(section) || (!paragraph.isEmpty()
                    && (paragraph.equals(wanted) || paragraph.startsWith(wanted + ".")))) {
                return true;
            }
        }
        return false;
    }

    /** @return the paragraph of a line's section, when the section is one of chapter 3 */
    static Optional<String> paragraph(LineView line) {
        return Optional.ofNullable(line.section()).map(PARAGRAPH::get);
    }
}
