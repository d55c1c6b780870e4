package nl.kringloop.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed statement "the log has {@code sequence} entries and the last one's hash is {@code entryHash}": the
 * register's Ed25519 signature over {@link TransparencyLog#checkpointJson}. A mirror that keeps checkpoints can
 * later prove that the log it is shown still extends what was signed.
 */
@Entity
@Table(name = "KL_LOG_CHECKPOINT")
public class LogCheckpoint {

    @Id
    private long sequence;

    @Column(nullable = false, length = 64)
    private String entryHash;

    @Column(nullable = false, length = 40)
    private String signedAt;

    /** SHA-256 (hex) of the public key's X.509 encoding */
    @Column(nullable = false, length = 64)
    private String keyId;

    /** Base64 of the Ed25519 signature (64 bytes) */
    @Column(nullable = false, length = 100)
    private String signature;

    protected LogCheckpoint() {
    }

    LogCheckpoint(long sequence, String entryHash, String signedAt, String keyId, String signature) {
        this.sequence = sequence;
        this.entryHash = entryHash;
        this.signedAt = signedAt;
        this.keyId = keyId;
        this.signature = signature;
    }

    public long sequence() {
        return sequence;
    }

    public String entryHash() {
        return entryHash;
    }

    public String signedAt() {
        return signedAt;
    }

    public String keyId() {
        return keyId;
    }

    public String signature() {
        return signature;
    }
}
