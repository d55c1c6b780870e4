package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;

/**
 * A project compiled for summing (the openLCA split: the model is the document, the calculation works on
 * arrays). Cards are weighted once to euro per unit per module; lines are indexes, a quantity and a factor
 * profile. Lines share profiles (most lines carry the same few factor combinations), which keeps the factor
 * table small enough to stay in cache while 100,000 lines are summed.
 *
 * <p>Layout: module {@code m} is {@link LcaModule#ordinal()}; {@code cardEuro[c * MODULES + m]} is euro per
 * functional unit of card {@code c}; {@code profiles[p * MODULES + m]} the product of every factor of
 * profile {@code p}.
 */
public final class CompiledProject {

    /** Number of LCA modules, the stride of the per-module arrays. */
    public static final int MODULES = LcaModule.values().length;

    static final byte COUNTED = 0;
    static final byte EXCLUDED = 1;
    static final byte REFUSED = 2;

    final double[] cardEuro;
    final boolean[] cardHas;
    final int[] lineCard;
    final int[] lineObject;
    final double[] quantity;
    final int[] lineProfile;
    final double[] profiles;
    final byte[] status;
    final int objectCount;

    CompiledProject(double[] cardEuro, boolean[] cardHas, int[] lineCard, int[] lineObject, double[] quantity,
                    int[] lineProfile, double[] profiles, byte[] status, int objectCount) {
        this.cardEuro = cardEuro;
        this.cardHas = cardHas;
        this.lineCard = lineCard;
        this.lineObject = lineObject;
        this.quantity = quantity;
        this.lineProfile = lineProfile;
        this.profiles = profiles;
        this.status = status;
        this.objectCount = objectCount;
    }

    /** Sums per module, per object and per line, in euro. */
    public record Totals(double totalMkiEuro, double[] lineMkiEuro, double[] byModuleEuro, double[] byObjectEuro) {
    }

    public int lineCount() {
        return lineCard.length;
    }

    public int profileCount() {
        return profiles.length / MODULES;
    }

    /**
     * The recalculation: a pure, allocation-light loop over the arrays. Line MKI = Σ over modules (EN 15804
     * order) of quantity × profile factor × card euro per unit; the total sums lines in document order.
     */
    public Totals recalculate() {
        int n = lineCard.length;
        double[] lineEuro = new double[n];
        double[] byModule = new double[MODULES];
        double[] byObject = new double[objectCount];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (status[i] != COUNTED) {
                continue;
            }
            int c = lineCard[i] * MODULES;
            int p = lineProfile[i] * MODULES;
            double q = quantity[i];
            double sum = 0;
            for (int m = 0; m < MODULES; m++) {
                double v = q * profiles[p + m] * cardEuro[c + m];
                byModule[m] += v;
                sum += v;
            }
            lineEuro[i] = sum;
            byObject[lineObject[i]] += sum;
            total += sum;
        }
        return new Totals(total, lineEuro, byModule, byObject);
    }

    /** @return one line's euro for one module, by the same arithmetic as {@link #recalculate()} */
    double lineModuleEuro(int line, int module) {
        if (status[line] != COUNTED) {
            return 0;
        }
        // + 0.0 turns the −0.0 of a scoped-out module with a negative figure (0 × −1) into 0.0; exact otherwise
        return quantity[line] * profiles[lineProfile[line] * MODULES + module]
                * cardEuro[lineCard[line] * MODULES + module] + 0.0;
    }
}
