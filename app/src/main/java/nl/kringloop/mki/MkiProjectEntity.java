package nl.kringloop.mki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * A stored MKI project: its complete, self-contained document (cards embedded) as JSON — the same document
 * {@code POST /api/mki/calculate} takes — plus what the register needs around it. Storing the document whole
 * is what makes export → calculate give the same result to the last digit.
 */
@Entity
@Table(name = "MKI_PROJECT")
public class MkiProjectEntity {

    @Id
    @Column(length = 36)
    private String id;

    /** the longest project name (the column's length; the OpenAPI schema says so too) */
    public static final int NAME_LENGTH = 500;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** the organisation whose calculators may change the project; null: only the administrator (demo data) */
    @Column(name = "ORGANISATION_ID", length = 36)
    private String organisationId;

    /** The project this one is a variant of; null for an original. */
    @Column(name = "VARIANT_OF", length = 36)
    private String variantOf;

    public static final int LABEL_LENGTH = 200;

    @Column(name = "VARIANT_LABEL", length = LABEL_LENGTH)
    private String variantLabel;

    /** Demo data: invented cards and quantities, shown as illustrative everywhere. */
    @Column(nullable = false)
    private boolean illustrative;

    @Lob
    @Column(name = "DOCUMENT_JSON", nullable = false)
    private String documentJson;

    @Version
    private long revision;

    /**
     * the revision {@link #documentJson} was written at; the line edits with a higher revision, up to
     * {@link #revision}, are still to be folded into it ({@link MkiProjects#json})
     */
    @Column(name = "DOCUMENT_REVISION", nullable = false)
    private long documentRevision;

    /** the line edits above {@link #documentRevision}, in revision order; null until {@link MkiProjects} reads them */
    @Transient
    private List<MkiProjects.LineEdit> lineEdits;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "CREATED_BY", length = 200)
    private String createdBy;

    @Column(name = "UPDATED_BY", length = 200)
    private String updatedBy;

    protected MkiProjectEntity() {
    }

    MkiProjectEntity(String id, String name, String variantOf, String variantLabel, boolean illustrative,
                     String documentJson, Instant now, String by, String organisationId) {
        this.id = id;
        this.organisationId = organisationId;
        this.name = name;
        this.variantOf = variantOf;
        this.variantLabel = variantLabel;
        this.illustrative = illustrative;
        this.documentJson = documentJson;
        this.createdAt = now;
        this.updatedAt = now;
        this.createdBy = by;
        this.updatedBy = by;
        this.lineEdits = List.of();
    }

    /** @param revision the revision the project will have once this change is stored (this one + 1) */
    void replaceDocument(String name, String json, Instant now, String by, long revision) {
        this.name = name;
        this.documentJson = json;
        this.documentRevision = revision;
        this.lineEdits = List.of();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String organisationId() {
        return organisationId;
    }

    public String variantOf() {
        return variantOf;
    }

    public String variantLabel() {
        return variantLabel;
    }

    public boolean illustrative() {
        return illustrative;
    }

    /** @return the document as last written whole; {@link MkiProjects#json} folds the line edits since into it */
    String documentJson() {
        return documentJson;
    }

    long documentRevision() {
        return documentRevision;
    }

    List<MkiProjects.LineEdit> lineEdits() {
        return lineEdits;
    }

    void lineEdits(List<MkiProjects.LineEdit> edits) {
        this.lineEdits = edits;
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
