package nl.kringloop.analysis;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A named set of (passport, published version or latest, quantity) owned by an organisation, e.g. "State ICT
 * hardware 2026". The items are one JSON array: a portfolio is read and written whole, and 10,000 items are one row.
 */
@Entity
@Table(name = "KL_PORTFOLIO", indexes = @Index(name = "KL_PORTFOLIO_ORG", columnList = "organisationId"))
public class Portfolio {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean publicVisible;

    /** [{"passport": id, "version": n or absent, "quantity": q}, …] */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String itemsJson;

    @Column(nullable = false)
    private int itemCount;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 36)
    private String updatedBy;

    @Version
    private long lockVersion;

    protected Portfolio() {
    }

    Portfolio(String id, String organisationId, Instant at) {
        this.id = id;
        this.organisationId = organisationId;
        this.createdAt = at;
    }

    void set(String name, boolean publicVisible, String itemsJson, int itemCount, String by, Instant at) {
        // the lazy items column first: writing it makes EclipseLink load the attributes it had not fetched, which
        // overwrote the ones already set here (a PUT lost its new name and visibility, kept its items)
        this.itemsJson = itemsJson;
        this.name = name;
        this.publicVisible = publicVisible;
        this.itemCount = itemCount;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String id() { return id; }
    public String organisationId() { return organisationId; }
    public String name() { return name; }
    public boolean publicVisible() { return publicVisible; }
    public String itemsJson() { return itemsJson; }
    public int itemCount() { return itemCount; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
