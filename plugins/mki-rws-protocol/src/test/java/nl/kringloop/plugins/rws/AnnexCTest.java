package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.api.mki.ReferenceDataSet;
import nl.kringloop.api.mki.ReferenceDataSet.ReferenceRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped Annex C against the protocol text, figure by figure: a changed figure or an unreported truck-row
 * inconsistency fails here.
 */
class AnnexCTest {

    /** Table 36 as printed in RWS-MKI 4.0 Bijlage C: machine, class, fuel, Total, A1-A3, A4, B. */
    static final String TABLE_36 = """
            graafmachines|Categorie IIIB|diesel|3.19E-01|8.35E-02|1.74E-03|2.33E-01
            graafmachines|Categorie IIIB|biodiesel|2.81E-01|1.83E-01|1.86E-03|9.56E-02
            graafmachines|Categorie IIIB|HVO|2.32E-01|1.33E-01|1.64E-03|9.65E-02
            graafmachines|Categorie IIIB|GTL|3.01E-01|6.27E-02|1.60E-02|2.22E-01
            graafmachines|Categorie IV|diesel|2.99E-01|8.35E-02|1.74E-03|2.14E-01
            graafmachines|Categorie IV|biodiesel|2.60E-01|1.83E-01|1.86E-03|7.52E-02
            graafmachines|Categorie IV|HVO|2.13E-01|1.33E-01|1.64E-03|7.83E-02
            graafmachines|Categorie IV|GTL|2.83E-01|6.27E-02|1.60E-02|2.04E-01
            graafmachines|Categorie V|diesel|2.99E-01|8.35E-02|1.74E-03|2.13E-01
            graafmachines|Categorie V|biodiesel|2.60E-01|1.83E-01|1.86E-03|7.52E-02
            graafmachines|Categorie V|HVO|2.13E-01|1.33E-01|1.64E-03|7.83E-02
            graafmachines|Categorie V|GTL|2.83E-01|6.27E-02|1.60E-02|2.04E-01
            vrachtwagens|Euro 5|diesel|4.15E-01|8.35E-02|1.74E-03|1.74E-03
            vrachtwagens|Euro 5|biodiesel|3.72E-01|1.83E-01|1.86E-03|1.86E-03
            vrachtwagens|Euro 5|HVO|3.20E-01|1.33E-01|1.64E-03|1.64E-03
            vrachtwagens|Euro 5|GTL|3.86E-01|6.27E-02|1.60E-02|1.60E-02
            vrachtwagens|Euro 6|diesel|3.90E-01|8.35E-02|1.74E-03|1.74E-03
            vrachtwagens|Euro 6|biodiesel|3.44E-01|1.83E-01|1.86E-03|1.86E-03
            vrachtwagens|Euro 6|HVO|3.01E-01|1.33E-01|1.64E-03|1.64E-03
            vrachtwagens|Euro 6|GTL|3.67E-01|6.27E-02|1.60E-02|1.60E-02""";

    /** Table 37 as printed: category, A1-A3, A4, B1, Total (decimal comma). */
    static final String TABLE_37 = """
            ADP- elementen|0,0|0,0|0,0|0,0
            ADP- brandstof|0,8|0,0|0,1|0,9
            GWP-100j|40,1|1,9|6,9|49,0
            ODP|0,0|0,0|0,0|0,0
            POCP|0,8|0,1|3,0|3,8
            AP|26,8|0,8|104,4|132,1
            EP|17,2|0,4|60,5|78,0
            HTP|45,8|1,0|19,2|66,0
            FAETP|8,4|0,0|0,7|9,0
            MAETP|27,4|0,2|0,5|28,1
            TETP|7,5|0,0|0,4|7,9
            MKI totaal|174,7|4,5|195,7|374,9""";

    private static List<String> printed(ReferenceDataSet.ReferenceTable t) {
        return t.rows().stream().map(r -> String.join("|", r.key()) + "|" + String.join("|", r.published())).toList();
    }

