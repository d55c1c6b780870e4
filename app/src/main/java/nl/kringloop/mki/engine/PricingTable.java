package nl.kringloop.mki.engine;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.LinePricing;
import nl.kringloop.mki.MkiResult;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Phase 4, the pricing table: the weighed cards plus the rules' pricing as array indexes. A substitute card is an
 * index into the cards; a fixed price becomes an extra card row (NaN in the row = module absent) shared by every
 * line with the same price; row {@link ProjectIndex#noCard()} is the zero row of lines without a card. So the
 * recalculation loop needs no case for rule pricing.
 */
final class PricingTable {

    private static final int M = CompiledProject.MODULES;
    private static final LcaModule[] MODULES = LcaModule.values();

    /** card row × module → euro per unit ({@code cardEuro[r * MODULES + m]}): the cards, then the extra rows */
    final double[] cardEuro;
    /** card row × module → the row gives the module */
    final boolean[] cardHas;
    /** line position → card row that prices it */
    final int[] lineCard;
    /** line position → quantity priced, in the line's unit (or the rule's, e.g. kWh over the service life) */
    final double[] quantity;
    /** line position → how a rule priced it, for the result; null when its card prices it */
    final MkiResult.PricingUsed[] pricingUsed;
    /** a fixed price's row → its extra row's number (row {@code nCards + r}); row 0 is the zero row */
    private final Map<ProfileKey, Integer> fixedRows;
    private final int nCards;

    private PricingTable(double[] cardEuro, boolean[] cardHas, int[] lineCard, double[] quantity,
                         MkiResult.PricingUsed[] pricingUsed, Map<ProfileKey, Integer> fixedRows, int nCards) {
        this.cardEuro = cardEuro;
        this.cardHas = cardHas;
        this.lineCard = lineCard;
        this.quantity = quantity;
        this.pricingUsed = pricingUsed;
        this.fixedRows = fixedRows;
        this.nCards = nCards;
    }

    /** Refuses (in {@code pass.status}) lines nobody can price, and lines priced by a card the document lacks. */
    static PricingTable build(ProjectIndex index, CardWeighing.WeighedCards cards, RulePass pass, Trace trace) {
        int nCards = index.cards.length;
        double[] none = new double[M];
        Arrays.fill(none, Double.NaN);
        Map<ProfileKey, Integer> fixedRows = new HashMap<>();
        fixedRows.put(new ProfileKey(none), 0);
        // the cards, then the zero row of lines without a card; a fixed price adds a row when first used
        PricingTable t = new PricingTable(Arrays.copyOf(cards.euro(), (nCards + 1) * M),
                Arrays.copyOf(cards.has(), (nCards + 1) * M), index.lineCard.clone(), index.quantity.clone(),
                new MkiResult.PricingUsed[index.lines.length], fixedRows, nCards);
        return t.price(index, pass, trace);
    }

    /**
     * The table with line {@code pass.position(0)} priced again by a one-line pass; this table is not changed (a
     * cached compilation may be read at the same time).
     */
    PricingTable withLine(ProjectIndex index, RulePass pass, Trace trace) {
        int i = pass.position(0);
        int[] lc = lineCard.clone();
        double[] q = quantity.clone();
        MkiResult.PricingUsed[] pu = pricingUsed.clone();
        lc[i] = index.lineCard[i];
        q[i] = index.quantity[i];
        pu[i] = null;
        return new PricingTable(cardEuro, cardHas, lc, q, pu, new HashMap<>(fixedRows), nCards).price(index, pass,
                trace);
    }

    /** Prices the lines of the pass; may add rows (then to new arrays). @return the table with the rows */
    private PricingTable price(ProjectIndex index, RulePass pass, Trace trace) {
        double[] euro = cardEuro;
        boolean[] has = cardHas;
        for (int k = 0; k < pass.size(); k++) {
            int i = pass.position(k);
            String lineId = index.lines[i].id();
            LinePricing lp = pass.pricing[k];
            if (lp == null) {
                if (index.lines[i].cardId() == null && pass.status[k] != LineStatus.REFUSED) {
                    trace.lineFinding(i, new MkiResult.ResultFinding("error", Trace.ENGINE, lineId, null,
                            "lines[" + i + "].card", "The line has no card and no rule prices it (e.g. from"
                            + " reference data): name a card; the line counts 0.", null));
                    pass.status[k] = LineStatus.REFUSED;
                }
                continue;
            }
            String cardCode = null;
            Map<String, Double> fixed = null;
            if (lp.cardId() != null) {
                Integer c = index.card(lp.cardId());
                if (c == null) {
                    trace.lineFinding(i, new MkiResult.ResultFinding("error", lp.rule().label(), lineId, null,
                            "lines[" + i + "].attributes", "Rule pricing '" + lp.name() + "' names card '"
                            + lp.cardId() + "', which is not in the document; the line counts 0.",
                            pass.pricingPlugin[k]));
                    pass.status[k] = LineStatus.REFUSED;
                    continue;
                }
                lineCard[i] = c;
                cardCode = lp.cardId();
            } else {
                double[] row = new double[M];
                Arrays.fill(row, Double.NaN);
                fixed = new LinkedHashMap<>();
                for (LcaModule m : MODULES) {
                    Double v = lp.euroPerUnit().get(m);
                    if (v != null) {
                        row[m.ordinal()] = v;
                        fixed.put(m.code(), v);
                    }
                }
                Integer r = fixedRows.get(new ProfileKey(row));
                if (r == null) {
                    r = fixedRows.size();
                    fixedRows.put(new ProfileKey(row), r);
                    int rows = nCards + r + 1;
                    euro = Arrays.copyOf(euro, Math.max(euro.length, rows * M));
                    has = Arrays.copyOf(has, Math.max(has.length, rows * M));
                    for (int m = 0; m < M; m++) {
                        if (!Double.isNaN(row[m])) {
                            euro[(nCards + r) * M + m] = row[m];
                            has[(nCards + r) * M + m] = true;
                        }
                    }
                }
                lineCard[i] = nCards + r;
            }
            if (lp.quantity() != null) {
                quantity[i] = lp.quantity();
            }
            pricingUsed[i] = new MkiResult.PricingUsed(lp.rule().label(), lp.name(), cardCode, fixed, quantity[i],
                    lp.unit(), lp.source().isEmpty() ? null : lp.source(),
                    lp.publishedBreakdown().isEmpty() ? null : lp.publishedBreakdown(), pass.pricingPlugin[k]);
        }
        return euro == cardEuro ? this
                : new PricingTable(euro, has, lineCard, quantity, pricingUsed, fixedRows, nCards);
    }

    /** A row of per-module figures as a hash key, compared by value. */
    record ProfileKey(double[] v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ProfileKey k && Arrays.equals(v, k.v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }
    }
}
