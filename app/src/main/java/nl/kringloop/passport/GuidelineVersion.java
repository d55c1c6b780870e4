package nl.kringloop.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A version of the guideline (conditions 19, 20: revised twice a year): which codes it requires, which are
 * optional and which it adds. Codes are stored space-separated; a version has a few dozen at most.
 */
@Entity
@Table(name = "KL_GUIDELINE_VERSION")
public class GuidelineVersion {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String requiredCodes;

    @Column(nullable = false, length = 2000)
    private String optionalCodes;

    @Column(nullable = false, length = 2000)
    private String newCodes;

    @Column(length = 4000)
    private String notes;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false, length = 36)
    private String publishedBy;

    protected GuidelineVersion() {
    }

    public GuidelineVersion(String id, String title, List<String> required, List<String> optional, List<String> added,
                            String notes, Instant publishedAt, String publishedBy) {
        this.id = id;
        this.title = title;
        this.requiredCodes = String.join(" ", required);
        this.optionalCodes = String.join(" ", optional);
        this.newCodes = String.join(" ", added);
        this.notes = notes;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public String id() { return id; }
    public String title() { return title; }
    public List<String> required() { return split(requiredCodes); }
    public List<String> optional() { return split(optionalCodes); }
    /** codes this version adds to the catalogue; their values are accepted as free JSON */
    public List<String> added() { return split(newCodes); }
    public String notes() { return notes; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
    }
}
