package nl.kringloop.analysis;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The stored {@link ProductFacts} of one published passport version, written in the publishing transaction. The
 * facts sit in a plain VARCHAR column (Derby reads it with the row, a LOB costs a round trip per row); only facts
 * longer than that go to the overflow LOB.
 */
@Entity
@Table(name = "KL_ANALYSIS_FACTS", indexes = @Index(name = "KL_AFACTS_PASSPORT", columnList = "passportId"))
public class FactsEntity {

    static final int INLINE_MAX = 32000;

    /** passport id + "/" + version, as the passport version's id */
    @Id
    @Column(length = 50)
    private String id;

    @Column(nullable = false, length = 36)
    private String passportId;

    @Column(nullable = false)
    private int version;

    @Column(length = INLINE_MAX)
    private String factsJson;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String factsOverflow;

    protected FactsEntity() {
    }

    FactsEntity(ProductFacts f) {
        this.id = f.key();
        this.passportId = f.passportId();
        this.version = f.version();
        String json = FactsCodec.write(f);
        if (json.length() <= INLINE_MAX) {
            this.factsJson = json;
        } else {
            this.factsOverflow = json;
        }
    }

    String json() {
        return factsJson != null ? factsJson : factsOverflow;
    }
}
