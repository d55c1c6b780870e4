package nl.kringloop.plugins.weighting;

import nl.kringloop.api.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceFile;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShadowPriceFileTest {

    @Test
    void set1ShipsTheElevenCategoriesOfReferenceSection2WithTheirConfidence() {
        ShadowPriceSet set = new NmdSet1Weighting().shadowPriceSet();
        assertEquals("nmd-set-1", set.id());
        assertEquals(List.of("ADPE", "ADPF", "GWP", "ODP", "POCP", "AP", "EP", "HTP", "FAETP", "MAETP", "TETP"),
                set.prices().stream().map(ShadowPrice::indicator).toList());
        assertEquals(0.05, set.price("GWP").orElseThrow().euroPerUnit());
        assertEquals(30.0, set.price("ODP").orElseThrow().euroPerUnit());
        assertEquals(9.0, set.price("EP").orElseThrow().euroPerUnit());
        assertEquals(0.0001, set.price("MAETP").orElseThrow().euroPerUnit());
        for (String flagged : List.of("FAETP", "MAETP", "TETP")) {
            assertEquals(Confidence.UNCONFIRMED, set.price(flagged).orElseThrow().confidence(), flagged);
        }
        // no price of set 1 was checked against the Bepalingsmethode's own table: none may claim HIGH
        assertFalse(set.prices().stream().anyMatch(p -> p.confidence() == Confidence.HIGH));
        assertEquals(Confidence.MEDIUM, set.price("GWP").orElseThrow().confidence());
        assertTrue(set.source().startsWith("Stichting Nationale Milieudatabase, Bepalingsmethode"));
    }

    @Test
    void set2NamesTheCeDelftWeightingReportNotTheHandbookOf2023() {
        ShadowPriceSet set = new NmdSet2Weighting().shadowPriceSet();
        assertTrue(set.source().contains("Milieuprijzen als weegfactor in de bepalingsmethode milieuprestatie"
                + " bouwwerken"), set.source());
        assertTrue(set.source().contains("table 6"));
        assertTrue(set.source().contains("Handboek Milieuprijzen of 2018"));
        assertFalse(set.source().startsWith("CE Delft (2023), Handboek Milieuprijzen 2023"));
        assertTrue(set.price("PM").orElseThrow().note().contains("not confirmed"));
    }

    @Test
    void noShippedSetCitesTheTeamsNotes() {
        for (ShadowPriceSet set : List.of(new NmdSet1Weighting().shadowPriceSet(),
                new NmdSet2Weighting().shadowPriceSet())) {
            assertFalse(set.source().contains("REFERENCE") || set.source().contains("shared/"), set.source());
        }
    }

    @Test
    void set2KeepsMissingPricesMissingAndGwpPartsUnweighted() {
        ShadowPriceSet set = new NmdSet2Weighting().shadowPriceSet();
        assertEquals(0.116, set.price("GWP-total").orElseThrow().euroPerUnit());
        assertEquals(0.00033, set.price("ADP-fossil").orElseThrow().euroPerUnit());
        for (String missing : List.of("PM", "IRP", "ETP-fw", "HTP-c", "HTP-nc", "SQP")) {
            ShadowPrice p = set.price(missing).orElseThrow();
            assertEquals(Confidence.MISSING, p.confidence(), missing);
            assertNull(p.euroPerUnit(), missing);
            assertFalse(p.weighted(), missing);
        }
        assertFalse(set.price("GWP-fossil").orElseThrow().weighted());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejectedWithItsLineNumber() {
        String text = "# id: x\n# name: x\n# version: 1\n# source: s\nGWP;gw;kg;0.05;HIGH\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ShadowPriceFile.parse("t.csv", new BufferedReader(new StringReader(text))));
        assertEquals("t.csv line 5: expected 6 fields, got 5", e.getMessage());
    }
}
