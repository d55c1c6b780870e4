package nl.kringloop.api.circularity;

/**
 * The utility of a product against its industry average, for the EMF MCI utility factor X = (L/L_av)·(U/U_av)
 * (EMF Circularity Indicators methodology 2015). The CPF does not use it.
 *
 * @param lifetimeYears                 L: the product's lifetime, years; &gt; 0
 * @param industryAverageLifetimeYears  L_av: the industry-average lifetime of such products, years; &gt; 0
 * @param functionalUnits               U: functional units achieved during the use phase; &gt; 0
 * @param industryAverageFunctionalUnits U_av: the industry average of U; &gt; 0
 */
public record Utility(double lifetimeYears, double industryAverageLifetimeYears, double functionalUnits,
                      double industryAverageFunctionalUnits) {

    /** X = 1: as long-lived and as intensively used as the industry average. */
    public static final Utility AVERAGE = new Utility(1, 1, 1, 1);

    /** @return X = (L/L_av)·(U/U_av), dimensionless */
    public double factorX() {
        return (lifetimeYears / industryAverageLifetimeYears) * (functionalUnits / industryAverageFunctionalUnits);
    }
}
