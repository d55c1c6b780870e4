package nl.kringloop.api.impact;

import nl.kringloop.api.Finding;
import nl.kringloop.api.KringloopExtension;

import java.util.List;

/**
 * Extension point: an impact method that turns an {@link ImpactProfile} into a single score or characterised
 * values — e.g. PEF EF 3.1 normalisation and weighting (JRC EF 3.1 normalisation and weighting factors), ReCiPe 2016 damage to ecosystems
 * (ReCiPe 2016 v1.1, RIVM report 2016-0104a). {@link #describe()} gives the id used in {@code POST /api/methods/{method}/apply}.
 *
 * <p>The host calls {@link #validate} first and answers error findings with a 400 problem naming the field; an
 * indicator the method does not know is not an error but a data-quality note in the result (never silently
 * dropped).
 */
public interface ImpactMethod extends KringloopExtension {

    /** @return the factor file's provenance; the same instance on every call */
    FactorFile factorFile();

    /** @return every factor of the file, in publication order */
    List<Factor> factors();

    /**
     * Refusals such as a unit that differs from the factor's unit.
     *
     * @return error findings with the field path (e.g. {@code values.climate-change.unit}); empty when sound
     */
    default List<Finding> validate(ImpactProfile profile) {
        return List.of();
    }

    /** @param profile a profile that passed {@link #validate} */
    ImpactResult apply(ImpactProfile profile);
}
