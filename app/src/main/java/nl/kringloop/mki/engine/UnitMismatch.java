package nl.kringloop.mki.engine;

import nl.kringloop.api.Finding;

import java.util.List;

/**
 * Cards state indicator values in other units than the shadow-price set prices them (rule 1, RWS-MKI 4.0 §1.1): the
 * calculation stops rather than price MJ as kg Sb-eq. One error finding per card and indicator; the caller answers
 * them, the engine knows no requests.
 */
public final class UnitMismatch extends RuntimeException {

    private final transient List<Finding> errors;

    UnitMismatch(String detail, List<Finding> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** every card indicator in the wrong unit, its field {@code cards[c].indicatorUnits.<indicator>} */
    public List<Finding> errors() {
        return errors;
    }
}
