package nl.kringloop.circularity;

import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.ProblemException;

import java.util.List;

/** Turns the error findings of input checks into one 400 problem that names the (first) offending field. */
final class Refusals {

    private Refusals() {
    }

    static void refuseErrors(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return;
        }
        Finding first = errors.get(0);
        String detail = errors.size() == 1 ? fieldOf(first) + ": " + first.message()
                : errors.size() + " fields are refused; first " + fieldOf(first) + ": " + first.message();
        Problem p = Problem.of(400, "invalid-fields", "Invalid fields", detail)
                .withErrors(errors.stream().map(f -> new Problem.FieldError(f.field(), f.rule(), f.message())).toList())
                .withField(first.field())
                .withRule(first.rule());
        throw new ProblemException(p);
    }

    private static String fieldOf(Finding f) {
        return f.field() == null ? "(document)" : f.field();
    }
}
