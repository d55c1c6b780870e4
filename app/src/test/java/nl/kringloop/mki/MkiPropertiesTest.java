package nl.kringloop.mki;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Laws of the calculation, over generated cards, lines and protocol versions, with the real rules. */
class MkiPropertiesTest {

    @Property(tries = 300)
    void mkiIsLinearInQuantity(@ForAll("cards") ProjectDocument.Card card, @ForAll("flows") Flow flow,
                               @ForAll("protocols") String protocol,
                               @ForAll @DoubleRange(min = 0, max = 1e6) double quantity,
                               @ForAll @DoubleRange(min = 0, max = 1000) double k) {
        MkiResult once = MkiFixtures.calculate(MkiFixtures.doc(protocol, List.of(card),
                List.of(MkiFixtures.line("L1", card.id(), quantity, flow))));
        MkiResult scaled = MkiFixtures.calculate(MkiFixtures.doc(protocol, List.of(card),
                List.of(MkiFixtures.line("L1", card.id(), quantity * k, flow))));
        double expected = k * once.totalMkiEuro();
        assertThat(scaled.totalMkiEuro()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    @Property(tries = 300)
    void aReleasedLineNeverHasAOrBValues(@ForAll("cards") ProjectDocument.Card card,
                                         @ForAll("protocols") String protocol,
                                         @ForAll @DoubleRange(min = 0, max = 1e6) double quantity) {
        MkiResult r = MkiFixtures.calculate(MkiFixtures.doc(protocol, List.of(card),
                List.of(MkiFixtures.line("L1", card.id(), quantity, Flow.RELEASED))));
        for (Map.Entry<String, Double> m : r.lines().get(0).byModule().entrySet()) {
            LcaModule.Stage stage = LcaModule.ofCode(m.getKey()).orElseThrow().stage();
            if (stage == LcaModule.Stage.A || stage == LcaModule.Stage.B) {
                assertThat(m.getValue()).as(m.getKey()).isZero();
            }
        }
        for (Map.Entry<String, Double> m : r.byModule().entrySet()) {
            if (m.getKey().startsWith("A") || m.getKey().startsWith("B")) {
                assertThat(m.getValue()).as(m.getKey()).isZero();
            }
        }
    }

    @Provide
    Arbitrary<String> protocols() {
        return Arbitraries.of("3.0", "3.1", "4.0");
    }

    @Provide
    Arbitrary<Flow> flows() {
        return Arbitraries.of(Flow.class);
    }

    @Provide
    Arbitrary<ProjectDocument.Card> cards() {
        Arbitrary<Map<LcaModule, Map<String, Double>>> impacts = Arbitraries.of(LcaModule.class).set().ofMinSize(1)
                .flatMap(mods -> Arbitraries.doubles().between(-1000, 1000).list().ofSize(mods.size()).map(vals -> {
                    Map<LcaModule, Map<String, Double>> p = new EnumMap<>(LcaModule.class);
                    int i = 0;
                    for (LcaModule m : mods) {
                        // A1-A3 together and A1/A2/A3 apart would be refused by the reader: keep one form
                        if (m == LcaModule.A1 || m == LcaModule.A2 || m == LcaModule.A3) {
                            m = LcaModule.A1_A3;
                        }
                        p.put(m, Map.of("GWP", vals.get(i++), "AP", 0.01));
                    }
                    return p;
                }));
        return Combinators.combine(Arbitraries.of(DataCategory.class), Arbitraries.doubles().between(1, 120)
                        .injectNull(0.3), Arbitraries.of(true, false), impacts)
                .as((cat, life, rep, imp) -> MkiFixtures.card("c", cat, life, rep, imp));
    }
}
