package nl.kringloop.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Entry n of the transparency log: never updated or deleted. {@code entryHash} is the SHA-256 of the entry's
 * canonical JSON without it ({@link TransparencyLog#entryJson}); {@code previousHash} is entry n − 1's entryHash.
 */
@Entity
@Table(name = "KL_LOG_ENTRY")
public class LogEntry {

    @Id
    private long sequence;

    /** ISO-8601 UTC, milliseconds: the exact text the entry hash covers, so no database rounds it */
    @Column(nullable = false, length = 40)
    private String loggedAt;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 100)
    private String subjectId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String entryHash;

    protected LogEntry() {
    }

    LogEntry(long sequence, String loggedAt, String kind, String subjectId, int version, String contentHash,
             String previousHash, String entryHash) {
        this.sequence = sequence;
        this.loggedAt = loggedAt;
        this.kind = kind;
        this.subjectId = subjectId;
        this.version = version;
        this.contentHash = contentHash;
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    public long sequence() {
        return sequence;
    }

    public String loggedAt() {
        return loggedAt;
    }

    public String kind() {
        return kind;
    }

    public String subjectId() {
        return subjectId;
    }

    public int version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
