package nl.kringloop.platform;

import java.util.List;

/**
 * Thrown by application code to answer a request with a problem; {@link ProblemMapper} writes it.
 * Carries no stack trace: it is an answer, not a fault.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 400: a field of the request is wrong. */
    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(Problem.of(400, "invalid-field", "Invalid field", detail).withField(field));
    }

    /** 400: several fields are wrong (e.g. rows of an import); nothing was written. */
    public static ProblemException invalidFields(String detail, List<Problem.FieldError> errors) {
        Problem p = Problem.of(400, "invalid-fields", "Invalid fields", detail).withErrors(errors);
        if (errors.size() == 1) {
            p = p.withField(errors.get(0).field());
        }
        return new ProblemException(p);
    }

    /** 404: the named resource does not exist. */
    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " '" + id + "' does not exist"));
    }

    /** 409: the request conflicts with the resource's state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }
}
