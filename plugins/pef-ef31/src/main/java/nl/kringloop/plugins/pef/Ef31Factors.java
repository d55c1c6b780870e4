package nl.kringloop.plugins.pef;

import nl.kringloop.api.DataFile;
import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.Confidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The EF 3.1 data file shipped in this plugin ({@link DataFile} layout; headers id, name, version, source,
 * confidence), one row per impact category.
 *
 * @param file       the provenance
 * @param categories indicator code → its factors, in publication order
 */
record Ef31Factors(FactorFile file, Map<String, Category> categories) {

    static final String RESOURCE = "ef-3.1-normalisation-weighting.csv";

    /**
     * One EF 3.1 impact category.
     *
     * @param normalisationPerPersonYear NF: the impact of one average person in one year, in {@code unit}
     * @param weightPercent              WF in percent; the sixteen sum to 100
     * @param alternativeNormalisation   a disputed value another source gives, or {@code null}
     */
    record Category(String indicator, String name, String unit, double normalisationPerPersonYear,
                    double weightPercent, Confidence confidence, Double alternativeNormalisation, String note) {
    }

    static Ef31Factors load() {
        DataFile file = DataFile.read(Ef31Factors.class, RESOURCE, 8, "name", "confidence");
        Map<String, Category> rows = new LinkedHashMap<>();
        for (DataFile.Row r : file.rows()) {
            Category c = new Category(r.text(0), r.text(1), r.text(2), r.number(3), r.number(4),
                    Confidence.valueOf(r.text(5)), r.number(6), r.text(7));
            if (rows.put(c.indicator(), c) != null) {
                throw file.error(r, c.indicator() + " twice");
            }
        }
        return new Ef31Factors(new FactorFile(file.header("id"), file.header("name"), file.header("version"),
                file.header("source"), file.header("confidence")), Collections.unmodifiableMap(rows));
    }
}
