package nl.kringloop.platform;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;

import java.util.List;
import java.util.function.Function;

/** Turns the error findings of input checks into one refusal of invalid fields that names the (first) offending field. */
public final class Refusals {

    private Refusals() {
    }

    public static void refuseErrors(List<Finding> findings) {
        refuseErrors(findings, Refusals::fieldError);
    }

    /** a finding as the offending field it names */
    public static Problem.FieldError fieldError(Finding f) {
        return new Problem.FieldError(f.field(), f.rule(), f.message());
    }

    /**
     * @param where turns a finding into the error the caller sees: its own JSON path, or (for a spreadsheet) the
     *              cell the value came from
     */
    public static void refuseErrors(List<Finding> findings, Function<Finding, Problem.FieldError> where) {
        List<Problem.FieldError> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(where).toList();
        if (errors.isEmpty()) {
            return;
        }
        Problem.FieldError first = errors.get(0);
        String field = first.field() == null ? "(document)" : first.field();
        String detail = errors.size() == 1 ? field + ": " + first.message()
                : errors.size() + " fields are refused; first " + field + ": " + first.message();
        throw DomainException.invalidFields(detail, first.field(), first.rule(), errors);
    }
}
