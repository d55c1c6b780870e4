package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Sends the server's own time for a request as {@code Server-Timing: app;dur=<ms>} (W3C Server Timing): from the
 * first request filter to the answer's filters, so before the body is written (a small body costs little more).
 * What a benchmark quotes as server time (docs/benchmarks.md, what-if edits), free of the client and the network.
 */
@Provider
@PreMatching
@Priority(1)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().putSingle("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6));
        }
    }
}
