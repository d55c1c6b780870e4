package nl.kringloop.passport;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A published version n of a passport: immutable, with the SHA-256 of its canonical JSON. */
@Entity
@Table(name = "KL_PASSPORT_VERSION", indexes = @Index(name = "KL_PVERSION_PASSPORT", columnList = "passportId,number", unique = true))
public class PassportVersion {

    /** passport id + "/" + number */
    @Id
    @Column(length = 50)
    private String id;

    @Column(nullable = false, length = 36)
    private String passportId;

    @Column(nullable = false)
    private int number;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String documentJson;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false, length = 36)
    private String publishedBy;

    @Column(length = 200)
    private String publishedByName;

    protected PassportVersion() {
    }

    public PassportVersion(String passportId, int number, String documentJson, String sha256, Instant publishedAt,
                           String publishedBy, String publishedByName) {
        this.id = passportId + "/" + number;
        this.passportId = passportId;
        this.number = number;
        this.documentJson = documentJson;
        this.sha256 = sha256;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.publishedByName = publishedByName;
    }

    public String passportId() {
        return passportId;
    }

    public int number() {
        return number;
    }

    public String documentJson() {
        return documentJson;
    }

    public String sha256() {
        return sha256;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String publishedByName() {
        return publishedByName;
    }
}
