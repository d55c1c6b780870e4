package nl.kringloop.api.circularity;

import nl.kringloop.api.Finding;
import nl.kringloop.api.KringloopExtension;

import java.util.List;

/**
 * Extension point: a circularity method that turns a {@link BillOfMaterials} into a value between 0 % and
 * 100 % with its terms — e.g. the Kringloop CPF/CPFx (docs/methods/cpf.md) or the EMF Material Circularity Indicator
 * (EMF Circularity Indicators methodology 2015). {@link #describe()} gives the method id used in {@code POST /api/circularity/{method}}.
 *
 * <p>The host first applies {@link BillOfMaterials#inputErrors()} and then {@link #validate}; any error finding
 * is answered with a 400 problem naming its field, and {@link #calculate} is only called with a bill that
 * passed both. A calculation is a pure function: the same bill gives the same result to the last digit.
 */
public interface CircularityMethod extends KringloopExtension {

    /**
     * Refusals particular to this method, beyond {@link BillOfMaterials#inputErrors()} (e.g. an input the
     * method needs that the bill leaves out).
     *
     * @return error findings with the JSON path of the field; empty when the bill suits the method
     */
    default List<Finding> validate(BillOfMaterials bill) {
        return List.of();
    }

    /**
     * @param bill a bill without input errors
     * @return the value, 0–100 %, with its terms and findings
     */
    CircularityResult calculate(BillOfMaterials bill);
}
