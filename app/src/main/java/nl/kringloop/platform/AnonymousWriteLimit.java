package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit on the writes anonymous callers may make (today: feedback on a passport, open to the public on
 * purpose): at most {@code kringloop.limits.anonymousWritesPerMinute} (default 30) per client address and resource
 * (one passport's feedback) per minute, and 20 times that over all resources; beyond it a 429 problem with
 * {@code Retry-After}. An anonymous write is a resource method marked {@link AnonymousWrite},
 * called without a token. Issue 12 item 5: 14,015 anonymous feedback items were accepted in 20 s.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class AnonymousWriteLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "kringloop.limits.anonymousWritesPerMinute", defaultValue = "30")
    int perMinute;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    /** the limit over all resources, as a multiple of the per-resource one */
    static final int ALL_RESOURCES_FACTOR = 20;

    /** client address (and resource) → [minute, count]; one window per minute is enough for a limit this coarse */
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    private long count(String key, long minute) {
        return windows.compute(key, (k, old) -> old == null || old[0] != minute ? new long[]{minute, 1}
                : new long[]{minute, old[1] + 1})[1];
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method m = resource.getResourceMethod();
        if (m == null || request.getHeaderString("Authorization") != null || !m.isAnnotationPresent(AnonymousWrite.class)) {
            return;
        }
        long minute = System.currentTimeMillis() / 60_000;
        String client = servletRequest == null ? "?" : servletRequest.getRemoteAddr();
        if (windows.size() > 100_000) {
            windows.clear(); // bounded memory; forgetting counts errs on the caller's side
        }
        // per address and resource (one passport's feedback), and per address over all resources
        boolean over = count(client + " " + request.getUriInfo().getPath(), minute) > perMinute
                | count(client, minute) > (long) perMinute * ALL_RESOURCES_FACTOR;
        if (over) {
            long retry = 60 - (System.currentTimeMillis() / 1000) % 60;
            request.abortWith(Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retry)
                    .entity(Problem.of(429, "too-many-requests", "Too many requests", "At most " + perMinute
                            + " anonymous writes per minute from one address to one resource, " + perMinute
                            * ALL_RESOURCES_FACTOR + " to all; try again in " + retry
                            + " s, or use an API token")).build());
        }
    }
}
