package nl.kringloop.mki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.Locale;

/**
 * A product card in the library, under the NMD date-version it was imported as (RWS-MKI 4.0 §1.4). The card
 * itself is kept as the JSON of the project document, so it embeds into a document unchanged; the columns
 * beside it are for searching.
 */
@Entity
@Table(name = "MKI_CARD",
        uniqueConstraints = @UniqueConstraint(name = "MKI_CARD_VERSION_ID", columnNames = {"LIBRARY_VERSION", "CARD_ID"}),
        indexes = @Index(name = "MKI_CARD_NAME", columnList = "NAME_LOWER"))
public class CardLibraryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long pk;

    @Column(name = "LIBRARY_VERSION", nullable = false, length = 100)
    private String libraryVersion;

    @Column(name = "CARD_ID", nullable = false, length = 200)
    private String cardId;

    @Column(name = "NAME", nullable = false, length = 500)
    private String name;

    @Column(name = "NAME_LOWER", nullable = false, length = 500)
    private String nameLower;

    @Column(name = "UNIT", nullable = false, length = 50)
    private String unit;

    @Column(name = "DATA_CATEGORY", nullable = false, length = 5)
    private String dataCategory;

    @Lob
    @Column(name = "CARD_JSON", nullable = false)
    private String cardJson;

    @Column(name = "IMPORTED_AT", nullable = false)
    private Instant importedAt;

    @Column(name = "IMPORTED_BY", length = 200)
    private String importedBy;

    protected CardLibraryEntry() {
    }

    CardLibraryEntry(String libraryVersion, String cardId, String name, String unit, String dataCategory,
                     String cardJson, Instant importedAt, String importedBy) {
        this.libraryVersion = libraryVersion;
        this.cardId = cardId;
        this.name = name;
        this.nameLower = name.toLowerCase(Locale.ROOT);
        this.unit = unit;
        this.dataCategory = dataCategory;
        this.cardJson = cardJson;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    public String cardId() {
        return cardId;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public String dataCategory() {
        return dataCategory;
    }

    public String cardJson() {
        return cardJson;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
