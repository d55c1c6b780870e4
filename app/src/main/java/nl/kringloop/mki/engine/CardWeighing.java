package nl.kringloop.mki.engine;

import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 2, weigh the cards: rule 1 ({@link Weighting#moduleEuro}) once per card and module, each indicator's price
 * looked up once. Card indicator units are checked against the set's; one data-quality finding per indicator that
 * is unknown or flagged, not one per use (2,000 cards must not give 100,000 notes).
 */
final class CardWeighing {

    private static final int M = CompiledProject.MODULES;

    /**
     * @param euro card row × module → euro per functional unit ({@code euro[c * MODULES + m]}, m the
     *             {@link LcaModule#ordinal()})
     * @param has  card row × module → the card gives the module (a module it leaves out is absent, not 0)
     */
    record WeighedCards(double[] euro, boolean[] has) {
    }

    private final ProjectDocument doc;
    private final MkiEngine.WeightingSource weighting;
    private final Trace trace;
    private final Map<String, Optional<ShadowPrice>> prices = new HashMap<>();
    /** flagged or unknown indicator → the field of its first use */
    private final Map<String, String> noted = new LinkedHashMap<>();
    /** flagged or unknown indicator → how many module values use it */
    private final Map<String, Integer> uses = new HashMap<>();
    /** card position NUL indicator, for one error per card and indicator */
    private final Set<String> checkedUnits = new HashSet<>();
    private final List<Finding> unitErrors = new ArrayList<>();

    private CardWeighing(ProjectDocument doc, MkiEngine.WeightingSource weighting, Trace trace) {
        this.doc = doc;
        this.weighting = weighting;
        this.trace = trace;
    }

    /** @throws UnitMismatch when a card states an indicator in another unit than the set prices */
    static WeighedCards weigh(ProjectDocument doc, MkiEngine.WeightingSource weighting, Trace trace) {
        return new CardWeighing(doc, weighting, trace).weigh();
    }

    private WeighedCards weigh() {
        ShadowPriceSet set = weighting.set();
        int nCards = doc.cards().size();
        double[] cardEuro = new double[nCards * M];
        boolean[] cardHas = new boolean[nCards * M];
        for (int c = 0; c < nCards; c++) {
            ProjectDocument.Card card = doc.cards().get(c);
            int row = c;
            for (Map.Entry<LcaModule, Map<String, Double>> m : card.impacts().entrySet()) {
                int at = c * M + m.getKey().ordinal();
                cardHas[at] = true;
                String module = m.getKey().code();
                cardEuro[at] = Weighting.moduleEuro(m.getValue(), i -> prices.computeIfAbsent(i, set::price),
                        (indicator, value, price, euro) -> {
                            if (price.isPresent()) {
                                checkUnit(row, card, indicator, price.get());
                            }
                            if (price.isEmpty() || price.get().confidence().flagged()) {
                                noted.putIfAbsent(indicator, "cards[" + row + "].impacts." + module + "." + indicator);
                                uses.merge(indicator, 1, Integer::sum);
                            }
                        });
            }
        }
        if (!unitErrors.isEmpty()) {
            // a value in another unit would be priced as if in the set's (ADPF in MJ as kg Sb-eq: ≈ 2,079× too high)
            throw new UnitMismatch(unitErrors.size() + " card indicator unit(s) differ from the"
                    + " units of shadow-price set " + set.id() + " " + set.version() + "; convert the values or"
                    + " choose the matching set", unitErrors);
        }
        for (Map.Entry<String, String> e : noted.entrySet()) {
            Optional<ShadowPrice> p = prices.get(e.getKey());
            Finding f = p.isEmpty() ? Weighting.unknown(set, e.getKey(), e.getValue())
                    : Weighting.note(set, p.get(), e.getValue()).orElseThrow();
            trace.dataQuality.add(new MkiResult.ResultFinding(f.severity().code(), f.rule(), null,
                    f.subject(), f.field(), f.message() + " (" + uses.get(e.getKey()) + " module value(s) in the"
                    + " document)", weighting.pluginId() + " " + weighting.pluginVersion()));
        }
        return new WeighedCards(cardEuro, cardHas);
    }

    /** Card indicator units against the set's: a stated unit must be the set's; an unstated one is assumed. */
    private void checkUnit(int c, ProjectDocument.Card card, String indicator, ShadowPrice price) {
        String stated = card.indicatorUnits().get(indicator);
        if (stated == null) {
            trace.assumedUnits.putIfAbsent(indicator, price.unit());
        } else if (!sameUnit(stated, price.unit()) && checkedUnits.add(c + "\u0000" + indicator)) {
            unitErrors.add(Finding.error(Weighting.RULE, card.id(), "cards[" + c + "].indicatorUnits." + indicator,
                    "card '" + card.id() + "' states " + indicator + " in '" + stated
                    + "', but shadow-price set " + weighting.set().id() + " prices " + indicator + " per '"
                    + price.unit() + "'"));
        }
    }

    /** "kg CO2-eq", "kg CO2 eq" and "kgCO2eq." are one unit; "MJ" and "kg Sb-eq" are not. */
    static boolean sameUnit(String a, String b) {
        return normalUnit(a).equals(normalUnit(b));
    }

    private static String normalUnit(String u) {
        return u == null ? "" : u.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_]", "")
                .replace("equivalent", "eq").replace("³", "3");
    }
}
