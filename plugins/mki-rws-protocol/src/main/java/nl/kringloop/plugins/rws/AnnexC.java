package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.mki.ReferenceDataSet;
import nl.kringloop.api.mki.ReferenceDataSet.ReferenceRow;
import nl.kringloop.api.mki.ReferenceDataSet.ReferenceTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Annex C "MKI waarden HVO" of the protocol (version 4.0), shipped as the data file {@code annex-c.tsv}: table 36
 * (TNO 2018 R10658: euro per litre of fuel per machine × class × fuel, Total and A1–A3, A4, B) and table 37
 * (TNO 2016 R10662: euro per tonne of HVO per impact category, A1–A3, A4, B1, Total). Figures are kept exactly
 * as printed and checked on load: where the phases do not add up to Total within the rounding of the printed
 * figures (half a unit of the last printed digit of each figure, summed), the row gets a data-quality warning —
 * as do the truck rows, whose B column repeats A4. The figures are never corrected.
 */
public final class AnnexC {

    static final RuleRef TABLE_36 = RwsProtocol.ref("Annex C table 36");
    static final RuleRef TABLE_37 = RwsProtocol.ref("Annex C table 37");
    static final String RESOURCE = "annex-c.tsv";

    /** One row of table 36, in euro per litre of fuel. */
    public record FuelRow(String id, String machine, String machineClass, String fuel, double totalEuroPerLitre,
                          double a1a3EuroPerLitre, double a4EuroPerLitre, double bEuroPerLitre,
                          List<String> published, Finding finding) {
    }

    private static volatile AnnexC shipped;

    private final ReferenceDataSet data;
    private final Map<String, FuelRow> fuelRows = new LinkedHashMap<>();

    private AnnexC(ReferenceDataSet data) {
        this.data = data;
    }

    /** @return the shipped Annex C, loaded and checked once */
    public static AnnexC shipped() {
        AnnexC a = shipped;
        if (a == null) {
            try (InputStream in = AnnexC.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing data file " + RESOURCE);
                }
                a = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = a;
        }
        return a;
    }

    /** @return the tables and the findings of the load-time check */
    public ReferenceDataSet data() {
        return data;
    }

    /** @return every row of table 36 in publication order */
    public List<FuelRow> fuelRows() {
        return List.copyOf(fuelRows.values());
    }

    /**
     * Finds a row of table 36. Machine: {@code excavator} or {@code truck} (or the Dutch names); class: {@code IIIB},
     * {@code IV}, {@code V}, {@code Euro 5}, {@code Euro 6} (a "Categorie"/"Stage" prefix and spaces are ignored);
     * fuel: diesel, biodiesel, HVO, GTL, any case.
     */
    public Optional<FuelRow> fuelRow(String machine, String machineClass, String fuel) {
        if (machine == null || machineClass == null || fuel == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(fuelRows.get(key(machineKey(machine), classKey(machineClass),
                fuel.trim().toLowerCase(Locale.ROOT))));
    }

    static boolean knownMachine(String machine) {
        return machine != null && !machineKey(machine).isEmpty();
    }

    static AnnexC parse(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        List<ReferenceTable> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String[] head = null;
        List<String> columns = null;
        List<ReferenceRow> rows = null;
        List<FuelRow> fuel = new ArrayList<>();
        String line;
        while (true) {
            line = r.readLine();
            if (line == null || line.startsWith("@")) {
                if (head != null) {
                    tables.add(table(head, columns, rows));
                }
                if (line == null) {
                    break;
                }
                head = line.substring(1).split("\t");
                columns = null;
                rows = new ArrayList<>();
            } else if (line.startsWith("#!")) {
                columns = List.of(line.substring(2).split("\t"));
            } else if (line.startsWith("version\t")) {
                version = line.substring("version\t".length()).trim();
            } else if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                if ("table-36".equals(head[0])) {
                    List<String> published = Arrays.asList(c).subList(3, 7);
                    String id = machineKey(c[0]) + "/" + classLabel(c[1]) + "/" + c[2];
                    rows.add(new ReferenceRow(id, List.of(c[0], c[1], c[2]), published, numbers(published)));
                    // Total = A1-A3 + A4 + B
                    Finding f = check(TABLE_36, id, published.get(0), published.subList(1, 4), "A1-A3 + A4 + B");
                    if (f != null && decimal(published.get(3)).compareTo(decimal(published.get(2))) == 0) {
                        // the truck rows as printed: the use column carries the transport figure once more
                        f = new Finding(f.severity(), f.rule(), f.subject(), f.field(), f.message() + " Column B (use)"
                                + " repeats the A4 figure " + published.get(2) + " of this row, so the use phase of the"
                                + " published table is missing from its phases.");
                    }
                    if (f != null) {
                        findings.add(f);
                    }
                    List<Double> v = numbers(published);
                    fuel.add(new FuelRow(id, machineKey(c[0]), classLabel(c[1]), c[2], v.get(0), v.get(1), v.get(2),
                            v.get(3), published, f));
                } else {
                    List<String> published = Arrays.asList(c).subList(1, 5);
                    String id = c[0];
                    rows.add(new ReferenceRow(id, List.of(c[0]), published, numbers(published)));
                    // A1-A3 + A4 + B1 = Total
                    Finding f = check(TABLE_37, id, published.get(3), published.subList(0, 3), "A1-A3 + A4 + B1");
                    if (f != null) {
                        findings.add(f);
                    }
                }
            }
        }
        findings.addAll(columnTotals(tables));
        if (version == null) {
            throw new IllegalStateException(RESOURCE + ": no version line");
        }
        AnnexC a = new AnnexC(new ReferenceDataSet("annex-c", "RWS-MKI 4.0 Annex C: MKI values HVO (Bijlage C"
                + " \"MKI waarden HVO\")", version, tables, findings));
        for (FuelRow f : fuel) {
            a.fuelRows.put(key(f.machine(), classKey(f.machineClass()), f.fuel().toLowerCase(Locale.ROOT)), f);
        }
        return a;
    }

