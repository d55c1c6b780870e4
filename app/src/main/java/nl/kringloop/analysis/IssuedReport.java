package nl.kringloop.analysis;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An issued Circular Due Diligence report: immutable. The JSON, the workbook and the PDF are rendered before the
 * transaction commits and stored as issued, so every later download is byte for byte what was issued.
 */
@Entity
@Table(name = "KL_DD_REPORT", indexes = @Index(name = "KL_DDREPORT_SUBJECT", columnList = "subjectKind,subjectId,number", unique = true))
public class IssuedReport {

    @Id
    @Column(length = 36)
    private String id;

    /** "portfolio" or "organisation" */
    @Column(nullable = false, length = 20)
    private String subjectKind;

    @Column(nullable = false, length = 36)
    private String subjectId;

    @Column(nullable = false)
    private int number;

    /** the owner: who may read a private report */
    @Column(nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false)
    private boolean publicVisible;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 36)
    private String issuedBy;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String reportJson;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] xlsx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    protected IssuedReport() {
    }

    IssuedReport(String id, String subjectKind, String subjectId, int number, String organisationId,
                 boolean publicVisible, Instant issuedAt, String issuedBy, String sha256, String reportJson, byte[] xlsx,
                 byte[] pdf) {
        this.id = id;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.number = number;
        this.organisationId = organisationId;
        this.publicVisible = publicVisible;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.sha256 = sha256;
        this.reportJson = reportJson;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    public String id() { return id; }
    public String subjectKind() { return subjectKind; }
    public String subjectId() { return subjectId; }
    public int number() { return number; }
    public String organisationId() { return organisationId; }
    public boolean publicVisible() { return publicVisible; }
    public Instant issuedAt() { return issuedAt; }
    public String sha256() { return sha256; }
    public String reportJson() { return reportJson; }
    public byte[] xlsx() { return xlsx; }
    public byte[] pdf() { return pdf; }
}
