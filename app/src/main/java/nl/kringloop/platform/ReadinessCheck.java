package nl.kringloop.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Optional;

/**
 * {@code /health/ready}: up only when the database answers, the plugins have been loaded and the start-up tasks
 * (seeding the administrator, reference lists, guideline version, demo) have finished without error.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/kringloop")
    DataSource dataSource;

    @Inject
    PluginHost plugins;

    @Inject
    StartupTasks startup;

    @Override
    public HealthCheckResponse call() {
        if (!startup.done()) {
            // the database is not touched before the start-up tasks are through (see StartupTasks#begin)
            return HealthCheckResponse.named("kringloop").down().withData("startupTasks", "running").build();
        }
        String db;
        boolean dbUp;
        try (Connection c = dataSource.getConnection()) {
            dbUp = c.isValid(2);
            db = dbUp ? c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                    : "connection not valid";
        } catch (Exception e) {
            dbUp = false;
            db = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        boolean pluginsUp = plugins.loaded();
        Optional<String> failed = startup.failure();
        return HealthCheckResponse.named("kringloop")
                .status(dbUp && pluginsUp && failed.isEmpty())
                .withData("startupTasks", failed.map(f -> "failed: " + f).orElse("done"))
                .withData("database", db)
                .withData("pluginsLoaded", pluginsUp)
                .withData("plugins", pluginsUp ? plugins.registry().status().size() : 0)
                .build();
    }
}
