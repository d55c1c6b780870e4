package nl.kringloop.platform;

/**
 * The register's start-up event: fired once per application start on the {@link StartupTasks} thread, after the
 * plugins have been loaded. Each domain seeds what it owns by observing it (administrator, reference lists,
 * guideline version, demo project); /health/ready stays down until every observer has returned.
 */
public final class Startup {
}
