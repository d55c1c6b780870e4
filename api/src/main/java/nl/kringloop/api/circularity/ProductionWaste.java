package nl.kringloop.api.circularity;

/**
 * The production waste of one component in the manufacturer's own production and how it is processed (CPF guide
 * step 4; docs/methods/cpf.md w_i and q_i).
 *
 * @param massGram grams of waste per product (or per unit of the component being assessed) made; ≥ 0
 * @param recovery how the waste is processed: recycling, reuse, composting, with proof
 */
public record ProductionWaste(double massGram, Recovery recovery) {

    /** No production waste. */
    public static final ProductionWaste NONE = new ProductionWaste(0, Recovery.NONE);

    public ProductionWaste {
        recovery = recovery == null ? Recovery.NONE : recovery;
    }
}
