package nl.kringloop.api.circularity;

/**
 * What comes out of a product at end of life (CPF guide steps 6 and 7; docs/methods/cpf.md disassembly j). It need not match
 * the components that went in: steel and its paint coating are two components but one disassembly.
 *
 * @param id                   the line's id, unique among the disassemblies (it may repeat a component's id)
 * @param name                 what it is
 * @param unitMassGram         grams per piece; ≥ 0
 * @param count                pieces per product; ≥ 0
 * @param endOfLife            the end-of-life scenario: shares offered for recycling, reuse and composting, with
 *                             proof; composting only with a compostability standard named
 * @param recyclingEfficiency  E_C of the EMF MCI (EMF Circularity Indicators methodology 2015): efficiency, fraction 0–1, of the recycling
 *                             process the recycled share goes to; {@code null} when unknown. Needed by the
 *                             MCI when the disassembly has a recycled share
 */
public record Disassembly(String id, String name, double unitMassGram, double count, Recovery endOfLife,
                          Double recyclingEfficiency) {

    public Disassembly {
        name = name == null ? "" : name;
        endOfLife = endOfLife == null ? Recovery.NONE : endOfLife;
    }

    /** @return d_j of docs/methods/cpf.md: unit mass × count, grams */
    public double massGram() {
        return unitMassGram * count;
    }
}
