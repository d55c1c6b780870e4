package nl.kringloop.platform;

/**
 * Fired once per application start on the {@link StartupTasks} thread, after the {@link Startup} observers have
 * returned and /health/ready answers 200: for work that makes the first requests faster but that no request
 * needs to wait for (an observer that fails is logged, and the server stays ready).
 */
public final class Ready {
}
