package nl.kringloop.mki.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * An issued report (plan of approach, progress report or final report, RWS-MKI 4.0 §4.2–§4.4): immutable. The
 * JSON, the Annex B workbook and the PDF are rendered once, before the issuing transaction commits, and never
 * again; there are no setters.
 */
@Entity
@Table(name = "MKI_REPORT", uniqueConstraints = @UniqueConstraint(name = "MKI_REPORT_NUMBER",
        columnNames = {"PROJECT_ID", "NUMBER"}))
public class MkiReportEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "PROJECT_ID", nullable = false, length = 36)
    private String projectId;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Column(name = "ISSUED_BY", length = 200)
    private String issuedBy;

    /** hex SHA-256 of the canonical JSON of the report without this field */
    @Column(name = "CONTENT_HASH", nullable = false, length = 64)
    private String contentHash;

    @Lob
    @Column(name = "REPORT_JSON", nullable = false)
    private String reportJson;

    @Lob
    @Column(name = "ANNEX_B_XLSX", nullable = false)
    private byte[] annexBXlsx;

    @Lob
    @Column(name = "REPORT_PDF", nullable = false)
    private byte[] reportPdf;

    protected MkiReportEntity() {
    }

    MkiReportEntity(String id, String projectId, int number, String kind, Instant issuedAt, String issuedBy,
                    String contentHash, String reportJson, byte[] annexBXlsx, byte[] reportPdf) {
        this.id = id;
        this.projectId = projectId;
        this.number = number;
        this.kind = kind;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.contentHash = contentHash;
        this.reportJson = reportJson;
        this.annexBXlsx = annexBXlsx;
        this.reportPdf = reportPdf;
    }

    int number() {
        return number;
    }

    String kind() {
        return kind;
    }

    String reportJson() {
        return reportJson;
    }

    byte[] annexBXlsx() {
        return annexBXlsx;
    }

    byte[] reportPdf() {
        return reportPdf;
    }
}
