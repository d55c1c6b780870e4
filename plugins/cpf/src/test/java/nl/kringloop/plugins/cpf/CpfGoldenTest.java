package nl.kringloop.plugins.cpf;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kringloop.plugins.cpf.Bills.component;
import static nl.kringloop.plugins.cpf.Bills.disassembly;
import static nl.kringloop.plugins.cpf.Bills.marketAverage;
import static nl.kringloop.plugins.cpf.Bills.recovery;
import static nl.kringloop.plugins.cpf.Bills.recycled;
import static nl.kringloop.plugins.cpf.Bills.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPEC §5 by hand: the figures below were computed on paper, the arithmetic is in the comments. */
class CpfGoldenTest {

    private final KringloopCpf cpf = new KringloopCpf();

    /** The component of docs/methods/cpf.md: a painted steel bracket. */
    static BillOfMaterials bracket() {
        return new BillOfMaterials("", "painted steel bracket", BomSubject.COMPONENT, List.of(
                // steel 500 g × 2; two sources state 60 % and 50 % recycled → worst case 0.5; 100 g waste, 80 % recycled
                component("steel", 500, 2, false, null, recycled(supplier(0.6), supplier(0.5)), 100,
                        recovery(0.8, 0, 0)),
                // paint 50 g × 1, virgin; 10 g waste, landfilled
                component("paint", 50, 1, false, null, SecondaryInput.NONE, 10, Recovery.NONE)),
                List.of(), null);
    }

    @Test
    void componentCpfxOfThePaintedSteelBracket() {
        // m = 1000, 50   w = 100, 10   f = 0.5, 0   q = 0.8, 0
        // V   = (1000 + 100)(1 − 0.5) + (50 + 10)(1 − 0) = 550 + 60 = 610
        // W_p = 100 (1 − 0.8) + 10 (1 − 0)              = 20 + 10  = 30
        // den = Σ(m + w) + Σ w = 1160 + 110             = 1270
        // CPFx = 1 − (610 + 30) / 1270 = 630 / 1270 = 0.496062992… → 49.6062992 %
        CircularityResult r = cpf.calculate(bracket());
        assertEquals("CPFx", r.indicator());
        assertEquals(100.0 * 630 / 1270, r.scorePercent(), 1e-9);
        assertEquals(610, term(r, "V"), 1e-9);
        assertEquals(30, term(r, "W_p"), 1e-9);
        assertFalse(r.indicative());
        assertTrue(r.findings().stream().anyMatch(f -> "components[0].secondaryInput.recycled".equals(f.field())),
                "the worst-case choice among two sources is shown");
    }

    /** The product of docs/methods/cpf.md: a small appliance with a maintenance filter. */
    static BillOfMaterials appliance() {
        return new BillOfMaterials("urn:gtin:08712345678906", "air purifier", BomSubject.PRODUCT, List.of(
                // housing 200 g, supplier CPFx 0.75 (step 2); 20 g waste, all recycled
                component("housing", 200, 1, false, 0.75, SecondaryInput.NONE, 20, recovery(1, 0, 0)),
                // PCB 50 g, 10 % recycled from a market average → indicative
                component("pcb", 50, 1, false, null, recycled(marketAverage(0.1)), 0, Recovery.NONE),
                // filter 10 g × 3 over the life (maintenance phase), 90 % renewable
                component("filter", 10, 3, true, null,
                        new SecondaryInput(List.of(), List.of(), List.of(supplier(0.9))), 0, Recovery.NONE)),
                List.of(disassembly("housing", 195, 1, recovery(0.9, 0, 0)),
                        disassembly("pcb", 50, 1, recovery(0.5, 0.2, 0)),
                        disassembly("filter", 10, 1, recovery(0, 0, 1))),
                null);
    }

    @Test
    void productCpfOfTheApplianceWithAMaintenancePart() {
        // m = 200, 50, 30 (Σ 280)   w = 20, 0, 0 (Σ 20)   f = 0.75, 0.1, 0.9   q = 1
        // V   = 220 × 0.25 + 50 × 0.9 + 30 × 0.1 = 55 + 45 + 3 = 103
        // W_p = 20 × (1 − 1) = 0
        // d = 195, 50, 10 (Σ 255)   e = 0.9, 0.7, 1
        // W_e = 195 × 0.1 + 50 × 0.3 + 10 × 0 = 19.5 + 15 + 0 = 34.5
        // CPFx (step 5) = 1 − 103 / (300 + 20) = 217 / 320 = 67.8125 %
        // CPF = 1 − (103 + 0 + 34.5) / (320 + 255) = 437.5 / 575 = 0.760869565… → 76.0869565 %
        CircularityResult r = cpf.calculate(appliance());
        assertEquals("CPF", r.indicator());
        assertEquals(100.0 * 437.5 / 575, r.scorePercent(), 1e-9);
        assertEquals(67.8125, term(r, "CPFx"), 1e-9);
        assertEquals(103, term(r, "V"), 1e-9);
        assertEquals(34.5, term(r, "W_e"), 1e-9);
        assertTrue(r.indicative(), "the PCB's share is a market average");
        // disassemblies 255 g against components 280 g: 8.9 % apart, above 5 %
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
                && "disassemblies".equals(f.field())));
    }

    @Test
    void allVirginAndLandfilledIsZeroAndFullyCircularIsHundred() {
        BillOfMaterials linear = new BillOfMaterials("", "linear", BomSubject.PRODUCT,
                List.of(component("c", 100, 1, false, null, SecondaryInput.NONE, 10, Recovery.NONE)),
                List.of(disassembly("d", 100, 1, Recovery.NONE)), null);
        assertEquals(0.0, cpf.calculate(linear).scorePercent());
        BillOfMaterials circular = new BillOfMaterials("", "circular", BomSubject.PRODUCT,
                List.of(component("c", 100, 1, false, null, recycled(supplier(1)), 10, recovery(0, 1, 0))),
                List.of(disassembly("d", 100, 1, recovery(0.5, 0.5, 0))), null);
        assertEquals(100.0, cpf.calculate(circular).scorePercent());
        assertEquals(List.<Finding>of(), cpf.calculate(circular).findings());
    }

    @Test
    void aComponentLeavesMaintenancePartsOutWithAWarning() {
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT,
                List.of(component("a", 100, 1, false, null, SecondaryInput.NONE, 0, Recovery.NONE),
                        component("spare", 100, 1, true, null, recycled(supplier(1)), 0, Recovery.NONE)),
                List.of(), null);
        CircularityResult r = cpf.calculate(b);
        assertEquals(0.0, r.scorePercent());
        assertEquals("components[1].maintenancePhase", r.findings().get(0).field());
    }

    @Test
    void aBillWithoutMassIsRefusedByTheMethod() {
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.COMPONENT,
                List.of(component("a", 0, 1, false, null, SecondaryInput.NONE, 0, Recovery.NONE)), List.of(), null);
        assertEquals("components", cpf.validate(b).get(0).field());
    }

    static double term(CircularityResult r, String symbol) {
        return r.terms().stream().filter(t -> t.symbol().equals(symbol) && t.subject() == null)
                .mapToDouble(Term::value).findFirst().orElseThrow();
    }
}
