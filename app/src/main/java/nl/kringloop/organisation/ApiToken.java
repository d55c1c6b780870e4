package nl.kringloop.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A personal API token. Only its SHA-256 is kept: a stolen database does not yield working tokens, and the
 * token itself is shown once, when it is created.
 */
@Entity
@Table(name = "KL_API_TOKEN", indexes = @Index(name = "KL_API_TOKEN_ACCOUNT", columnList = "ACCOUNTID"))
public class ApiToken {

    @Id
    @Column(length = 36)
    private String id;

    /** the person the token belongs to; the column keeps the older word */
    @Column(name = "ACCOUNTID", nullable = false, length = 36)
    private String personId;

    /** hex SHA-256 of the token's UTF-8 bytes */
    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(length = 200)
    private String label;

    /** the first characters of the token, so a person can tell their tokens apart */
    @Column(nullable = false, length = 12)
    private String prefix;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String id, String personId, String sha256, String label, String prefix, Instant createdAt) {
        this.id = id;
        this.personId = personId;
        this.sha256 = sha256;
        this.label = label;
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String personId() {
        return personId;
    }

    public String sha256() {
        return sha256;
    }

    public String label() {
        return label;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
