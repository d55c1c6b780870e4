package nl.kringloop.platform;

/**
 * The answer of a request filter that refuses before any resource runs (input limits: encoding, size, depth, URI
 * length), with a problem type of HTTP's own; {@link ProblemMapper} writes it. Domain code refuses with a
 * {@link DomainException} instead, which knows no HTTP (ProblemExceptionUseTest keeps it so). Carries no stack
 * trace: it is an answer, not a fault.
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
}
