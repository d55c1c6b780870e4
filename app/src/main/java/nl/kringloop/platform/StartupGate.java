package nl.kringloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.time.Duration;
import java.util.Optional;

/**
 * Holds API requests until the {@link StartupTasks} have finished. The HTTP port opens when the application has
 * started, up to a second before the plugins are loaded and the database is seeded; a request in that window
 * waits for them (at most {@link #WAIT}) instead of finding no guideline version, no reference list, or opening
 * a brand-new Derby database at the same moment as the seeding. If the tasks failed, or are still running after
 * the wait, the answer is 503 problem+json ({@code starting} with {@code Retry-After}, or {@code unavailable});
 * {@code /health/ready} says why. Runs before matching and before {@link BearerAuthentication}, which reads the
 * database.
 */
@Provider
@PreMatching
@ApplicationScoped
public class StartupGate implements ContainerRequestFilter {

    /** how long a request waits for the start-up tasks: well beyond their usual 1–3 s */
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    StartupTasks startup;

    Duration wait = WAIT;

    @Override
    public void filter(ContainerRequestContext request) {
        problem().ifPresent(p -> {
            Response.ResponseBuilder r = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
            if (p.type().endsWith("/starting")) {
                r.header("Retry-After", 5);
            }
            request.abortWith(r.build());
        });
    }

    /** @return the problem to answer with, or empty when the request may go on */
    Optional<Problem> problem() {
        if (!startup.done()) {
            try {
                if (!startup.awaitDone(wait)) {
                    return Optional.of(Problem.of(503, "starting", "Starting",
                            "The server is still loading its plugins and seeding its database; try again shortly"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of(Problem.of(503, "starting", "Starting", "Interrupted while waiting for the start"));
            }
        }
        return startup.failure().map(f -> Problem.of(503, "unavailable", "Service unavailable",
                "The server's start-up tasks failed, so it serves no requests; /health/ready and the server log"
                        + " say why"));
    }
}
