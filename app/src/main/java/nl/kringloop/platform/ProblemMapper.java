package nl.kringloop.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Turns every exception that leaves a resource into RFC 9457 problem+json, so no HTML error page and no
 * stack trace ever comes from {@code /api}. Unexpected faults are logged with an incident id that the
 * response repeats.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        Problem p = classify(t);
        Response.ResponseBuilder b = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
        if (t instanceof NotAllowedException na) {
            b.allow(na.getResponse().getAllowedMethods());
        }
        if (p.status() == 401) {
            b.header("WWW-Authenticate", "Bearer realm=\"kringloop\"");
        }
        if ("busy".equals(p.slug())) {
            b.header("Retry-After", "1");
        }
        return b.build();
    }

    static Problem classify(Throwable t) {
        // also inside another exception: thrown from a JPA callback, a parameter converter or a commit
        ProblemException answer = cause(t, ProblemException.class);
        if (answer != null) {
            return answer.problem();
        }
        DomainException refused = cause(t, DomainException.class);
        if (refused != null) {
            return problem(refused);
        }
        if (cause(t, OptimisticLockException.class) != null) {
            return Problem.of(409, "concurrent-change", "Concurrent change", "Someone changed this resource at the"
                    + " same time; nothing of this request was stored. Read it again and repeat the change");
        }
        if (cause(t, EntityExistsException.class) != null || SqlStates.constraintViolation(t)) {
            return Problem.of(409, "conflict", "Conflict", "A resource with this id exists already (perhaps"
                    + " created at the same moment); nothing of this request was stored");
        }
        if (SqlStates.transientRefusal(t)) {
            return Problem.of(503, "busy", "Busy", "The database was too busy with concurrent requests to"
                    + " complete this one, also when it was repeated; nothing of this request was stored. Send it again");
        }
        if (t instanceof ExtensionCallException ece) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Plugin call failed, incident " + incident + ": " + ece.getMessage());
            return Problem.of(503, "plugin-failure", "Plugin failure", ece.getMessage()).withIncident(incident);
        }
        JsonParsingException parsing = cause(t, JsonParsingException.class);
        if (parsing != null) {
            return problem(DomainException.malformedJson(parsing));
        }
        if (t instanceof NotFoundException) {
            return Problem.notFound("No resource at this path");
        }
        if (t instanceof NotAllowedException) {
            return Problem.methodNotAllowed("This resource does not answer this HTTP method");
        }
        if (t instanceof NotSupportedException) {
            return Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the request body as application/json");
        }
        if (t instanceof NotAcceptableException) {
            return Problem.of(406, "not-acceptable", "Not acceptable",
                    "The Accept header names no media type this resource answers (its responses in /openapi list"
                            + " them; errors are application/problem+json)");
        }
        if (t instanceof NotAuthorizedException) {
            return Problem.of(401, "unauthorized", "Unauthorized", "Send a valid API token: Authorization: Bearer <token>");
        }
        if (t instanceof ForbiddenException) {
            return Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this request");
        }
        JsonbException jsonb = cause(t, JsonbException.class);
        if (jsonb != null) {
            return Problem.of(400, "invalid-json", "Invalid JSON", "The JSON does not fit the expected structure: "
                    + firstLine(jsonb.getMessage()));
        }
        JsonException json = cause(t, JsonException.class);
        if (json != null) {
            return Problem.of(400, "malformed-json", "Malformed JSON", firstLine(json.getMessage()));
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return Problem.of(status, "http-" + status, wae.getResponse().getStatusInfo().getReasonPhrase(),
                    firstLine(wae.getMessage()));
        }
        if (t instanceof ProcessingException pe && pe.getCause() == null) {
            return Problem.of(400, "bad-request", "Bad request", firstLine(pe.getMessage()));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected fault, incident " + incident, t);
        return Problem.internalError(incident);
    }

    /** the problem type of each kind of domain refusal: its status, slug and title */
    private record Type(int status, String slug, String title) {
    }

    /** The one table from a domain's refusals to HTTP: every kind, its one problem type (docs/api-errors.md). */
    private static final Map<DomainException.Kind, Type> TYPES = new EnumMap<>(Map.ofEntries(
            Map.entry(DomainException.Kind.UNKNOWN, new Type(404, "not-found", "Not found")),
            Map.entry(DomainException.Kind.CONFLICT, new Type(409, "conflict", "Conflict")),
            Map.entry(DomainException.Kind.INVALID, new Type(400, "invalid-field", "Invalid field")),
            Map.entry(DomainException.Kind.INVALID_FIELDS, new Type(400, "invalid-fields", "Invalid fields")),
            Map.entry(DomainException.Kind.FORBIDDEN, new Type(403, "forbidden", "Forbidden")),
            Map.entry(DomainException.Kind.UNAUTHENTICATED, new Type(401, "unauthorized", "Unauthorized")),
            Map.entry(DomainException.Kind.MALFORMED_JSON, new Type(400, "malformed-json", "Malformed JSON")),
            Map.entry(DomainException.Kind.NOT_FINITE, new Type(400, "not-finite", "Result out of range")),
            Map.entry(DomainException.Kind.TOO_MANY_ITEMS, new Type(413, "too-many-items", "Too many items")),
            Map.entry(DomainException.Kind.STALE, new Type(412, "precondition-failed", "Precondition failed")),
            Map.entry(DomainException.Kind.REPORT_REFUSED, new Type(409, "report-refused", "Report refused"))));

    /** the problem a domain refusal is answered with */
    public static Problem problem(DomainException e) {
        Type type = TYPES.get(e.kind());
        return Problem.of(type.status(), type.slug(), type.title(), e.getMessage())
                .withField(e.field()).withRule(e.rule()).withErrors(e.errors());
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /** Java names, exception names and server message ids, which an answer never shows */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:\\.[\\w$]+)*(?:\\([^)]*\\))?|\\b\\w+(?:Exception|Error)\\b"
                    + "|\\b(?:RESTEASY|CWW[A-Z]{2}|SRVE)\\d{4,6}[A-Z]?:?");

    /** the first line of a library's message, without the Java class names it tends to carry */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return INTERNALS.matcher(line).replaceAll("…").strip();
    }
}
