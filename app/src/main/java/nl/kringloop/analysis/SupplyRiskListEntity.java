package nl.kringloop.analysis;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A loaded supply-risk list version, stored as imported (canonical JSON with its hash); immutable. */
@Entity
@Table(name = "KL_SUPPLY_RISK_LIST")
public class SupplyRiskListEntity {

    @Id
    @Column(length = 80)
    private String id;

    @Column(nullable = false)
    private Instant importedAt;

    @Column(nullable = false, length = 36)
    private String importedBy;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String listJson;

    protected SupplyRiskListEntity() {
    }

    SupplyRiskListEntity(String id, Instant importedAt, String importedBy, String sha256, String listJson) {
        this.id = id;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.sha256 = sha256;
        this.listJson = listJson;
    }

    public String id() { return id; }
    public Instant importedAt() { return importedAt; }
    public String sha256() { return sha256; }
    public String listJson() { return listJson; }
}
