package nl.kringloop.api.mki;

import java.util.Objects;

/**
 * What a rule sees of one line: the line, its card, its object and the project settings. Read-only.
 *
 * @param project the project settings
 * @param line    the line
 * @param card    the line's product card
 * @param object  the object the line belongs to
 */
public record LineContext(ProjectSettings project, LineView line, CardView card, ObjectView object) {

    public LineContext {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(object, "object");
    }
}
