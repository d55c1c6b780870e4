package nl.kringloop.mki;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported version of the client's Annex D spreadsheet (capital goods of sea-going dredgers, RWS-MKI 4.0
 * §3.2.3b-I): immutable once stored; a new import is a new version, old versions stay readable so a calculation
 * that used version n re-runs the same.
 */
@Entity
@Table(name = "MKI_ANNEX_D_SET")
public class AnnexDSet {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "SET_VERSION", unique = true, nullable = false)
    private int version;

    @Column(nullable = false)
    private Instant importedAt;

    private String fileName;

    @Column(length = 64, nullable = false)
    private String contentSha256;

    @OneToMany(mappedBy = "set", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AnnexDRowEntity> rows = new ArrayList<>();

    protected AnnexDSet() {
    }

    AnnexDSet(int version, Instant importedAt, String fileName, String contentSha256,
              List<AnnexDImporter.Row> imported) {
        this.version = version;
        this.importedAt = importedAt;
        this.fileName = fileName;
        this.contentSha256 = contentSha256;
        for (int i = 0; i < imported.size(); i++) {
            rows.add(new AnnexDRowEntity(this, i, imported.get(i)));
        }
    }

    public int version() {
        return version;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String fileName() {
        return fileName;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public List<AnnexDRowEntity> rows() {
        return List.copyOf(rows);
    }
}
