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

/** The Kringloop CPF method (docs/methods/cpf.md) by hand: the figures below were computed on paper, the arithmetic is in the comments. */
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
        // m = 200, 50, 30 (M = Σ m_i = 280)   w = 20, 0, 0 (Σ 20)   f = 0.75, 0.1, 0.9   q = 1
        // V   = 220 × 0.25 + 50 × 0.9 + 30 × 0.1 = 55 + 45 + 3 = 103
        // W_p = 20 × (1 − 1) = 0
        // d = 195, 50, 10 (D = 255)   e = 0.9, 0.7, 1
        // method 1.1: D* = max(255, 280) = 280; undeclared D* − D = 25 g (the two filters replaced during use)
        // W_e = 195 × 0.1 + 50 × 0.3 + 10 × 0 + 25 = 19.5 + 15 + 0 + 25 = 59.5
        //     (= M − Σ d_j e_j = 280 − (175.5 + 35 + 10) = 280 − 220.5 = 59.5)
        // CPFx (step 5) = 1 − 103 / (300 + 20) = 217 / 320 = 67.8125 %
        // CPF = 1 − (103 + 0 + 59.5) / (320 + 280) = 437.5 / 600 = 0.7291666… → 72.9166667 %
        //     (method 1.0 gave 437.5 / 575 = 76.09 %: the 25 g left out vanished)
        CircularityResult r = cpf.calculate(appliance());
        assertEquals("CPF", r.indicator());
        assertEquals("Kringloop CPF 1.1", r.method());
        assertEquals(100.0 * 437.5 / 600, r.scorePercent(), 1e-9);
        assertEquals(67.8125, term(r, "CPFx"), 1e-9);
        assertEquals(103, term(r, "V"), 1e-9);
        assertEquals(59.5, term(r, "W_e"), 1e-9);
        assertEquals(25, term(r, "D* − D"), 1e-9);
        assertEquals(280, term(r, "M"), 1e-9);
        assertTrue(r.indicative(), "the PCB's share is a market average");
        assertTrue(r.proven(), "every share names its source");
        // disassemblies 255 g against components 280 g: 8.9 % apart, above 5 %
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
                && "disassemblies".equals(f.field()) && f.message().contains("mismatch")));
        // the undeclared 25 g, with the hint that replaced maintenance parts reach end of life too
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
                && f.message().contains("25 g") && f.message().contains("Maintenance parts")));
        // the supplier's CPFx used as a mass share is stated as an assumption in its term
        assertTrue(r.terms().stream().anyMatch(t -> t.symbol().equals("f_i") && "housing".equals(t.subject())
                && t.name().contains("assumption")));
    }

    @Test
    void maintenancePartsReplacedDuringUseDeclaredAsDisassembliesCloseTheBalance() {
        // the appliance with the two filters replaced during use declared as a disassembly, composted (EN 13432)
        // d = 195, 50, 10, 10 × 2 = 20 (D = 275)   e = 0.9, 0.7, 1, 1
        // D* = max(275, 280) = 280; undeclared = 5 g
        // W_e = 19.5 + 15 + 0 + 0 + 5 = 39.5   (= 280 − (175.5 + 35 + 10 + 20) = 280 − 240.5 = 39.5)
        // CPF = 1 − (103 + 0 + 39.5) / (320 + 280) = 457.5 / 600 = 76.25 %
        BillOfMaterials a = appliance();
        List<nl.kringloop.api.circularity.Disassembly> ds = new java.util.ArrayList<>(a.disassemblies());
        ds.add(disassembly("filters-replaced", 10, 2, recovery(0, 0, 1)));
        BillOfMaterials b = new BillOfMaterials(a.productId(), a.name(), a.subject(), a.components(), ds, null);
        CircularityResult r = cpf.calculate(b);
        assertEquals(76.25, r.scorePercent(), 1e-9);
        assertEquals(39.5, term(r, "W_e"), 1e-9);
        assertEquals(5, term(r, "D* − D"), 1e-9);
        // 275 against 280 g is 1.8 % apart: no mismatch warning any more
        assertFalse(r.findings().stream().anyMatch(f -> f.message().contains("mismatch")));
    }

    @Test
    void leavingOutEndOfLifeMassNeverRaisesTheScore() {
        // one component of 1000 g, 100 % recycled input, no production waste: V = 0, W_p = 0, M = 1000
        // no disassemblies: D = 0, D* = 1000, W_e = 0 + (1000 − 0) = 1000
        //   CPF = 1 − (0 + 0 + 1000) / (1000 + 0 + 1000) = 1 − 1000 / 2000 = 50 %   (method 1.0 gave 100 %)
        // all 1000 g declared landfilled: D = 1000, W_e = 1000 × (1 − 0) + 0 = 1000 → 50 %
        List<nl.kringloop.api.circularity.Component> one = List.of(
                component("c", 1000, 1, false, null, recycled(supplier(1)), 0, Recovery.NONE));
        CircularityResult undeclared = cpf.calculate(new BillOfMaterials("", "undeclared", BomSubject.PRODUCT, one,
                List.of(), null));
        CircularityResult landfilled = cpf.calculate(new BillOfMaterials("", "landfilled", BomSubject.PRODUCT, one,
                List.of(disassembly("c", 1000, 1, Recovery.NONE)), null));
        assertEquals(50.0, undeclared.scorePercent(), 1e-12);
        assertEquals(50.0, landfilled.scorePercent(), 1e-12);
        assertEquals(1000, term(undeclared, "W_e"), 1e-12);
        assertEquals(1000, term(undeclared, "D* − D"), 1e-12);
    }

    @Test
    void inflatedRecoveredDisassembliesAreCreditedOnlyUpToTheInputMass() {
        // 1000 g all virgin: V = 1000. Declared: 10 000 g recycled. Credited: min(10 000, M = 1000) = 1000 → W_e = 0
        // CPF = 1 − (1000 + 0 + 0) / (1000 + 0 + 1000) = 50 %   (the uncapped 1.0/issue form: 1 − 1000 / 11 000 = 90.9 %)
        BillOfMaterials b = new BillOfMaterials("", "inflated", BomSubject.PRODUCT,
                List.of(component("c", 1000, 1, false, null, SecondaryInput.NONE, 0, Recovery.NONE)),
                List.of(disassembly("d", 10_000, 1, recovery(1, 0, 0))), null);
        CircularityResult r = cpf.calculate(b);
        assertEquals(50.0, r.scorePercent(), 1e-12);
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("only 1000 g is credited")));
    }

    @Test
    void aShareWithoutSourceOrProofMarksTheResultUnproven() {
        // the bracket's steel with a third recycled statement of 0.7 naming nobody: the worst case stays 0.5,
        // so the CPFx is unchanged (49.61 %), but the claim cannot be checked: warning, proven = false
        BillOfMaterials b = new BillOfMaterials("", "unproven", BomSubject.COMPONENT, List.of(
                component("steel", 500, 2, false, null, recycled(supplier(0.6), supplier(0.5),
                        new nl.kringloop.api.circularity.SourcedShare(0.7, "", List.of(), false)), 100,
                        recovery(0.8, 0, 0)),
                component("paint", 50, 1, false, null, SecondaryInput.NONE, 10, Recovery.NONE)), List.of(), null);
        CircularityResult r = cpf.calculate(b);
        assertEquals(100.0 * 630 / 1270, r.scorePercent(), 1e-9);
        assertFalse(r.proven());
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING
                && "components[0].secondaryInput.recycled[2]".equals(f.field())));
        assertTrue(cpf.calculate(bracket()).proven(), "the bracket's shares name their sources");
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
    void aProductWithNoInputMassIsRefusedNamingComponents() {
        // 0 g of components with a 100 g disassembly: M = 0, nothing goes in to judge the end of life against
        BillOfMaterials b = new BillOfMaterials("", "x", BomSubject.PRODUCT,
                List.of(component("a", 0, 1, false, null, SecondaryInput.NONE, 0, Recovery.NONE)),
                List.of(disassembly("d", 100, 1, Recovery.NONE)), null);
        List<Finding> refused = cpf.validate(b);
        assertEquals(1, refused.size());
        assertEquals("components", refused.get(0).field());
        assertEquals(Severity.ERROR, refused.get(0).severity());
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
