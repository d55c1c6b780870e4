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
 * waits for them (at most {@link #MAX_WAIT}) instead of finding no guideline version, no reference list, or opening
 * a brand-new Derby database at the same moment as the seeding. If the tasks failed, or are still running after
 * the wait, the answer is 503 problem+json ({@code starting} with {@code Retry-After}, or {@code unavailable});
 * {@code /health/ready} says why. Runs before matching and before {@link BearerAuthentication}, which reads the
 * database.
 */
@Provider
@PreMatching
@ApplicationScoped
public class StartupGate implements ContainerRequestFilter {

    /**
     * How long a request waits for the start-up tasks: well beyond their usual 1–3 s (a new database), short
     * enough that a hung start does not pile up blocked request threads for long.
     */
    static final Duration MAX_WAIT = Duration.ofSeconds(15);

    /** what a 503 {@code starting} tells the client to wait before trying again */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    StartupTasks startup;

    Duration maxWait = MAX_WAIT;

    /**
     * Why a request is turned away.
     *
     * @param retryAfterSeconds the {@code Retry-After} header's value, or null for none
     */
    record Refusal(Problem problem, Integer retryAfterSeconds) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        refusal().ifPresent(refusal -> {
            Response.ResponseBuilder r = Response.status(refusal.problem().status()).type(Problem.MEDIA_TYPE)
                    .entity(refusal.problem());
            if (refusal.retryAfterSeconds() != null) {
                r.header("Retry-After", refusal.retryAfterSeconds());
            }
            request.abortWith(r.build());
        });
    }

    /** @return why the request is turned away, or empty when it may go on */
    Optional<Refusal> refusal() {
        boolean done;
        try {
            done = startup.done() || startup.awaitDone(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        if (!done) {
            return Optional.of(new Refusal(Problem.of(503, "starting", "Starting",
                    "The server is still loading its plugins and seeding its database; try again shortly"),
                    RETRY_AFTER_SECONDS));
        }
        return startup.failure().map(f -> new Refusal(Problem.of(503, "unavailable", "Service unavailable",
                "The server's start-up tasks failed, so it serves no requests; /health/ready and the server log"
                        + " say why"), null));
    }
}