    /** Table 37's last row "MKI totaal" must be the sum of the category rows, per column. */
    private static List<Finding> columnTotals(List<ReferenceTable> tables) {
        List<Finding> out = new ArrayList<>();
        for (ReferenceTable t : tables) {
            if (!t.id().equals("table-37") || t.rows().isEmpty()) {
                continue;
            }
            ReferenceRow total = t.rows().get(t.rows().size() - 1);
            for (int col = 0; col < t.valueColumns().size(); col++) {
                List<String> parts = new ArrayList<>();
                for (ReferenceRow row : t.rows().subList(0, t.rows().size() - 1)) {
                    parts.add(row.published().get(col));
                }
                Finding f = check(TABLE_37, total.id() + " / " + t.valueColumns().get(col), total.published().get(col),
                        parts, "the sum of the categories");
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * @return a data-quality warning when the parts do not add up to the total within the rounding of the printed
     *         figures (Σ half a unit of each figure's last printed digit); null when they do
     */
    static Finding check(RuleRef table, String rowId, String totalText, List<String> partTexts, String what) {
        BigDecimal total = decimal(totalText);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = halfUnit(total);
        for (String p : partTexts) {
            BigDecimal d = decimal(p);
            sum = sum.add(d);
            tolerance = tolerance.add(halfUnit(d));
        }
        BigDecimal gap = sum.subtract(total).abs();
        if (gap.compareTo(tolerance) <= 0) {
            return null;
        }
        return Finding.warning(table, table.section() + " row " + rowId, null, "Data quality: in "
                + table.section() + ", row " + rowId + ", " + what + " = " + sum.stripTrailingZeros().toPlainString()
                + " does not add up to the published Total " + totalText + " (difference "
                + gap.stripTrailingZeros().toPlainString() + ", more than the rounding tolerance "
                + tolerance.stripTrailingZeros().toPlainString() + "). The figures are used as published: the line"
                + " uses the Total; the phases are shown, not summed.");
    }

    /** Half a unit of the last printed digit: the largest rounding error of a printed figure. */
    private static BigDecimal halfUnit(BigDecimal d) {
        return BigDecimal.ONE.movePointLeft(d.scale()).divide(BigDecimal.valueOf(2));
    }

    /** A printed figure, decimal comma or point, with or without an exponent ("40,1", "3.19E-01"). */
    static BigDecimal decimal(String printed) {
        return new BigDecimal(printed.trim().replace(',', '.'));
    }

    private static List<Double> numbers(List<String> printed) {
        return printed.stream().map(p -> decimal(p).doubleValue()).toList();
    }

    private static ReferenceTable table(String[] head, List<String> columns, List<ReferenceRow> rows) {
        boolean fuel = head[0].equals("table-36");
        List<String> keys = fuel ? columns.subList(0, 3) : columns.subList(0, 1);
        List<String> values = fuel ? columns.subList(3, columns.size()) : columns.subList(1, columns.size());
        return new ReferenceTable(head[0], head[3], head[1], head[2], keys, values, rows);
    }

    private static String key(String machine, String machineClass, String fuel) {
        return machine + "|" + machineClass + "|" + fuel;
    }

    private static String machineKey(String machine) {
        return switch (machine.trim().toLowerCase(Locale.ROOT)) {
            case "excavator", "excavators", "graafmachine", "graafmachines" -> "excavator";
            case "truck", "trucks", "vrachtwagen", "vrachtwagens" -> "truck";
            default -> "";
        };
    }

    /** "Categorie IIIB" → "IIIB"; "Euro 5" stays. */
    private static String classLabel(String published) {
        return published.replaceFirst("(?i)^(categorie|stage)\\s+", "").trim();
    }

    private static String classKey(String machineClass) {
        return classLabel(machineClass).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
