package nl.kringloop.api.mki;

import java.util.Objects;

/**
 * An object of the work's structure (object tree, WBS, SBS; RWS-MKI 4.0 §2.1.2a), as a rule sees it.
 *
 * @param id        the object's id in the document
 * @param name      the name from the contract documents
 * @param parentId  the parent object's id; null for a root
 * @param earthwork true for the earthwork object kept beside the tree (§2.1.2b)
 */
public record ObjectView(String id, String name, String parentId, boolean earthwork) {

    public ObjectView {
        Objects.requireNonNull(id, "id");
    }
}
