package nl.kringloop.mki;

import java.util.Objects;

/**
 * A line of an MKI project as a request names it ({@code /api/mki/projects/{id}/lines/{lineId}}): the project's id
 * and the line's id in its document, which a call would otherwise pass as two strings side by side.
 */
public record LineRef(String project, String line) {

    public LineRef {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(line, "line");
    }
}
