package nl.kringloop.api.mki;

import nl.kringloop.api.Finding;

import java.util.List;
import java.util.Objects;

/**
 * A versioned set of published reference tables, with the data-quality findings of checking them on load
 * (e.g. phases that do not add up to the published total). Figures are kept as published; findings never
 * "fix" them.
 *
 * @param id       stable id, e.g. {@code "annex-c"}
 * @param title    human title, e.g. "RWS-MKI 4.0 Annex C: MKI values HVO"
 * @param version  version of the data file
 * @param tables   the tables in publication order
 * @param findings data-quality findings, each naming its table and row in {@link Finding#subject()}
 */
public record ReferenceDataSet(String id, String title, String version, List<ReferenceTable> tables,
                               List<Finding> findings) {

    public ReferenceDataSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /**
     * One published table.
     *
     * @param id           e.g. {@code "table-36"}
     * @param title        the caption as published (translated where marked)
     * @param source       the publication the figures come from, e.g. "TNO 2018 R10658"
     * @param unit         unit of the figures, e.g. "euro per litre of fuel"
     * @param keyColumns   names of the columns that identify a row, e.g. machine, class, fuel
     * @param valueColumns names of the figure columns, e.g. Total, A1-A3, A4, B
     * @param rows         the rows in publication order
     */
    public record ReferenceTable(String id, String title, String source, String unit, List<String> keyColumns,
                                 List<String> valueColumns, List<ReferenceRow> rows) {

        public ReferenceTable {
            Objects.requireNonNull(id, "id");
            keyColumns = List.copyOf(keyColumns);
            valueColumns = List.copyOf(valueColumns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row.
     *
     * @param id        a stable row id, e.g. {@code "truck/Euro 5/diesel"}
     * @param key       the key cells, one per key column
     * @param published the figures exactly as printed (e.g. {@code "3.19E-01"}, {@code "40,1"})
     * @param values    the same figures as numbers
     */
    public record ReferenceRow(String id, List<String> key, List<String> published, List<Double> values) {

        public ReferenceRow {
            Objects.requireNonNull(id, "id");
            key = List.copyOf(key);
            published = List.copyOf(published);
            values = List.copyOf(values);
        }
    }
}
