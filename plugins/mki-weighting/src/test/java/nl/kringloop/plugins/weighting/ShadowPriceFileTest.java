package nl.kringloop.plugins.weighting;

import nl.kringloop.api.mki.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