    @Test
    void table36IsShippedExactlyAsPublished_annexCTable36() {
        ReferenceDataSet d = AnnexC.shipped().data();
        var t = d.tables().get(0);
        assertEquals("table-36", t.id());
        assertEquals(List.of(TABLE_36.split("\n")), printed(t));
        assertEquals(List.of("Total", "A1-A3", "A4", "B"), t.valueColumns());
        assertTrue(t.source().startsWith("TNO 2018 R10658"), t.source());
        // numbers are the printed figures: 3.19E-01 is 0.319
        ReferenceRow first = t.rows().get(0);
        assertEquals(List.of(0.319, 0.0835, 0.00174, 0.233), first.values());
    }

    @Test
    void table37IsShippedExactlyAsPublished_annexCTable37() {
        var t = AnnexC.shipped().data().tables().get(1);
        assertEquals("table-37", t.id());
        assertEquals(List.of(TABLE_37.split("\n")), printed(t));
        assertTrue(t.source().startsWith("TNO 2016 R10662"), t.source());
        assertEquals(374.9, t.rows().get(11).values().get(3));
    }

    @Test
    void everyTruckRowAndOnlyTheTruckRowsAreReportedAsInconsistent_annexCTable36() {
        // trucks: A1-A3 + A4 + B, e.g. diesel Euro 5: 0.0835 + 0.00174 + 0.00174 = 0.08698 ≠ 0.415 (B repeats A4).
        // excavators add up within rounding, e.g. diesel IIIB: 0.0835 + 0.00174 + 0.233 = 0.31824; |0.319 − 0.31824|
        // = 0.00076 ≤ 0.0005 + 0.00005 + 0.000005 + 0.0005 = 0.001055 (half a unit of each printed last digit).
        // Table 37 rows and column totals add up within rounding too (GWP 40.1 + 1.9 + 6.9 = 48.9 vs 49.0 ≤ 0.2).
        List<Finding> f = AnnexC.shipped().data().findings();
        List<String> subjects = f.stream().map(Finding::subject).toList();
        assertEquals(List.of("truck/Euro 5/diesel", "truck/Euro 5/biodiesel", "truck/Euro 5/HVO", "truck/Euro 5/GTL",
                        "truck/Euro 6/diesel", "truck/Euro 6/biodiesel", "truck/Euro 6/HVO", "truck/Euro 6/GTL")
                .stream().map(r -> "Annex C table 36 row " + r).toList(), subjects);
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
        assertTrue(f.get(0).message().contains("0.08698") && f.get(0).message().contains("4.15E-01"),
                f.get(0).message());
        // every truck finding says why: column B repeats A4 (diesel Euro 5: B = A4 = 0.00174 as printed)
        assertTrue(f.stream().allMatch(x -> x.message().contains("Column B (use) repeats the A4 figure")),
                f.get(0).message());
    }

    @Test
    void aChangedFigureThatNoLongerAddsUpIsReported_annexCTable37() throws Exception {
        String text = "version\tt\n@table-37\tsrc\tunit\tcaption\n#!category\tA1-A3\tA4\tB1\tTotal\n"
                + "GWP-100j\t40,1\t1,9\t6,9\t49,5\n";
        var a = AnnexC.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        // 40.1 + 1.9 + 6.9 = 48.9; |49.5 − 48.9| = 0.6 > 4 × 0.05 = 0.2
        assertTrue(a.data().findings().stream().anyMatch(x -> "Annex C table 37 row GWP-100j".equals(x.subject())),
                a.data().findings().toString());
    }

    @Test
    void lookupAcceptsEnglishAndDutchNames_annexCTable36() {
        AnnexC a = AnnexC.shipped();
        assertEquals(0.232, a.fuelRow("graafmachines", "Categorie IIIB", "hvo").orElseThrow().totalEuroPerLitre());
        assertEquals(0.320, a.fuelRow("truck", "euro5", "HVO").orElseThrow().totalEuroPerLitre());
        assertTrue(a.fuelRow("excavator", "Euro 5", "HVO").isEmpty());
    }
}
