package nl.kringloop.mki.engine;

import nl.kringloop.api.LcaModule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project compiled for summing (the openLCA split: the model is the document, the calculation works on
 * arrays). Cards are weighted once to euro per unit per module; lines are indexes, a quantity and a factor
 * profile. Lines share profiles (most lines carry the same few factor combinations), which keeps the factor
 * table small enough to stay in cache while 100,000 lines are summed.
 *
 * <p>Layout: module {@code m} is {@link LcaModule#ordinal()}; {@code cardEuro[c * MODULES + m]} is euro per
 * functional unit of card {@code c}; {@code profiles[p * MODULES + m]} the product of every factor of
 * profile {@code p}.
 *
 * <p>Phase 5 of {@link MkiEngine}, recalculate: {@link #recalculate()}, as often as wanted.
 */
public final class CompiledProject {

    /** Number of LCA modules, the stride of the per-module arrays. */
    public static final int MODULES = LcaModule.values().length;

    /** card row × module → euro per functional unit ({@code cardEuro[c * MODULES + m]}); see {@link PricingTable} */
    final double[] cardEuro;
    /** card row × module → the row gives the module */
    final boolean[] cardHas;
    /** line position → card row */
    final int[] lineCard;
    /** line position → object position */
    final int[] lineObject;
    /** line position → quantity priced, in the line's unit */
    final double[] quantity;
    /** line position → factor profile */
    final int[] lineProfile;
    /** profile × module → product of the factors ({@code profiles[p * MODULES + m]}) */
    final double[] profiles;
    /** line position → whether it is summed; the project hooks may still exclude a counted line */
    final LineStatus[] status;
    /** number of objects, the length of the per-object sums */
    final int objectCount;

    /** a profile's factors → its number; read only once built (a what-if edit copies it) */
    private final Map<PricingTable.ProfileKey, Integer> profileIndex;

    private CompiledProject(double[] cardEuro, boolean[] cardHas, int[] lineCard, int[] lineObject,
                            double[] quantity, int[] lineProfile, double[] profiles, LineStatus[] status,
                            int objectCount, Map<PricingTable.ProfileKey, Integer> profileIndex) {
        this.cardEuro = cardEuro;
        this.cardHas = cardHas;
        this.lineCard = lineCard;
        this.lineObject = lineObject;
        this.quantity = quantity;
        this.lineProfile = lineProfile;
        this.profiles = profiles;
        this.status = status;
        this.objectCount = objectCount;
        this.profileIndex = profileIndex;
    }

    /**
     * The pricing table and the rule pass's factors, folded into shared profiles; {@code status} (the line phases'
     * statuses) is copied, as the project hooks may still exclude lines.
     */
    static CompiledProject of(ProjectIndex index, PricingTable table, RulePass pass) {
        int n = index.lines.length;
        int[] lineProfile = new int[n];
        Map<PricingTable.ProfileKey, Integer> seen = new HashMap<>();
        List<double[]> table2 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lineProfile[i] = profile(Arrays.copyOfRange(pass.factor, i * MODULES, i * MODULES + MODULES), seen, table2);
        }
        double[] out = new double[table2.size() * MODULES];
        for (int p = 0; p < table2.size(); p++) {
            System.arraycopy(table2.get(p), 0, out, p * MODULES, MODULES);
        }
        return new CompiledProject(table.cardEuro, table.cardHas, table.lineCard, index.lineObject, table.quantity,
                lineProfile, out, pass.status.clone(), index.objects.length, seen);
    }

    /** @return the number of the profile with factors {@code v}, added to {@code seen} and {@code table} when new */
    private static int profile(double[] v, Map<PricingTable.ProfileKey, Integer> seen, List<double[]> table) {
        Integer p = seen.get(new PricingTable.ProfileKey(v));
        if (p == null) {
            p = table.size();
            table.add(v);
            seen.put(new PricingTable.ProfileKey(v), p);
        }
        return p;
    }

    /**
     * This project with line {@code pass.position(0)} compiled again by a one-line pass and priced by {@code table};
     * the statuses are the line phases' ({@code linePhaseStatus} with the line's new one). This project is not
     * changed.
     */
    CompiledProject withLine(PricingTable table, RulePass pass, LineStatus[] linePhaseStatus) {
        int i = pass.position(0);
        Map<PricingTable.ProfileKey, Integer> seen = profileIndex;
        double[] table2 = profiles;
        double[] v = Arrays.copyOfRange(pass.factor, 0, MODULES);
        Integer p = seen.get(new PricingTable.ProfileKey(v));
        if (p == null) {
            seen = new HashMap<>(seen);
            p = seen.size();
            seen.put(new PricingTable.ProfileKey(v), p);
            table2 = Arrays.copyOf(profiles, profiles.length + MODULES);
            System.arraycopy(v, 0, table2, p * MODULES, MODULES);
        }
        int[] lp = lineProfile.clone();
        lp[i] = p;
        LineStatus[] st = linePhaseStatus.clone();
        st[i] = pass.status[0];
        return new CompiledProject(table.cardEuro, table.cardHas, table.lineCard, lineObject, table.quantity, lp,
                table2, st, objectCount, seen);
    }

    /** Sums per module, per object and per line, in euro. */
    public record Totals(double totalMkiEuro, double[] lineMkiEuro, double[] byModuleEuro, double[] byObjectEuro) {
    }

    public int lineCount() {
        return lineCard.length;
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
            if (status[i] != LineStatus.COUNTED) {
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
        if (status[line] != LineStatus.COUNTED) {
            return 0;
        }
        // + 0.0 turns the −0.0 of a scoped-out module with a negative figure (0 × −1) into 0.0; exact otherwise
        return quantity[line] * profiles[lineProfile[line] * MODULES + module]
                * cardEuro[lineCard[line] * MODULES + module] + 0.0;
    }
}
