package nl.kringloop.mki;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.kringloop.api.LcaModule;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of an {@link AnnexDSet}: one vessel type × energy carrier with its characterised values per unit. The
 * indicator values are stored as one JSON object: the spreadsheet decides which indicators there are.
 */
@Entity
@Table(name = "MKI_ANNEX_D_ROW")
public class AnnexDRowEntity {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SET_ID")
    private AnnexDSet set;

    private int position;

    @Column(nullable = false)
    private String rowId;

    private String vessel;

    private String energyCarrier;

    private String unit;

    private String module;

    @Lob
    private String indicatorsJson;

    protected AnnexDRowEntity() {
    }

    AnnexDRowEntity(AnnexDSet set, int position, AnnexDImporter.Row row) {
        this.set = set;
        this.position = position;
        this.rowId = row.id();
        this.vessel = row.vessel();
        this.energyCarrier = row.energyCarrier();
        this.unit = row.unit();
        this.module = row.module().code();
        JsonObjectBuilder b = Json.createObjectBuilder();
        row.indicatorsPerUnit().forEach(b::add);
        this.indicatorsJson = b.build().toString();
    }

    /** @return the row as imported */
    public AnnexDImporter.Row row() {
        Map<String, Double> values = new LinkedHashMap<>();
        try (var r = Json.createReader(new StringReader(indicatorsJson))) {
            JsonObject o = r.readObject();
            o.forEach((k, v) -> values.put(k, ((JsonNumber) v).doubleValue()));
        }
        return new AnnexDImporter.Row(rowId, vessel, energyCarrier, unit, LcaModule.ofCode(module).orElseThrow(),
                values);
    }
}
