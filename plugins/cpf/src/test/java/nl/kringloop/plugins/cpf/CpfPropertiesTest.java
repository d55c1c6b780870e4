package nl.kringloop.plugins.cpf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.ProductionWaste;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;

import java.util.ArrayList;
import java.util.List;

import static nl.kringloop.plugins.cpf.Bills.supplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The laws docs/methods/cpf.md promises: 0 ≤ CPF ≤ 100 %, more recovery never lowers the CPF, and leaving out
 * or lightening a disassembly never raises it (method 1.1, mass balance).
 */
class CpfPropertiesTest {

    private final KringloopCpf cpf = new KringloopCpf();

    /** Three shares that sum to at most 1. */
    private static Arbitrary<double[]> shares() {
        return Arbitraries.doubles().between(0, 1).ofScale(4).array(double[].class).ofSize(3).map(s -> {
            double sum = s[0] + s[1] + s[2];
            return sum <= 1 ? s : new double[] {s[0] / sum, s[1] / sum, s[2] / sum};
        });
    }

    private static Arbitrary<Component> components() {
        return Combinators.combine(Arbitraries.doubles().between(0.01, 5000).ofScale(3), Arbitraries.integers().between(1, 4),
                Arbitraries.of(true, false), shares(), Arbitraries.doubles().between(0, 500), shares(),
                Arbitraries.doubles().between(0, 1).injectNull(0.2))
                .as((mass, units, maintenance, in, waste, rec, cpfx) -> new Component("c", "c", "", "pcs", mass, units,
                        maintenance, cpfx,
                        cpfx != null ? SecondaryInput.NONE : new SecondaryInput(List.of(supplier(in[0])),
                                List.of(supplier(in[1])), List.of(supplier(in[2]))),
                        new ProductionWaste(waste, new Recovery(rec[0], rec[1], rec[2], "EN 13432", List.of())),
                        List.of(), null));
    }

    private static Arbitrary<Disassembly> disassemblies() {
        return Combinators.combine(Arbitraries.doubles().between(0, 5000), Arbitraries.integers().between(1, 3),
                shares()).as((mass, count, eol) -> new Disassembly("d", "d", mass, count,
                new Recovery(eol[0], eol[1], eol[2], "EN 13432", List.of()), null));
    }

