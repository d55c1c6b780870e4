package nl.kringloop.plugins.rws;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.Severity;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineOutcome;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiFactor;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectSettings;
import nl.kringloop.api.mki.ProjectView;
import nl.kringloop.api.testkit.Extensions;
import nl.kringloop.api.testkit.MkiViews;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule on its own, through the api views only: what the host will see. */
class RwsRulesTest {

    private static final Set<LcaModule> COMPLETE = MkiViews.A1_A3_A4_A5_C1_D;

    static ProjectSettings settings(String protocol, double serviceLifeYears) {
        return MkiViews.settings(protocol).serviceLifeYears(serviceLifeYears).nmdVersion("3.5").build();
    }

    static CardView card(DataCategory cat, Double lifespanYears, boolean representative, Set<LcaModule> modules) {
        return MkiViews.card("c").category(cat).lifespanYears(lifespanYears).representative(representative)
                .modules(modules).build();
    }

    /** The 4th line of the document (index 3): 10 t of card "c". */
    static LineView line(Flow flow, String section, String temporary, boolean restscope) {
        return MkiViews.line(3, "L4").quantity(10).flow(flow).section(section).temporary(temporary)
                .restscope(restscope).build();
    }

    static LineContext ctx(String protocol, CardView card, LineView line) {
        return MkiViews.context(line, card).settings(settings(protocol, 50)).build();
    }

    static LineContext ctx(String protocol, CardView card) {
        return ctx(protocol, card, line(Flow.ENTERING, null, null, false));
    }

    @Test
    void categoryThreeMarkUpIs1_30UnderProtocol3_1_section2_2b() {
        LineOutcome o = new CategoryThreeMarkUp().line(ctx("3.1", card(DataCategory.THREE, null, true, COMPLETE)));
        MkiFactor f = o.factors().get(0);
        assertEquals("RWS-MKI 4.0 §2.2b", f.rule().label());
        assertEquals(1.30, f.value());
        assertTrue(f.modules().isEmpty(), "every module");
        assertTrue(o.findings().isEmpty());
    }

    @Test
    void categoryThreeMarkUpDroppedForRepresentativeCardUnderProtocol4_0_section2_2b() {
        assertEquals(LineOutcome.NONE,
                new CategoryThreeMarkUp().line(ctx("4.0", card(DataCategory.THREE, null, true, COMPLETE))));
    }

    @Test
    void categoryThreeMarkUpKeptWithWarningWhenNotRepresentativeUnderProtocol4_0_section2_2b() {
        LineOutcome o = new CategoryThreeMarkUp().line(ctx("4.0", card(DataCategory.THREE, null, false, COMPLETE)));
        assertEquals(1.30, o.factors().get(0).value());
        assertEquals(Severity.WARNING, o.findings().get(0).severity());
        assertEquals("lines[3].card", o.findings().get(0).field());
    }

    @Test
    void noMarkUpOnCategory3aUnderProtocol3_0_section2_2b() {
        assertEquals(LineOutcome.NONE,
                new CategoryThreeMarkUp().line(ctx("3.0", card(DataCategory.THREE_A, null, false, COMPLETE))));
    }

    @Test
    void categoryThreeWithOnlyA1A3IsRefused_section2_2c() {
        LineOutcome o = new IncompleteLcaRefused().line(ctx("4.0",
                card(DataCategory.THREE, null, true, EnumSet.of(LcaModule.A1, LcaModule.A2, LcaModule.A3))));
        assertTrue(o.refuses());
        assertEquals("RWS-MKI 4.0 §2.2c", o.findings().get(0).rule());
        // category 1 with only A1-A3 is a §2.2d matter, not refused
        assertFalse(new IncompleteLcaRefused().line(ctx("4.0",
                card(DataCategory.ONE, null, true, EnumSet.of(LcaModule.A1_A3)))).refuses());
    }

    @Test
    void releasedLineGetsFactorZeroOnEveryAAndBModule_section2_1_1c() {
        CardView c = card(DataCategory.TWO, null, true, COMPLETE);
        MkiFactor f = new FlowScope().line(ctx("4.0", c, line(Flow.RELEASED, null, null, false))).factors().get(0);
        assertEquals(0.0, f.value());
        for (LcaModule m : LcaModule.values()) {
            boolean ab = m.stage() == LcaModule.Stage.A || m.stage() == LcaModule.Stage.B;
            assertEquals(ab, f.appliesTo(m), m.code());
        }
        assertEquals(LineOutcome.NONE, new FlowScope().line(ctx("4.0", c, line(Flow.REUSED_WITHIN, null, null, false))));
    }

    @Test
    void everyListedTemporaryItemIsExcluded_section2_1_1d() {
        CardView c = card(DataCategory.TWO, null, true, COMPLETE);
        for (String kind : List.of("fence", "site-hut", "tent", "scaffolding", "road-plate", "temporary-marking-tape",
                "waste-bin", "container")) {
            LineOutcome o = new ExcludedTemporaryItems().line(ctx("4.0", c, line(Flow.ENTERING, null, kind, false)));
            assertEquals(0.0, o.factors().get(0).value(), kind);
            assertEquals(Severity.INFO, o.findings().get(0).severity(), kind);
        }
        assertEquals(LineOutcome.NONE, new ExcludedTemporaryItems().line(ctx("4.0", c,
                line(Flow.ENTERING, null, "traffic-cone", false))));
    }

