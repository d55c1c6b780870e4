package nl.kringloop.plugins.mci;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.ProductionWaste;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.SourcedShare;
import nl.kringloop.api.circularity.Term;
import nl.kringloop.api.circularity.Utility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EMF Circularity Indicators methodology 2015: the golden cases, a multi-material case by hand, and MCI ∈ [0, 1]. */
class EmfMci2015Test {

    private final EmfMci2015 mci = new EmfMci2015();

    static Component material(String id, double massGram, double recycled, double reused, Double ef) {
        List<SourcedShare> r = recycled > 0 ? List.of(new SourcedShare(recycled, "s", List.of(), false)) : List.of();
        List<SourcedShare> u = reused > 0 ? List.of(new SourcedShare(reused, "s", List.of(), false)) : List.of();
        return new Component(id, id, "", "kg", massGram, 1, false, null, new SecondaryInput(r, u, List.of()),
                ProductionWaste.NONE, List.of(), ef);
    }

    static Disassembly out(String id, double massGram, double recycled, double reused, Double ec) {
        return new Disassembly(id, id, massGram, 1, new Recovery(recycled, reused, 0, "", List.of()), ec);
    }

    static BillOfMaterials product(List<Component> in, List<Disassembly> out, Utility u) {
        return new BillOfMaterials("", "p", BomSubject.PRODUCT, in, out, u);
    }

    static double term(CircularityResult r, String symbol) {
        return r.terms().stream().filter(t -> t.symbol().equals(symbol) && t.subject() == null)
                .mapToDouble(Term::value).findFirst().orElseThrow();
    }

    @Test
    void goldenFullyLinearGivesLfiOneAndMciPointOne() {
        // M 100, F_R = F_U = C_R = C_U = 0, E_C = E_F = 0.8, X = 1:
        // V = 100, W0 = 100, W_F = W_C = 0 → LFI = 200 / 200 = 1 → MCI = 1 − 1 × 0.9 = 0.1
        CircularityResult r = mci.calculate(product(List.of(material("m", 100, 0, 0, 0.8)),
                List.of(out("m", 100, 0, 0, 0.8)), Utility.AVERAGE));
        assertEquals(1.0, term(r, "LFI"), 1e-12);
        assertEquals(0.1, term(r, "MCI"), 1e-12);
        assertEquals(10.0, r.scorePercent(), 1e-10);
    }

    @Test
    void goldenPerfectLoopGivesLfiZeroAndMciOne() {
        // F_R = C_R = 1, E_F = E_C = 1: V = 0, W0 = 0, W_F = 0, W_C = 0 → LFI = 0 → MCI = 1
        CircularityResult r = mci.calculate(product(List.of(material("m", 100, 1, 0, 1.0)),
                List.of(out("m", 100, 1, 0, 1.0)), Utility.AVERAGE));
        assertEquals(0.0, term(r, "LFI"), 1e-12);
        assertEquals(100.0, r.scorePercent(), 1e-10);
    }

    @Test
    void multiMaterialSumsTheFlowsBeforeOneLfi() {
        // A: M 60, F_R 0.5, E_F 0.8;  B: M 40, F_U 0.25;  out: 60 g C_R 0.5 E_C 0.9, 40 g C_U 0.5;  X = (10/5)(1/1) = 2
        // V   = 60 × 0.5 + 40 × 0.75           = 30 + 30 = 60
        // W_F = 60 × (1 − 0.8) × 0.5 / 0.8     = 7.5
        // W0  = 60 × 0.5 + 40 × 0.5            = 50
        // W_C = 60 × (1 − 0.9) × 0.5           = 3
        // W   = 50 + (7.5 + 3) / 2             = 55.25
        // LFI = (60 + 55.25) / (200 + (7.5 − 3) / 2) = 115.25 / 202.25 = 0.569839…
        // MCI = 1 − LFI × 0.9 / 2 = 1 − 0.256427… = 0.743572…
        CircularityResult r = mci.calculate(product(
                List.of(material("a", 60, 0.5, 0, 0.8), material("b", 40, 0, 0.25, null)),
                List.of(out("a", 60, 0.5, 0, 0.9), out("b", 40, 0, 0.5, null)), new Utility(10, 5, 1, 1)));
        assertEquals(60, term(r, "V"), 1e-12);
        assertEquals(7.5, term(r, "W_F"), 1e-12);
        assertEquals(3, term(r, "W_C"), 1e-12);
        assertEquals(115.25 / 202.25, term(r, "LFI"), 1e-12);
        assertEquals(100 * (1 - 0.45 * 115.25 / 202.25), r.scorePercent(), 1e-10);
    }

