package nl.kringloop.passport;

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
import java.util.Locale;

/**
 * A product's passport: its published versions ({@link PassportVersion}) and at most one working draft. The search
 * columns repeat facts of the latest published version in lower case, so public search needs no document parsing.
 */
@Entity
@Table(name = "KL_PASSPORT", indexes = {
        @Index(name = "KL_PASSPORT_ORG", columnList = "organisationId"),
        @Index(name = "KL_PASSPORT_GROUP", columnList = "productGroupLc"),
        @Index(name = "KL_PASSPORT_MANUF", columnList = "manufacturerLc"),
        @Index(name = "KL_PASSPORT_PRODUCT", columnList = "productId")})
public class Passport {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String organisationId;

    @Column(nullable = false)
    private Instant createdAt;

    /** 0 while nothing is published */
    @Column(nullable = false)
    private int latestVersion;

    /** canonical JSON of the working draft, null when there is none */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String draftJson;

    // The baseline's DRAFTUPDATEDBY column is not mapped: who saved a draft is in the audit trail.
    private Instant draftUpdatedAt;

    // search columns of the latest published version
    @Column(length = 300)
    private String productId;
    @Column(length = 300)
    private String name;
    @Column(length = 300)
    private String manufacturer;
    @Column(length = 200)
    private String productGroup;
    @Column(length = 1000)
    private String searchLc;
    @Column(length = 300)
    private String manufacturerLc;
    @Column(length = 200)
    private String productGroupLc;
    /** "|aluminium|7429-90-5|copper|…|": names and CAS numbers of A1.1 */
    @Column(length = 4000)
    private String materialsLc;
    /** "|platinum group metals|palladium|…|": matched list items and the materials that matched */
    @Column(length = 4000)
    private String crmLc;
    /** "|7439-92-1|lead|…|": ZZS found by CAS */
    @Column(length = 4000)
    private String zzsLc;
    private Instant publishedAt;

    /** optimistic lock: two submitters editing at once must not silently overwrite each other */
    @Version
    private long lockVersion;

    protected Passport() {
    }

    public Passport(String id, String organisationId, Instant createdAt) {
        this.id = id;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int latestVersion() {
        return latestVersion;
    }

    /** the row's version, which every change of the passport (draft, publication) increments: its entity tag */
    public long lockVersion() {
        return lockVersion;
    }

    public String draftJson() {
        return draftJson;
    }

    public boolean hasDraft() {
        return draftJson != null;
    }

    /** the number the draft gets when it is published */
    public int draftVersion() {
        return latestVersion + 1;
    }

    public Instant draftUpdatedAt() {
        return draftUpdatedAt;
    }

    public String name() {
        return name;
    }

    public String manufacturer() {
        return manufacturer;
    }

    public String productGroup() {
        return productGroup;
    }

    public String productId() {
        return productId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public void saveDraft(String json, Instant at) {
        this.draftJson = json;
        this.draftUpdatedAt = at;
    }

    public void published(int version, Instant at, PassportDocument.Product product, String materialsLc, String crmLc,
                          String zzsLc) {
        this.latestVersion = version;
        this.draftJson = null;
        this.draftUpdatedAt = null;
        this.publishedAt = at;
        this.productId = product.id();
        this.name = product.name();
        this.manufacturer = product.manufacturer();
        this.productGroup = product.productGroup();
        this.manufacturerLc = lc(product.manufacturer());
        this.productGroupLc = lc(product.productGroup());
        this.searchLc = cut(String.join(" | ", lc(product.name()), lc(product.model()), lc(product.manufacturer()),
                lc(product.id()), lc(product.productGroup())), 1000);
        this.materialsLc = cut(materialsLc, 4000);
        this.crmLc = cut(crmLc, 4000);
        this.zzsLc = cut(zzsLc, 4000);
    }

    private static String lc(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
