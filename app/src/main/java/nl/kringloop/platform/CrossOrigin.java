package nl.kringloop.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for browser integrators (Fetch standard): a page of any origin may read the API — the register is public,
 * and a token is only sent by a page the token's owner chose — while pages may write only from the origins in
 * {@code kringloop.cors.writeOrigins} (and the register's own pages, which are same-origin). A cross-origin
 * preflight for a write from another origin gets no permission, so the browser does not send the write; a write that
 * arrives anyway with such an {@code Origin} (a "simple" request needs no preflight) is refused with 403 before any
 * resource runs. docs/operations.md, "Cross-origin requests".
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 400)
public class CrossOrigin implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, X-File-Name";
    static final String EXPOSED_HEADERS = "ETag, Location, Link, Retry-After, Content-Disposition";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = "kringloop.cors.writeOrigins")
    Optional<String> writeOrigins;

    /** the configured write origins, read once, without a trailing slash */
    private Set<String> writers;

    @PostConstruct
    void readConfiguration() {
        writers = PublicAddress.commaSeparated(writeOrigins).stream()
                .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || sameOrigin(origin, request)) {
            return;
        }
        if (preflight(request)) {
            String preflight = request.getHeaderString("Access-Control-Request-Method");
            Response.ResponseBuilder answer = Response.noContent();
            String method = preflight.trim().toUpperCase(Locale.ROOT);
            if (READS.contains(method) || writers.contains(origin)) {
                answer.header("Access-Control-Allow-Origin", READS.contains(method) ? "*" : origin)
                        .header("Access-Control-Allow-Methods", READS.contains(method) ? "GET, HEAD"
                                : "GET, HEAD, POST, PUT, PATCH, DELETE")
                        .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                        .header("Access-Control-Max-Age", "600");
            }
            request.abortWith(answer.header("Vary", "Origin").build());
            return;
        }
        if (!READS.contains(request.getMethod()) && !writers.contains(origin)) {
            request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "forbidden",
                    "Forbidden", "Writes from a page of " + origin + " are not allowed: the register takes writes"
                            + " from its own pages and from the origins in kringloop.cors.writeOrigins")
                    .withField("Origin")).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || sameOrigin(origin, request) || preflight(request)) {
            return; // a preflight's answer is complete as the request filter made it
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        boolean write = !READS.contains(request.getMethod());
        if (write && !writers.contains(origin)) {
            return;
        }
        // a write's answer (and a read's by a write origin) names the origin; other reads are for anyone
        headers.putSingle("Access-Control-Allow-Origin", write ? origin : "*");
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        headers.add("Vary", "Origin");
    }

    private static boolean preflight(ContainerRequestContext request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeaderString("Access-Control-Request-Method") != null;
    }

    /** the page was served by this register: its origin is the host the browser addressed */
    private static boolean sameOrigin(String origin, ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        if (host == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
