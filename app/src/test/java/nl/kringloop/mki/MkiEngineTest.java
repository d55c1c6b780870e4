package nl.kringloop.mki;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.engine.RuleBinding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kringloop.mki.MkiFixtures.attrs;
import static nl.kringloop.mki.MkiFixtures.calculate;
import static nl.kringloop.mki.MkiFixtures.card;
import static nl.kringloop.mki.MkiFixtures.doc;
import static nl.kringloop.mki.MkiFixtures.fullProfile;
import static nl.kringloop.mki.MkiFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden figures for rules 1–7 and 9 of docs/mki.md, through the engine with the real rule classes and the real
 * shadow-price set 1. The fixture card per unit (GWP only, 0.05 euro/kg): A1-A3 5.0, A4 0.5, A5 0.2, C1 0.1,
 * D -1.0 euro; 4.8 euro in all.
 */
class MkiEngineTest {

    private static final double EXACT = 1e-9;

    @Test
    void weightingSumsIndicatorTimesShadowPrice_rule1_section1_1() {
        var impacts = new EnumMap<>(fullProfile());
        impacts.put(LcaModule.A1_A3, Map.of("GWP", 100.0, "AP", 0.5));
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.TWO, null, true, impacts)),
                List.of(line("L1", "c", 10))));
        // A1-A3 per t: 100 × 0.05 + 0.5 × 4 = 7.0; all: 7.0 + 0.5 + 0.2 + 0.1 − 1.0 = 6.8; × 10 t = 68.0
        assertThat(r.totalMkiEuro()).isCloseTo(68.0, within(EXACT));
        assertThat(r.byModule().get("A1-A3")).isCloseTo(70.0, within(EXACT));
        assertThat(r.byModule().get("D")).isCloseTo(-10.0, within(EXACT));
        assertThat(r.valid()).isTrue();
        assertThat(r.method().weighting().id()).isEqualTo("nmd-set-1");
        assertThat(r.method().plugins()).extracting(MkiResult.PluginVersion::id)
                .containsExactly("mki-rws-protocol", "mki-weighting");
    }

    @Test
    void unknownIndicatorAndUnconfirmedPriceAreDataQualityFindings_rule1_section1_1() {
        var impacts = new EnumMap<>(fullProfile());
        impacts.put(LcaModule.A1_A3, Map.of("GWP", 100.0, "XYZ", 7.0, "FAETP", 10.0));
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.TWO, null, true, impacts)),
                List.of(line("L1", "c", 1))));
        // XYZ not weighted; FAETP 10 × 0.03 = 0.3 counts but is flagged: 4.8 + 0.3 = 5.1
        assertThat(r.totalMkiEuro()).isCloseTo(5.1, within(EXACT));
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("XYZ");
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §1.1");
            assertThat(f.field()).isEqualTo("cards[0].impacts.A1-A3.XYZ");
        });
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.message()).contains("FAETP").contains("unconfirmed"));
        assertThat(r.valid()).isTrue();
    }

    @Test
    void categoryThreeMarkUpIs1_30UnderProtocol3_1_section2_2b() {
        MkiResult r = calculate(doc("3.1", List.of(card("c", DataCategory.THREE)), List.of(line("L1", "c", 10))));
        // representative does not matter under 3.x: 10 t × 1.30 × 4.8 = 62.4
        assertThat(r.totalMkiEuro()).isCloseTo(62.4, within(EXACT));
        assertThat(r.lines().get(0).factors()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.2b" + UNDER_3_1);
            assertThat(f.value()).isEqualTo(1.3);
            assertThat(f.modules()).isNull();
            assertThat(f.plugin()).isEqualTo("mki-rws-protocol 0.1.0-test");
        });
    }

    @Test
    void categoryThreeMarkUpIs1_30UnderProtocol3_0_section2_2b() {
        MkiResult r = calculate(doc("3.0", List.of(card("c", DataCategory.THREE)), List.of(line("L1", "c", 10))));
        // 10 × 1.30 × 4.8 = 62.4
        assertThat(r.totalMkiEuro()).isCloseTo(62.4, within(EXACT));
    }

    /** What a rule citation adds under protocol 3.1, whose paragraphs are numbered differently. */
    static final String UNDER_3_1 = " (paragraph numbering of protocol 4.0; the project is under protocol 3.1)";

    @Test
    void underProtocol3_0TheCitationsSayTheyUseTheParagraphNumbersOf4_0() {
        MkiResult r = calculate(doc("3.0", List.of(card("c", DataCategory.THREE)), List.of(line("L1", "c", 10))));
        assertThat(r.lines().get(0).factors()).extracting(MkiResult.AppliedFactor::rule).containsExactly(
                "RWS-MKI 4.0 §2.2b (paragraph numbering of protocol 4.0; the project is under protocol 3.0)");
        MkiResult four = calculate(doc("4.0", List.of(card("c", DataCategory.THREE, null, false, fullProfile())),
                List.of(line("L1", "c", 10))));
        assertThat(four.lines().get(0).factors()).extracting(MkiResult.AppliedFactor::rule)
                .containsExactly("RWS-MKI 4.0 §2.2b");
    }

    @Test
    void categoryThreeMarkUpDroppedForRepresentativeCardUnderProtocol4_0_section2_2b() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.THREE)), List.of(line("L1", "c", 10))));
        // 10 × 4.8 = 48.0, no factor, no finding
        assertThat(r.totalMkiEuro()).isCloseTo(48.0, within(EXACT));
        assertThat(r.lines().get(0).factors()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void categoryThreeMarkUpKeptWithWarningForNonRepresentativeCardUnderProtocol4_0_section2_2b_4_2c() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.THREE, null, false, fullProfile())),
                List.of(line("L1", "c", 10))));
        // 10 × 1.30 × 4.8 = 62.4, and a warning asking for the §4.2c argument
        assertThat(r.totalMkiEuro()).isCloseTo(62.4, within(EXACT));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("warning");
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.2b");
            assertThat(f.line()).isEqualTo("L1");
            assertThat(f.message()).contains("§4.2c");
        });
        assertThat(r.valid()).isTrue();
    }

    @Test
    void noMarkUpForCategories1_2And3a_section2_2b() {
        MkiResult r = calculate(doc("3.1", List.of(card("c1", DataCategory.ONE), card("c2", DataCategory.TWO),
                card("c3a", DataCategory.THREE_A)), List.of(line("L1", "c1", 1), line("L2", "c2", 1),
                line("L3", "c3a", 1))));
        // 3 lines × 1 t × 4.8 = 14.4
        assertThat(r.totalMkiEuro()).isCloseTo(14.4, within(EXACT));
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.factors()).isEmpty());
    }

    @Test
    void incompleteCategoryThreeLcaIsRefused_section2_2c() {
        var onlyA1A3 = Map.of(LcaModule.A1_A3, Map.of("GWP", 100.0));
        MkiResult r = calculate(doc("4.0", List.of(card("inc", DataCategory.THREE, null, true, onlyA1A3),
                card("c", DataCategory.TWO)), List.of(line("L1", "c", 1), line("L2", "inc", 10))));
        // L2 refused (counts 0); total = L1 = 4.8
        assertThat(r.totalMkiEuro()).isCloseTo(4.8, within(EXACT));
        assertThat(r.valid()).isFalse();
        MkiResult.LineResult l2 = r.lines().get(1);
        assertThat(l2.status()).isEqualTo("refused");
        assertThat(l2.mkiEuro()).isZero();
        assertThat(l2.findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.2c");
            assertThat(f.field()).isEqualTo("lines[1].card");
        });
    }

    @Test
    void missingA4A5WarnsUnlessACategory3aProcessLineIsLinked_section2_2d() {
        var noA4A5 = Map.of(LcaModule.A1_A3, Map.of("GWP", 100.0), LcaModule.C1, Map.of("GWP", 2.0),
                LcaModule.D, Map.of("GWP", -20.0));
        var cards = List.of(card("own", DataCategory.ONE, null, true, noA4A5), card("diesel", DataCategory.THREE_A));
        MkiResult warned = calculate(doc("4.0", cards, List.of(line("L1", "own", 1))));
        assertThat(warned.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.2d");
            assertThat(f.line()).isEqualTo("L1");
            assertThat(f.message()).contains("A4 and A5");
        });
        assertThat(warned.lines().get(0).findings()).hasSize(1);

        var process = new ProjectDocument.Line("P1", "o1", "diesel", 2, "t", Flow.ENTERING, "equipment", null, false,
                attrs("forLine", "L1"));
        MkiResult linked = calculate(doc("4.0", cards, List.of(line("L1", "own", 1), process)));
        // own card 5.0 + 0.1 − 1.0 = 4.1; process 2 × 4.8 = 9.6; total 13.7
        // (the equipment line's missing fuel registration, §3.2.4b, is another rule's warning)
        assertThat(linked.findings()).filteredOn(f -> !f.rule().startsWith("RWS-MKI 4.0 §3.2.4")).isEmpty();
        assertThat(linked.totalMkiEuro()).isCloseTo(13.7, within(EXACT));
    }

    @Test
    void releasedLineCountsOnlyCAndD_section2_1_1c() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.TWO, 10.0, true, fullProfile())),
                List.of(line("L1", "c", 10, Flow.RELEASED))));
        // only C1 and D: 10 × (0.1 − 1.0) = −9.0; no replacement for released material
        assertThat(r.totalMkiEuro()).isCloseTo(-9.0, within(EXACT));
        assertThat(r.lines().get(0).byModule().get("A1-A3")).isZero();
        assertThat(r.lines().get(0).byModule().get("A4")).isZero();
        assertThat(r.lines().get(0).factors()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.1.1c");
            assertThat(f.value()).isZero();
            assertThat(f.modules()).contains("A1-A3", "A4", "A5", "B1", "B7").doesNotContain("C1", "D");
        });
    }

    @Test
    void reusedWithinLineCountsWholeLifeCycle_section2_1_1b() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.TWO)),
                List.of(line("L1", "c", 10, Flow.REUSED_WITHIN))));
        // 10 × 4.8 = 48.0
        assertThat(r.totalMkiEuro()).isCloseTo(48.0, within(EXACT));
    }

    @Test
    void excludedTemporaryItemCountsZeroWithInfo_section2_1_1d() {
        var fence = new ProjectDocument.Line("L1", "o1", "c", 10, "t", Flow.ENTERING, null, "fence", false, Map.of());
        var cone = new ProjectDocument.Line("L2", "o1", "c", 10, "t", Flow.ENTERING, null, "traffic-cone", false,
                Map.of());
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.TWO)), List.of(fence, cone)));
        // fence counts 0; a traffic cone is not on the §2.1.1d list: 10 × 4.8 = 48.0
        assertThat(r.totalMkiEuro()).isCloseTo(48.0, within(EXACT));
        assertThat(r.lines().get(0).status()).isEqualTo("excluded");
        assertThat(r.lines().get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("info");
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §2.1.1d");
            assertThat(f.field()).isEqualTo("lines[0].temporary");
        });
        assertThat(r.valid()).isTrue();
    }

    @Test
    void replacementsFactorIsServiceLifeOverLifespanUnrounded_section1_3() {
        MkiResult r = calculate(doc("4.0", 50, List.of(card("c", DataCategory.TWO, 15.0, true, fullProfile())),
                List.of(line("L1", "c", 10))));
        // 50 / 15 = 3.333… (not rounded to 4 or 3): 10 × 3.3333… × 4.8 = 160.0
        assertThat(r.lines().get(0).factors()).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(50.0 / 15.0));
        assertThat(r.totalMkiEuro()).isCloseTo(160.0, within(EXACT));
    }

    @Test
    void noReplacementWhenLifespanCoversServiceLife_section1_3() {
        MkiResult r = calculate(doc("4.0", 50, List.of(card("c", DataCategory.TWO, 60.0, true, fullProfile())),
                List.of(line("L1", "c", 10))));
        // max(1, 50 / 60) = 1: 10 × 4.8 = 48.0
        assertThat(r.totalMkiEuro()).isCloseTo(48.0, within(EXACT));
        assertThat(r.lines().get(0).factors()).isEmpty();
    }

    @Test
    void markUpAndReplacementsMultiply_section2_2b_section1_3() {
        MkiResult r = calculate(doc("3.1", 50, List.of(card("c", DataCategory.THREE, 25.0, true, fullProfile())),
                List.of(line("L1", "c", 10))));
        // 10 × 1.30 × (50 / 25) × 4.8 = 124.8
        assertThat(r.totalMkiEuro()).isCloseTo(124.8, within(EXACT));
        assertThat(r.lines().get(0).factors()).extracting(MkiResult.AppliedFactor::rule)
                .containsExactly("RWS-MKI 4.0 §2.2b" + UNDER_3_1, "RWS-MKI 4.0 §1.3" + UNDER_3_1);
    }

    @Test
    void trafficGantryUses50YearLifeWhateverTheCardSays_section3_1_4a() {
        var gantry = new ProjectDocument.Line("L1", "o1", "c", 10, "t", Flow.ENTERING, "traffic-gantry", null, false,
                Map.of());
        MkiResult r = calculate(doc("4.0", 100, List.of(card("c", DataCategory.TWO, 25.0, true, fullProfile())),
                List.of(gantry)));
        // 100 / 50 = 2 (the card's 25 years would give 4): 10 × 2 × 4.8 = 96.0
        assertThat(r.totalMkiEuro()).isCloseTo(96.0, within(EXACT));
        assertThat(r.lines().get(0).factors()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §3.1.4a");
            assertThat(f.value()).isEqualTo(2.0);
        });
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §3.1.4a");
            assertThat(f.severity()).isEqualTo("info");
        });
    }

    @Test
    void restscopeWithin5PercentIsValid_section4_1() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.THREE)),
                List.of(line("L1", "c", 100), restscope("L2", "c", 5))));
        // 100 × 4.8 = 480; restscope 5 × 4.8 = 24; 24 / 504 = 4.76 % ≤ 5 %
        assertThat(r.totalMkiEuro()).isCloseTo(504.0, within(EXACT));
        assertThat(r.valid()).isTrue();
    }

    @Test
    void restscopeAbove5PercentIsAnError_section4_1() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.THREE)),
                List.of(line("L1", "c", 100), restscope("L2", "c", 6))));
        // restscope 6 × 4.8 = 28.8 of 508.8 = 5.66 % > 5 %; figures still computed
        assertThat(r.totalMkiEuro()).isCloseTo(508.8, within(EXACT));
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §4.1");
            assertThat(f.severity()).isEqualTo("error");
        });
    }

    @Test
    void restscopeOnCategory2DataIsAnError_section4_1() {
        MkiResult r = calculate(doc("4.0", List.of(card("c", DataCategory.THREE), card("c2", DataCategory.TWO)),
                List.of(line("L1", "c", 100), restscope("L2", "c2", 1))));
        assertThat(r.valid()).isFalse();
        assertThat(r.lines().get(1).findings()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("lines[1].restscope");
            assertThat(f.line()).isEqualTo("L2");
        });
        // the finding is listed once at project level
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void cardFromAnotherNmdVersionWarns_section1_4() {
        var old = new ProjectDocument.Card("c", "c", DataCategory.TWO, "t", null, true, "", "3.4", false,
                fullProfile(), Map.of());
        var d = doc("4.0", List.of(old), List.of(line("L1", "c", 1), line("L2", "c", 1)));
        d = new ProjectDocument(d.name(), "4.0", "nmd-set-1", 50, "3.5", null, d.cards(), d.objects(), d.lines());
        MkiResult r = calculate(d);
        // once per card, shown with its first line
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RWS-MKI 4.0 §1.4");
            assertThat(f.line()).isEqualTo("L1");
            assertThat(f.severity()).isEqualTo("warning");
        });
    }

    @Test
    void aRuleThatThrowsOnALineBecomesAnErrorFindingNamingPluginAndVersion() {
        MkiRule broken = new MkiRule() {
            @Override
            public ExtensionInfo describe() {
                return new ExtensionInfo("broken", "broken", "", List.of());
            }

            @Override
            public Set<String> protocolVersions() {
                return Set.of("4.0");
            }

            @Override
            public LineOutcome line(LineContext c) {
                if (c.line().id().equals("L2")) {
                    throw new IllegalStateException("boom");
                }
                return LineOutcome.NONE;
            }
        };
        List<RuleBinding> rules = new ArrayList<>(MkiFixtures.rules());
        rules.add(RuleBinding.direct(broken, "test-plugin", "9.9"));
        MkiResult r = MkiEngine.calculate(doc("4.0", List.of(card("c", DataCategory.TWO)),
                List.of(line("L1", "c", 1), line("L2", "c", 1))), MkiFixtures.weighting(), rules);
        // L1 counts 4.8; L2 refused
        assertThat(r.totalMkiEuro()).isCloseTo(4.8, within(EXACT));
        assertThat(r.valid()).isFalse();
        assertThat(r.lines().get(1).findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("test-plugin 9.9").contains("boom").doesNotContain("IllegalStateException");
            assertThat(f.plugin()).isEqualTo("test-plugin 9.9");
        });
    }

    @Test
    void aProtocolVersionNoRuleImplementsIsAnError() {
        MkiResult r = calculate(doc("5.0", List.of(card("c", DataCategory.TWO)), List.of(line("L1", "c", 1))));
        assertThat(r.valid()).isFalse();
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("protocolVersion"));
        assertThat(r.method().rules()).noneMatch(MkiResult.RuleUsed::applied);
    }

    @Test
    void objectsSumTheirOwnLinesAndTheirSubtree_section2_1_2() {
        var objects = List.of(new ProjectDocument.ProjectObject("o1", "Hoofdrijbaan", null, false),
                new ProjectDocument.ProjectObject("o2", "Vluchtstrook", "o1", false),
                new ProjectDocument.ProjectObject("gw", "Grondwerk", null, true));
        var l2 = new ProjectDocument.Line("L2", "o2", "c", 5, "t", Flow.ENTERING, null, null, false, Map.of());
        var d = new ProjectDocument("t", "4.0", "nmd-set-1", 50, null, null, List.of(card("c", DataCategory.TWO)),
                objects, List.of(line("L1", "c", 10), l2));
        MkiResult r = calculate(d);
        // o1 own: 10 × 4.8 = 48; o2: 5 × 4.8 = 24; o1 subtree 72; earthwork beside the tree: 0
        assertThat(r.byObject()).extracting(MkiResult.ObjectTotal::mkiEuro).containsExactly(48.0, 24.0, 0.0);
        assertThat(r.byObject().get(0).subtreeMkiEuro()).isCloseTo(72.0, within(EXACT));
        assertThat(r.byObject().get(2).earthwork()).isTrue();
    }

    @Test
    void anExportedDocumentRecalculatesToTheSameResultToTheLastDigit() {
        var cards = List.of(card("c", DataCategory.THREE, 15.0, false, fullProfile()), card("d", DataCategory.TWO,
                7.0, true, fullProfile()));
        var lines = List.of(line("L1", "c", 123.456), line("L2", "d", 0.1), line("L3", "c", 1e-3, Flow.RELEASED),
                new ProjectDocument.Line("L4", "o1", "d", 17.3, "t", Flow.ENTERING, "asphalt", null, false,
                        attrs("pattern", "3:9", "widthCm", 15L, "x", 0.1, "nested", Map.of("a", List.of(1L, "b")))));
        ProjectDocument d = doc("3.1", 47.5, cards, lines);
        MkiResult first = calculate(d);
        ProjectDocument again = ProjectDocumentReader.read(ProjectDocumentWriter.writeString(d));
        assertThat(again).isEqualTo(d);
        assertThat(calculate(again)).isEqualTo(first);
    }

    private static ProjectDocument.Line restscope(String id, String card, double q) {
        return new ProjectDocument.Line(id, "o1", card, q, "t", Flow.ENTERING, null, null, true, Map.of());
    }
}
