package nl.kringloop.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who did what to which thing, and when. Written in the same transaction as the change it records. */
@Entity
@Table(name = "KL_AUDIT", indexes = @Index(name = "KL_AUDIT_SUBJECT", columnList = "subjectType,subjectId"))
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    /** the acting person's id; "system" for start-up work */
    @Column(nullable = false, length = 36)
    private String actorId;

    @Column(length = 200)
    private String actorName;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 40)
    private String subjectType;

    @Column(nullable = false, length = 100)
    private String subjectId;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actorId, String actorName, String action, String subjectType,
                      String subjectId, String detail) {
        this.occurredAt = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return occurredAt;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