    @Provide
    Arbitrary<BillOfMaterials> bills() {
        return Combinators.combine(Arbitraries.of(BomSubject.values()), components().list().ofMinSize(1).ofMaxSize(6),
                disassemblies().list().ofMaxSize(6)).as((subject, cs, ds) -> {
            List<Component> named = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                Component c = cs.get(i);
                named.add(new Component("c" + i, c.name(), c.supplier(), c.unit(), c.unitMassGram(),
                        c.unitsPerProduct(), c.maintenancePhase(), c.supplierCpfxShare(), c.secondaryInput(),
                        c.productionWaste(), c.supplierCpfxProofDocuments(), null));
            }
            List<Disassembly> namedD = new ArrayList<>();
            for (int j = 0; j < ds.size(); j++) {
                Disassembly d = ds.get(j);
                namedD.add(new Disassembly("d" + j, d.name(), d.unitMassGram(), d.count(), d.endOfLife(), null));
            }
            // a component bill with only maintenance parts has no mass to judge: make the first one regular
            if (subject == BomSubject.COMPONENT) {
                Component c = named.get(0);
                named.set(0, new Component(c.id(), c.name(), c.supplier(), c.unit(), c.unitMassGram(),
                        c.unitsPerProduct(), false, c.supplierCpfxShare(), c.secondaryInput(), c.productionWaste(),
                        c.supplierCpfxProofDocuments(), null));
            }
            return new BillOfMaterials("", "generated", subject, named, namedD, null);
        });
    }

    @Property
    void cpfLiesBetweenZeroAndHundredPercent(@ForAll("bills") BillOfMaterials bill) {
        assertEquals(List.of(), bill.inputErrors());
        double cpfPercent = cpf.calculate(bill).scorePercent();
        assertTrue(cpfPercent >= 0 && cpfPercent <= 100, "CPF " + cpfPercent);
    }

    @Property
    void moreRecoveredProductionWasteNeverLowersTheCpf(@ForAll("bills") BillOfMaterials bill,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double step) {
        double before = cpf.calculate(bill).scorePercent();
        Component c = bill.components().get(0);
        Recovery r = c.productionWaste().recovery();
        // raise the recycled share by part of the room left under 1
        double room = 1 - r.recoveredShare();
        Recovery more = new Recovery(r.recycledShare() + step * Math.max(0, room), r.reusedShare(),
                r.compostedShare(), r.compostabilityStandard(), r.proofDocuments());
        List<Component> cs = new ArrayList<>(bill.components());
        cs.set(0, new Component(c.id(), c.name(), c.supplier(), c.unit(), c.unitMassGram(), c.unitsPerProduct(),
                c.maintenancePhase(), c.supplierCpfxShare(), c.secondaryInput(),
                new ProductionWaste(c.productionWaste().massGram(), more), c.supplierCpfxProofDocuments(), null));
        BillOfMaterials after = new BillOfMaterials("", "more", bill.subject(), cs, bill.disassemblies(), null);
        assertTrue(cpf.calculate(after).scorePercent() >= before - 1e-9);
    }

    @Property
    void moreRecoveredEndOfLifeNeverLowersTheCpf(@ForAll("bills") BillOfMaterials bill,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double step,
                                                 @ForAll("which") int which) {
        if (bill.disassemblies().isEmpty()) {
            return;
        }
        double before = cpf.calculate(bill).scorePercent();
        Disassembly d = bill.disassemblies().get(0);
        Recovery r = d.endOfLife();
        double add = step * Math.max(0, 1 - r.recoveredShare());
        Recovery more = new Recovery(r.recycledShare() + (which == 0 ? add : 0), r.reusedShare() + (which == 1 ? add : 0),
                r.compostedShare() + (which == 2 ? add : 0), r.compostabilityStandard(), r.proofDocuments());
        List<Disassembly> ds = new ArrayList<>(bill.disassemblies());
        ds.set(0, new Disassembly(d.id(), d.name(), d.unitMassGram(), d.count(), more, null));
        BillOfMaterials after = new BillOfMaterials("", "more", bill.subject(), bill.components(), ds, null);
        assertTrue(cpf.calculate(after).scorePercent() >= before - 1e-9);
    }

    @Property
    void moreSecondaryInputNeverLowersTheCpf(@ForAll("bills") BillOfMaterials bill,
                                             @ForAll @DoubleRange(min = 0, max = 1) double step) {
        Component c = bill.components().get(0);
        if (c.supplierCpfxShare() != null) {
            return;
        }
        double before = cpf.calculate(bill).scorePercent();
        SecondaryInput in = c.secondaryInput();
        double room = Math.max(0, 1 - in.worstCaseTotalShare());
        SecondaryInput more = new SecondaryInput(
                List.of(supplier(SecondaryInput.worstCaseShare(in.recycled()) + step * room)), in.reused(),
                in.renewable());
        List<Component> cs = new ArrayList<>(bill.components());
        cs.set(0, new Component(c.id(), c.name(), c.supplier(), c.unit(), c.unitMassGram(), c.unitsPerProduct(),
                c.maintenancePhase(), null, more, c.productionWaste(), c.supplierCpfxProofDocuments(), null));
        BillOfMaterials after = new BillOfMaterials("", "more", bill.subject(), cs, bill.disassemblies(), null);
        assertTrue(cpf.calculate(after).scorePercent() >= before - 1e-9);
    }

    @Provide
    Arbitrary<Integer> which() {
        return Arbitraries.integers().between(0, 2);
    }

    @Property
    void removingADisassemblyNeverRaisesTheCpf(@ForAll("bills") BillOfMaterials bill, @ForAll("index") int index) {
        if (bill.disassemblies().isEmpty()) {
            return;
        }
        double before = cpf.calculate(bill).scorePercent();
        List<Disassembly> ds = new ArrayList<>(bill.disassemblies());
        ds.remove(index % ds.size());
        BillOfMaterials after = new BillOfMaterials("", "fewer", bill.subject(), bill.components(), ds, null);
        assertTrue(cpf.calculate(after).scorePercent() <= before + 1e-9);
    }

    @Property
    void lighteningADisassemblyNeverRaisesTheCpf(@ForAll("bills") BillOfMaterials bill, @ForAll("index") int index,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double keep,
                                                 @ForAll boolean fewerPieces) {
        if (bill.disassemblies().isEmpty()) {
            return;
        }
        double before = cpf.calculate(bill).scorePercent();
        List<Disassembly> ds = new ArrayList<>(bill.disassemblies());
        int j = index % ds.size();
        Disassembly d = ds.get(j);
        // lighter pieces, or fewer of them
        ds.set(j, new Disassembly(d.id(), d.name(), fewerPieces ? d.unitMassGram() : d.unitMassGram() * keep,
                fewerPieces ? Math.floor(d.count() * keep) : d.count(), d.endOfLife(), null));
        BillOfMaterials after = new BillOfMaterials("", "lighter", bill.subject(), bill.components(), ds, null);
        assertTrue(cpf.calculate(after).scorePercent() <= before + 1e-9);
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 5);
    }
}
