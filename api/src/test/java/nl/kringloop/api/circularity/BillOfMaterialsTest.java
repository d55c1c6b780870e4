package nl.kringloop.api.circularity;

import nl.kringloop.api.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BillOfMaterialsTest {

    static Component component(String id, double unitMassGram, SecondaryInput in, Double cpfx) {
        return new Component(id, id, "", "pcs", unitMassGram, 1, false, cpfx, in, ProductionWaste.NONE, List.of(),
                null);
    }

    static SourcedShare share(double s) {
        return new SourcedShare(s, "supplier", List.of("proof.pdf"), false);
    }

    static List<String> fields(BillOfMaterials b) {
        return b.inputErrors().stream().map(Finding::field).toList();
    }

    @Test
    void aSoundBillHasNoInputErrors() {
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT,
                List.of(component("c1", 100, new SecondaryInput(List.of(share(0.5)), List.of(share(0.5)), List.of()),
                        null)), List.of(), null);
        assertEquals(List.of(), b.inputErrors());
    }

    @Test
    void step3WorstCaseTakesTheLowestOfSeveralSources() {
        SecondaryInput in = new SecondaryInput(List.of(share(0.6), share(0.4), share(0.5)), List.of(), List.of());
        assertEquals(0.4, SecondaryInput.worstCaseShare(in.recycled()));
    }

    @Test
    void sharesSummingAboveOneAreRefusedNamingTheSecondaryInput() {
        SecondaryInput in = new SecondaryInput(List.of(share(0.7)), List.of(share(0.4)), List.of());
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT, List.of(component("c1", 1, in, null)),
                List.of(), null);
        assertEquals(List.of("components[0].secondaryInput"), fields(b));
    }

    @Test
    void aShareAboveOneIsRefusedNamingItsPath() {
        SecondaryInput in = new SecondaryInput(List.of(), List.of(), List.of(share(0.2), share(1.5)));
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT, List.of(component("c1", 1, in, null)),
                List.of(), null);
        assertEquals(List.of("components[0].secondaryInput.renewable[1].share"), fields(b));
    }

    @Test
    void step2SupplierCpfxLocksTheSecondaryShares() {
        SecondaryInput in = new SecondaryInput(List.of(share(0.3)), List.of(), List.of());
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT, List.of(component("c1", 1, in, 0.5)),
                List.of(), null);
        assertEquals(List.of("components[0].secondaryInput"), fields(b));
    }

    @Test
    void negativeMassesAreRefused() {
        Disassembly d = new Disassembly("d1", "", -3, 1, Recovery.NONE, null);
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.PRODUCT,
                List.of(component("c1", -1, SecondaryInput.NONE, null)), List.of(d), null);
        assertEquals(List.of("components[0].unitMassGram", "disassemblies[0].unitMassGram"), fields(b));
    }

    @Test
    void compostingWithoutAStandardIsRefused() {
        Disassembly d = new Disassembly("d1", "", 3, 1, new Recovery(0, 0, 1, " ", List.of()), null);
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.PRODUCT,
                List.of(component("c1", 3, SecondaryInput.NONE, null)), List.of(d), null);
        assertEquals(List.of("disassemblies[0].endOfLife.compostabilityStandard"), fields(b));
    }

    @Test
    void aCompostabilityStandardMustBeTheIdentifierOfAStandard() {
        // CPF guide, definitions: compostable means proven by an ASTM, ISO, CEN or DIN standard
        for (String named : List.of("ASTM D6400", "ASTM D6400-04", "ASTM D6868", "EN 13432", "DIN EN 13432",
                "ISO 17088", "ISO 17088:2021", "EN ISO 14855-1", "CEN/TS 16295", "en 13432")) {
            Disassembly d = new Disassembly("d1", "", 3, 1, new Recovery(0, 0, 1, named, List.of()), null);
            BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.PRODUCT,
                    List.of(component("c1", 3, SecondaryInput.NONE, null)), List.of(d), null);
            assertEquals(List.of(), fields(b), named);
        }
        for (String claim : List.of("trust me", "certified compostable", "EN", "ASTM", "13432", "ISO 17088 trust me")) {
            Disassembly d = new Disassembly("d1", "", 3, 1, new Recovery(0, 0, 1, claim, List.of()), null);
            BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.PRODUCT,
                    List.of(component("c1", 3, SecondaryInput.NONE, null)), List.of(d), null);
            assertEquals(List.of("disassemblies[0].endOfLife.compostabilityStandard"), fields(b), claim);
        }
    }

    @Test
    void duplicateIdsAndAnEmptyBillAreRefused() {
        assertEquals(List.of("components"),
                fields(new BillOfMaterials("", "x", BomSubject.PRODUCT, List.of(), List.of(), null)));
        Component c = component("c1", 1, SecondaryInput.NONE, null);
        assertTrue(fields(new BillOfMaterials("", "x", BomSubject.PRODUCT, List.of(c, c), List.of(), null))
                .contains("components[1].id"));
        // a disassembly may repeat the id of the component it comes from
        assertEquals(List.of(), fields(new BillOfMaterials("", "x", BomSubject.PRODUCT, List.of(c),
                List.of(new Disassembly("c1", "", 1, 1, Recovery.NONE, null)), null)));
    }
}