    @Test
    void replacementsFactorIsServiceLifeOverLifespan_section1_3() {
        // 50 / 15 = 3.3333333333333335, unrounded
        LineOutcome o = new Replacements().line(ctx("4.0", card(DataCategory.TWO, 15.0, true, COMPLETE)));
        assertEquals(50.0 / 15.0, o.factors().get(0).value());
        assertEquals(LineOutcome.NONE, new Replacements().line(ctx("4.0", card(DataCategory.TWO, 50.0, true, COMPLETE))));
        assertEquals(LineOutcome.NONE, new Replacements().line(ctx("4.0", card(DataCategory.TWO, null, true, COMPLETE))));
        assertEquals(LineOutcome.NONE, new Replacements().line(ctx("4.0", card(DataCategory.TWO, 15.0, true, COMPLETE),
                line(Flow.RELEASED, null, null, false))));
    }

    @Test
    void trafficGantryUses50Years_section3_1_4a() {
        LineContext c = MkiViews.context(line(Flow.ENTERING, "traffic-gantry", null, false),
                card(DataCategory.TWO, 20.0, true, COMPLETE)).settings(settings("4.0", 100)).build();
        LineOutcome o = new Replacements().line(c);
        // 100 / 50 = 2, not 100 / 20 = 5
        assertEquals(2.0, o.factors().get(0).value());
        assertEquals("RWS-MKI 4.0 §3.1.4a", o.factors().get(0).rule().label());
        assertEquals(Severity.INFO, o.findings().get(0).severity());
    }

    @Test
    void restscopeAbove5PercentIsAnError_section4_1() {
        // restscope line 6 of a total 100 euro: 6 % > 5 %
        ProjectOutcome o = new RestscopeLimit().project(view(DataCategory.THREE, 6, 100));
        assertEquals(1, o.findings().size());
        assertEquals(Severity.ERROR, o.findings().get(0).severity());
        // 5 of 100 is allowed
        assertTrue(new RestscopeLimit().project(view(DataCategory.THREE, 5, 100)).findings().isEmpty());
        // category 2 restscope is not allowed at any size
        Finding f = new RestscopeLimit().project(view(DataCategory.TWO, 1, 100)).findings().get(0);
        assertEquals("lines[3].restscope", f.field());
    }

    @Test
    void missingA4A5IsAWarningForCategory1_section2_2d() {
        CardView own = card(DataCategory.ONE, null, true, EnumSet.of(LcaModule.A1_A3, LcaModule.A4, LcaModule.C1));
        ProjectOutcome o = new MissingA4A5Warning().project(view(own, line(Flow.ENTERING, null, null, false), 1, 1));
        assertTrue(o.findings().get(0).message().contains("lacks A5"));
    }

    @Test
    void everyRuleTheJarDeclaresHasAUniqueIdAndNamesItsSource() {
        // the jar's META-INF/extensions.idx, as the host reads it: the 8 general rules and 16 of chapter 3
        List<MkiRule> rules = Extensions.of(MkiRule.class);
        assertEquals(24, rules.size());
        assertEquals(rules.size(), rules.stream().map(r -> r.describe().id()).distinct().count());
        for (MkiRule r : rules) {
            assertFalse(r.describe().implementsRules().isEmpty(), r.describe().id());
            assertFalse(r.protocolVersions().isEmpty(), r.describe().id());
        }
    }

    @Test
    void onlyTheProjectHooksOverQuantitiesOrFiguresSayTheirOutcomeDependsOnQuantities() {
        // restscope §4.1 and commuting §3.2.1a sum line MKI, the road-foundation D check §3.1.2b reads module D; the
        // others read cards, sections, objects and links (or have no project hook): kept across a quantity edit
        List<String> depending = Extensions.of(MkiRule.class).stream().filter(MkiRule::projectOutcomeDependsOnQuantities)
                .map(r -> r.describe().id()).sorted().toList();
        assertEquals(List.of("rws-commuting-threshold", "rws-concrete-road-foundation-d", "rws-restscope"), depending);
    }

    @Test
    void everyRuleCoversProtocols3_0_3_1And4_0() {
        for (var r : List.of(new CategoryThreeMarkUp(), new IncompleteLcaRefused(), new MissingA4A5Warning(),
                new FlowScope(), new ExcludedTemporaryItems(), new Replacements(), new RestscopeLimit(),
                new NmdDateVersion())) {
            assertEquals(Set.of("3.0", "3.1", "4.0"), r.protocolVersions());
            assertFalse(r.describe().implementsRules().isEmpty(), r.describe().id());
        }
    }

    private static ProjectView view(DataCategory cat, double restscopeEuro, double totalEuro) {
        return view(card(cat, null, true, COMPLETE), line(Flow.ENTERING, null, null, true), restscopeEuro, totalEuro);
    }

    /** A one-line project whose line is the 4th of the document (index 3), as the host would present it. */
    private static ProjectView view(CardView card, LineView line, double lineEuro, double totalEuro) {
        return new ProjectView() {
            @Override
            public ProjectSettings settings() {
                return RwsRulesTest.settings("4.0", 50);
            }

            @Override
            public List<LineView> lines() {
                return List.of(line);
            }

            @Override
            public CardView card(String cardId) {
                return card;
            }

            @Override
            public CardView lineCard(int lineIndex) {
                // the one line's index is 3, not its position in this list: the default's lines().get(3) would fail
                return card;
            }

            @Override
            public ObjectView object(String objectId) {
                return MkiViews.object();
            }

            @Override
            public boolean counted(int lineIndex) {
                return true;
            }

            @Override
            public double lineMkiEuro(int lineIndex) {
                return lineEuro;
            }

            @Override
            public double lineModuleMkiEuro(int lineIndex, LcaModule module) {
                return 0;
            }

            @Override
            public double totalMkiEuro() {
                return totalEuro;
            }
        };
    }
}
