package nl.kringloop.platform;

/**
 * A refusal by a domain service or reader (passports, organisations, analyses): what was refused and why, without an HTTP
 * status. {@link ProblemMapper} turns it into RFC 9457 problem+json at the REST boundary (unknown → 404, conflict →
 * 409, invalid → 400 naming the field, forbidden → 403), and {@link TransactionalProblems} lets it leave a
 * transaction as quietly as a {@link ProblemException}.
 */
public class DomainException extends RuntimeException {

    /** the kinds of refusal a domain knows; each has exactly one problem type */
    public enum Kind { UNKNOWN, CONFLICT, INVALID, FORBIDDEN }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String detail, String field) {
        super(detail, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    /** the named thing does not exist */
    public static DomainException unknown(String what, String id) {
        return new DomainException(Kind.UNKNOWN, what + " '" + id + "' does not exist", null);
    }

    /** what a field of the request names does not exist (answered 404 naming the field) */
    public static DomainException unknownAt(String field, String detail) {
        return new DomainException(Kind.UNKNOWN, detail, field);
    }

    /** the request conflicts with the state of the thing */
    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, null);
    }

    /** a field of the request is wrong */
    public static DomainException invalid(String field, String detail) {
        return new DomainException(Kind.INVALID, detail, field);
    }

    /** the caller may not do this to this thing */
    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    /** the problem the REST layer answers with: the same types as {@link ProblemException}'s factories */
    Problem problem() {
        return switch (kind) {
            case UNKNOWN -> Problem.of(404, "not-found", "Not found", getMessage()).withField(field);
            case CONFLICT -> Problem.of(409, "conflict", "Conflict", getMessage());
            case INVALID -> Problem.of(400, "invalid-field", "Invalid field", getMessage()).withField(field);
            case FORBIDDEN -> Problem.of(403, "forbidden", "Forbidden", getMessage());
        };
    }
}
