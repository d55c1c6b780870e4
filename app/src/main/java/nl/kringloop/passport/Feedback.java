package nl.kringloop.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** Feedback from a user of a passport's data to the supplying organisation (guideline §3.3 condition 14). */
@Entity
@Table(name = "KL_FEEDBACK", indexes = @Index(name = "KL_FEEDBACK_PASSPORT", columnList = "passportId"))
public class Feedback {

    public static final List<String> STATUSES = List.of("open", "acknowledged", "resolved", "rejected");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String passportId;

    @Column(nullable = false, length = 36)
    private String organisationId;

    /** the version the remark is about; 0 when not given */
    private int version;

    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(length = 200)
    private String authorName;

    @Column(length = 200)
    private String authorContact;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(length = 2000)
    private String statusNote;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant statusSetAt;

    @Column(length = 36)
    private String statusSetBy;

    protected Feedback() {
    }

    public Feedback(String id, String passportId, String organisationId, int version, String code, String text,
                    String authorName, String authorContact, Instant createdAt) {
        this.id = id;
        this.passportId = passportId;
        this.organisationId = organisationId;
        this.version = version;
        this.code = code;
        this.text = text;
        this.authorName = authorName;
        this.authorContact = authorContact;
        this.status = "open";
        this.createdAt = createdAt;
    }

    public void status(String newStatus, String note, String by, Instant at) {
        this.status = newStatus;
        this.statusNote = note;
        this.statusSetBy = by;
        this.statusSetAt = at;
    }

    public String id() { return id; }
    public String passportId() { return passportId; }
    public String organisationId() { return organisationId; }
    public int version() { return version; }
    public String code() { return code; }
    public String text() { return text; }
    public String authorName() { return authorName; }
    public String authorContact() { return authorContact; }
    public String status() { return status; }
    public String statusNote() { return statusNote; }
    public Instant createdAt() { return createdAt; }
    public Instant statusSetAt() { return statusSetAt; }
    public String statusSetBy() { return statusSetBy; }
}
