package nl.kringloop.mki.engine;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.LinePricing;
import nl.kringloop.mki.MkiResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    private PricingTable(double[] cardEuro, boolean[] cardHas, int[] lineCard, double[] quantity,
                         MkiResult.PricingUsed[] pricingUsed) {
        this.cardEuro = cardEuro;
        this.cardHas = cardHas;
        this.lineCard = lineCard;
        this.quantity = quantity;
        this.pricingUsed = pricingUsed;
    }

    /** Refuses (in {@code pass.status}) lines nobody can price, and lines priced by a card the document lacks. */
    static PricingTable build(ProjectIndex index, CardWeighing.WeighedCards cards, RulePass pass, Trace trace) {
        int n = index.lines.length;
        int nCards = index.cards.length;
        int[] lineCard = index.lineCard.clone();
        double[] quantity = index.quantity.clone();
        MkiResult.PricingUsed[] pricingUsed = new MkiResult.PricingUsed[n];
        List<double[]> extra = new ArrayList<>();
        double[] none = new double[M];
        Arrays.fill(none, Double.NaN);
        extra.add(none);
        Map<ProfileKey, Integer> fixedRows = new HashMap<>();
        boolean anyWithoutCard = false;
        for (int i = 0; i < n; i++) {
            String lineId = index.lines[i].id();
            anyWithoutCard |= index.lines[i].cardId() == null;
            LinePricing lp = pass.pricing[i];
            if (lp == null) {
                if (index.lines[i].cardId() == null && pass.status[i] != LineStatus.REFUSED) {
                    trace.lineFinding(i, new MkiResult.ResultFinding("error", Trace.ENGINE, lineId, null,
                            "lines[" + i + "].card", "The line has no card and no rule prices it (e.g. from"
                            + " reference data): name a card; the line counts 0.", null));
                    pass.status[i] = LineStatus.REFUSED;
                }
                continue;
            }
            String cardCode = null;
            Map<String, Double> euro = null;
            if (lp.cardId() != null) {
                Integer c = index.card(lp.cardId());
                if (c == null) {
                    trace.lineFinding(i, new MkiResult.ResultFinding("error", lp.rule().label(), lineId, null,
                            "lines[" + i + "].attributes", "Rule pricing '" + lp.name() + "' names card '"
                            + lp.cardId() + "', which is not in the document; the line counts 0.",
                            pass.pricingPlugin[i]));
                    pass.status[i] = LineStatus.REFUSED;
                    continue;
                }
                lineCard[i] = c;
                cardCode = lp.cardId();
            } else {
                double[] row = new double[M];
                Arrays.fill(row, Double.NaN);
                euro = new LinkedHashMap<>();
                for (LcaModule m : MODULES) {
                    Double v = lp.euroPerUnit().get(m);
                    if (v != null) {
                        row[m.ordinal()] = v;
                        euro.put(m.code(), v);
                    }
                }
                Integer r = fixedRows.get(new ProfileKey(row));
                if (r == null) {
                    r = extra.size();
                    extra.add(row);
                    fixedRows.put(new ProfileKey(row), r);
                }
                lineCard[i] = nCards + r;
            }
            if (lp.quantity() != null) {
                quantity[i] = lp.quantity();
            }
            pricingUsed[i] = new MkiResult.PricingUsed(lp.rule().label(), lp.name(), cardCode, euro, quantity[i],
                    lp.unit(), lp.source().isEmpty() ? null : lp.source(),
                    lp.publishedBreakdown().isEmpty() ? null : lp.publishedBreakdown(), pass.pricingPlugin[i]);
        }
        double[] cardEuro = cards.euro();
        boolean[] cardHas = cards.has();
        if (extra.size() > 1 || anyWithoutCard) {
            int rows = nCards + extra.size();
            cardEuro = Arrays.copyOf(cardEuro, rows * M);
            cardHas = Arrays.copyOf(cardHas, rows * M);
            for (int r = 0; r < extra.size(); r++) {
                double[] row = extra.get(r);
                for (int m = 0; m < M; m++) {
                    if (!Double.isNaN(row[m])) {
                        cardEuro[(nCards + r) * M + m] = row[m];
                        cardHas[(nCards + r) * M + m] = true;
                    }
                }
            }
        }
        return new PricingTable(cardEuro, cardHas, lineCard, quantity, pricingUsed);
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