    @Test
    void recycledInputWithoutEfficiencyIsRefusedNamingTheField() {
        BillOfMaterials b = product(List.of(material("a", 60, 0.5, 0, null)), List.of(out("a", 60, 0.5, 0, null)),
                null);
        assertEquals(List.of("components[0].feedstockRecyclingEfficiency", "disassemblies[0].recyclingEfficiency"),
                mci.validate(b).stream().map(f -> f.field()).toList());
    }

    @Test
    void zeroOrOutOfRangeFeedstockEfficiencyAndANonPositiveUtilityAreRefusedNamingTheField() {
        // E_F = 0 with recycled input: W_F = M(1 − E_F)·F_R / E_F would divide by 0
        BillOfMaterials zero = product(List.of(material("a", 60, 0.5, 0, 0.0)), List.of(out("a", 60, 0, 0, null)),
                null);
        assertEquals(List.of("components[0].feedstockRecyclingEfficiency"),
                mci.validate(zero).stream().map(f -> f.field()).toList());
        assertEquals("EMF MCI 2015 W_F", mci.validate(zero).get(0).rule());
        BillOfMaterials above = product(List.of(material("a", 60, 0.5, 0, 1.5)), List.of(out("a", 60, 0, 0, null)),
                new Utility(0, 10, 1, 1));
        assertEquals(List.of("utility.lifetimeYears", "components[0].feedstockRecyclingEfficiency"),
                mci.validate(above).stream().map(f -> f.field()).toList());
    }

    private static Arbitrary<Double> share() {
        return Arbitraries.doubles().between(0, 1).ofScale(4);
    }

    @Provide
    Arbitrary<BillOfMaterials> bills() {
        Arbitrary<Component> in = Combinators.combine(Arbitraries.doubles().between(0.01, 1000).ofScale(2), share(),
                share(), Arbitraries.doubles().between(0.01, 1).ofScale(4))
                .as((m, fr, fu, ef) -> material("c", m, fr * 0.5, fu * 0.5, ef));
        Arbitrary<Disassembly> outs = Combinators.combine(Arbitraries.doubles().between(0, 1000).ofScale(2), share(),
                share(), share()).as((m, cr, cu, ec) -> out("d", m, cr * 0.5, cu * 0.5, ec));
        Arbitrary<Utility> utility = Combinators.combine(Arbitraries.doubles().between(0.1, 50).ofScale(2),
                Arbitraries.doubles().between(0.1, 50).ofScale(2)).as((l, lav) -> new Utility(l, lav, 1, 1));
        return Combinators.combine(in.list().ofMinSize(1).ofMaxSize(5), outs.list().ofMaxSize(5), utility)
                .as((cs, ds, u) -> product(cs, ds, u));
    }

    @Property
    void mciLiesBetweenZeroAndOne(@ForAll("bills") BillOfMaterials bill) {
        CircularityResult r = mci.calculate(bill);
        double value = term(r, "MCI");
        assertTrue(value >= 0 && value <= 1, "MCI " + value);
        double lfi = term(r, "LFI");
        assertTrue(lfi >= 0 && lfi <= 1 + 1e-12, "LFI " + lfi);
    }
}
