package nl.kringloop.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 *
 * @param type       URI naming the kind of problem; documented in {@code docs/api-errors.md}
 * @param title      short summary of the kind
 * @param status     the HTTP status
 * @param detail     what is wrong with this request, for a human
 * @param field      JSON path of the offending input field, when there is one (e.g. {@code lines[12].quantity})
 * @param rule       the rule the input breaks, when there is one
 * @param incidentId for unexpected faults: the id under which the fault is logged
 * @param errors     every offending field, when there are several (e.g. rows of an import)
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://kringloop.nl/problems/invalid-field") String type,
        @Schema(example = "Invalid field") String title,
        @Schema(example = "400") int status,
        @Schema(example = "A2.GWP: expected a number, got a string") String detail,
        @Schema(example = "A1-A3.GWP") String field,
        String rule,
        String incidentId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://kringloop.nl/problems/";

    /** One offending field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String rule, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null);
    }

    public static Problem notFound(String detail) {
        return of(404, "not-found", "Not found", detail);
    }

    public static Problem methodNotAllowed(String detail) {
        return of(405, "method-not-allowed", "Method not allowed", detail);
    }

    /** an unexpected fault: no detail of it, only the id under which the caller logged it */
    public static Problem internalError(String incidentId) {
        return of(500, "internal-error", "Internal error", "An unexpected fault occurred; it is logged under the"
                + " incident id").withIncident(incidentId);
    }

    public Problem withField(String f) {
        return new Problem(type, title, status, detail, f, rule, incidentId, errors);
    }

    public Problem withRule(String r) {
        return new Problem(type, title, status, detail, field, r, incidentId, errors);
    }

    public Problem withErrors(List<FieldError> e) {
        return new Problem(type, title, status, detail, field, rule, incidentId, e == null ? null : List.copyOf(e));
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, field, rule, id, errors);
    }
}
