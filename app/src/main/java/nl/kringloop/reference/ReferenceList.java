package nl.kringloop.reference;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A published, immutable version of a reference list; passports name the version they were checked against. */
@Entity
@Table(name = "KL_REFERENCE_LIST")
public class ReferenceList {

    @Id
    @Column(length = 80)
    private String id;

    /** {@code eu-crm} or {@code zzs} */
    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 40)
    private String version;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 1000)
    private String source;

    @Column(length = 1000)
    private String note;

    /** a shipped excerpt for demonstrations, not the real list */
    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false, length = 36)
    private String publishedBy;

    @Column(nullable = false)
    private int entryCount;

    /** the entries as a JSON array; lists are read whole and cached, never queried by entry */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String entriesJson;

    protected ReferenceList() {
    }

    public ReferenceList(String id, String kind, String version, String title, String source, String note, boolean demo,
                         Instant publishedAt, String publishedBy, int entryCount, String entriesJson) {
        this.id = id;
        this.kind = kind;
        this.version = version;
        this.title = title;
        this.source = source;
        this.note = note;
        this.demo = demo;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.entryCount = entryCount;
        this.entriesJson = entriesJson;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String note() {
        return note;
    }

    public boolean demo() {
        return demo;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public int entryCount() {
        return entryCount;
    }

    public String entriesJson() {
        return entriesJson;
    }
}
