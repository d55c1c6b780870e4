package nl.kringloop.mki.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What a contractor keeps beside a project's document to prove its promised MKI (RWS-MKI 4.0 chapter 4): the
 * contract settings, the realisation per line and the registers (evidence included), each as a JSON document.
 * One row per project; the project document itself stays in {@code MKI_PROJECT}.
 */
@Entity
@Table(name = "MKI_REPORTING")
public class MkiReportingEntity {

    @Id
    @Column(name = "PROJECT_ID", length = 36)
    private String projectId;

    @Lob
    @Column(name = "CONTRACT_JSON", nullable = false)
    private String contractJson;

    @Lob
    @Column(name = "REALISATION_JSON", nullable = false)
    private String realisationJson;

    @Lob
    @Column(name = "REGISTERS_JSON", nullable = false)
    private String registersJson;

    @Version
    private long revision;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 200)
    private String updatedBy;

    protected MkiReportingEntity() {
    }

    MkiReportingEntity(String projectId, Instant now) {
        this.projectId = projectId;
        this.contractJson = "{}";
        this.realisationJson = "{}";
        this.registersJson = "{}";
        this.updatedAt = now;
    }

    String projectId() {
        return projectId;
    }

    String contractJson() {
        return contractJson;
    }

    String realisationJson() {
        return realisationJson;
    }

    String registersJson() {
        return registersJson;
    }

    void contract(String json, Instant now, String by) {
        this.contractJson = json;
        touched(now, by);
    }

    void realisation(String json, Instant now, String by) {
        this.realisationJson = json;
        touched(now, by);
    }

    void registers(String json, Instant now, String by) {
        this.registersJson = json;
        touched(now, by);
    }

    private void touched(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    long revision() {
        return revision;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
