package nl.kringloop.mki;

/**
 * Fired in the transaction that deletes an MKI project, before the row goes: observers remove what belongs to it,
 * or refuse the deletion by throwing a problem (a project with issued reports is kept).
 */
public record ProjectDeleting(String projectId) {
}
