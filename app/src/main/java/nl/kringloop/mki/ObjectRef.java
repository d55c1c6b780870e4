package nl.kringloop.mki;

import java.util.Objects;

/**
 * An object of an MKI project as a request names it ({@code /api/mki/projects/{id}/objects/{objectId}}): the
 * project's id and the object's id in its document.
 */
public record ObjectRef(String project, String object) {

    public ObjectRef {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(object, "object");
    }
}
