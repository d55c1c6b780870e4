package nl.kringloop.api.circularity;

import java.util.List;

/**
 * One line of the bill of materials (CPF guide steps 1–5; docs/methods/cpf.md component i).
 *
 * @param id                 the line's id, unique among the components; used as subject of terms and findings
 * @param name               what it is, e.g. "aluminium housing"
 * @param supplier           who supplies it; may be empty
 * @param unit               the unit it is counted in, e.g. "pcs", "m", "kg"
 * @param unitMassGram       grams per unit; ≥ 0
 * @param unitsPerProduct    units in one product (or one unit of the component assessed); ≥ 0
 * @param maintenancePhase   true for parts used in the maintenance phase (spare parts, consumables): they count
 *                           in a product's CPF (CPF guide step 5), not in a component's CPFx
 * @param supplierCpfxShare  the supplier's own CPFx of this component as a fraction 0–1, or {@code null}. When
 *                           given it is the circular input share f_i and the secondary inputs are locked: a
 *                           bill that states both is refused (CPF guide step 2)
 * @param secondaryInput     recycled, reused and renewable shares with their sources (CPF guide step 3)
 * @param productionWaste    the component's production waste and its processing (CPF guide step 4)
 * @param supplierCpfxProofDocuments file names of the supplier's CPFx calculation
 * @param feedstockRecyclingEfficiency E_F of the EMF MCI (EMF Circularity Indicators methodology 2015): efficiency, fraction in (0, 1], of
 *                           the recycling process that made the recycled input; {@code null} when unknown.
 *                           Needed by the MCI when the component has recycled input; 0 with recycled input is
 *                           refused (W_F divides by it)
 */
public record Component(String id, String name, String supplier, String unit, double unitMassGram,
                        double unitsPerProduct, boolean maintenancePhase, Double supplierCpfxShare,
                        SecondaryInput secondaryInput, ProductionWaste productionWaste,
                        List<String> supplierCpfxProofDocuments, Double feedstockRecyclingEfficiency) {

    public Component {
        name = name == null ? "" : name;
        supplier = supplier == null ? "" : supplier;
        unit = unit == null ? "" : unit;
        secondaryInput = secondaryInput == null ? SecondaryInput.NONE : secondaryInput;
        productionWaste = productionWaste == null ? ProductionWaste.NONE : productionWaste;
        supplierCpfxProofDocuments = supplierCpfxProofDocuments == null ? List.of()
                : List.copyOf(supplierCpfxProofDocuments);
    }

    /** @return m_i of docs/methods/cpf.md: unit mass × units per product, grams */
    public double massGram() {
        return unitMassGram * unitsPerProduct;
    }
}
