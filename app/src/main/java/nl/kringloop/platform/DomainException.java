package nl.kringloop.platform;

import jakarta.json.stream.JsonParsingException;

import java.util.List;

/**
 * A refusal by a domain service or reader: what was refused and why, without an HTTP status. Only the REST layer
 * knows HTTP: {@link ProblemMapper} answers each {@link Kind} with its one problem type, and
 * {@link TransactionalProblems} lets a refusal leave a transaction quietly. Carries no stack trace: it is an
 * answer, not a fault.
 */
public class DomainException extends RuntimeException {

    /** the kinds of refusal a domain knows; each has exactly one problem type (ProblemMapper's table) */
    public enum Kind {
        /** the named thing does not exist */
        UNKNOWN,
        /** the request conflicts with the state of the thing */
        CONFLICT,
        /** one field of the input is wrong */
        INVALID,
        /** several fields are wrong (rows of an import, cells of a sheet); nothing was written */
        INVALID_FIELDS,
        /** the caller may not do this to this thing */
        FORBIDDEN,
        /** nobody is known to be asking: a token is needed */
        UNAUTHENTICATED,
        /** the input is not JSON */
        MALFORMED_JSON,
        /** a derived value is not a finite number, so it cannot be shown */
        NOT_FINITE,
        /** a list of the input holds more items than one request may */
        TOO_MANY_ITEMS,
        /** the write names a version of the thing that is no longer the current one */
        STALE,
        /** a report the protocol does not allow to be issued (yet) */
        REPORT_REFUSED
    }

    private final Kind kind;
    private final String field;
    private final String rule;
    private final List<Problem.FieldError> errors;

    public DomainException(Kind kind, String detail, String field, String rule, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public DomainException(Kind kind, String detail, String field) {
        this(kind, detail, field, null, null);
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

    /** a field of the request breaks the named rule */
    public static DomainException invalid(String field, String detail, String rule) {
        return new DomainException(Kind.INVALID, detail, field, rule, null);
    }

    /** several fields are wrong; one of them is also named as the field */
    public static DomainException invalidFields(String detail, List<Problem.FieldError> errors) {
        return new DomainException(Kind.INVALID_FIELDS, detail, errors.size() == 1 ? errors.get(0).field() : null,
                null, errors);
    }

    /** several fields are wrong, the first breaking {@code rule} at {@code field} */
    public static DomainException invalidFields(String detail, String field, String rule,
                                                List<Problem.FieldError> errors) {
        return new DomainException(Kind.INVALID_FIELDS, detail, field, rule, errors);
    }

    /** the caller may not do this to this thing */
    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail, null);
    }

    /** the request needs a known caller */
    public static DomainException unauthenticated(String detail) {
        return new DomainException(Kind.UNAUTHENTICATED, detail, null);
    }

    /** the input is not JSON */
    public static DomainException malformedJson(String detail) {
        return new DomainException(Kind.MALFORMED_JSON, detail, null);
    }

    /** the input is not JSON, said where the parser stopped */
    public static DomainException malformedJson(JsonParsingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
        return malformedJson("The request body is not valid JSON" + where + ": " + ProblemMapper.firstLine(e.getMessage()));
    }

    /** a value derived at {@code field} from inputs is not finite */
    public static DomainException notFinite(String field, String detail, String rule) {
        return new DomainException(Kind.NOT_FINITE, detail, field, rule, null);
    }

    /** the list at {@code field} is longer than a request may hold */
    public static DomainException tooManyItems(String field, String detail) {
        return new DomainException(Kind.TOO_MANY_ITEMS, detail, field);
    }

    /** the write's If-Match names an older version */
    public static DomainException stale(String detail) {
        return new DomainException(Kind.STALE, detail, null);
    }

    /** the report is refused by {@code rule}, for every reason listed (may be null) */
    public static DomainException reportRefused(String detail, String rule, List<Problem.FieldError> reasons) {
        return new DomainException(Kind.REPORT_REFUSED, detail, null, rule, reasons);
    }

    /**
     * This refusal about a part of a larger input: its field under {@code prefix}, e.g. a passport import's
     * {@code [12]} makes {@code values.A1.1} {@code [12].values.A1.1}.
     */
    public DomainException at(String prefix) {
        String f = field == null || field.isEmpty() ? prefix : JsonInput.path(prefix, field);
        return new DomainException(kind, getMessage(), f, rule, errors);
    }

    /** this refusal, for the named rule instead of its own */
    public DomainException by(String otherRule) {
        return new DomainException(kind, getMessage(), field, otherRule, errors);
    }

    public Kind kind() {
        return kind;
    }

    /** the path of the offending input, when there is one ({@code lines[12].quantity}) */
    public String field() {
        return field;
    }

    /** the rule the input breaks, when one is named */
    public String rule() {
        return rule;
    }

    /** every offending field, when there are several; null otherwise */
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
