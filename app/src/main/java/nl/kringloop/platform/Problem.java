package nl.kringloop.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every API error ({@code application/problem+json}).
 *
 * @param type       URI naming the kind of problem; built as {@code /problems/<slug>} and resolved, when the answer
 *                   leaves the server, against the server's public base URL ({@link ProblemResponses}), where
 *                   {@link ProblemTypeServlet} serves its documentation (also {@code docs/api-errors.md})
 * @param title      short summary of the kind
 * @param status     the HTTP status
 * @param detail     what is wrong with this request, for a human
 * @param field      JSON path of the offending input field, when there is one (e.g. {@code lines[12].quantity})
 * @param rule       the rule the input breaks, when there is one
 * @param incidentId for unexpected faults: the id under which the fault is logged
 * @param errors     every offending field, when there are several (e.g. rows of an import)
 * @param instance   the request's path (RFC 9457 §3.1.5), set when the answer leaves the server
 */
@Schema(name = "Problem", description = "RFC 9457 problem details; every type is documented at its URI",
        requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problem(
        @Schema(format = "uri", example = "https://register.example.nl/problems/invalid-field",
                description = "the kind of problem; GET it for its documentation") String type,
        @Schema(example = "Invalid field") String title,
        @Schema(example = "400", minimum = "100", maximum = "599") int status,
        @Schema(example = "A2.GWP: expected a number, got a string") String detail,
        @Schema(example = "A1-A3.GWP") String field,
        String rule,
        String incidentId,
        List<FieldError> errors,
        @Schema(format = "uri-reference", example = "/api/passports",
                description = "the path of the request this problem answers") String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** where the problem types are documented, relative to the server's base URL (ProblemTypeServlet) */
    public static final String TYPE_BASE = "/problems/";

    /** One offending field of a request. */
    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(String field, String rule, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null, null);
    }

    /** the slug of this problem's type ({@code invalid-field}), wherever its type was resolved */
    public String slug() {
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /**
     * This problem as it leaves the server: its type resolved against the server's base URL (so it names the page
     * that documents it) and the request's path as its instance.
     */
    public Problem answering(URI base, String path) {
        String resolved = type.startsWith("/") && base != null ? base.resolve(type).toString() : type;
        return new Problem(resolved, title, status, detail, field, rule, incidentId, errors,
                instance != null ? instance : path);
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
        return new Problem(type, title, status, detail, f, rule, incidentId, errors, instance);
    }

    public Problem withRule(String r) {
        return new Problem(type, title, status, detail, field, r, incidentId, errors, instance);
    }

    public Problem withErrors(List<FieldError> e) {
        return new Problem(type, title, status, detail, field, rule, incidentId, e == null ? null : List.copyOf(e), instance);
    }

    public Problem withIncident(String id) {
        return new Problem(type, title, status, detail, field, rule, id, errors, instance);
    }
}
