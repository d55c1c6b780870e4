package nl.kringloop.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/** {@code /health/ready}: up only when the database answers and the plugins have been loaded. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/kringloop")
    DataSource dataSource;

    @Inject
    PluginHost plugins;

    @Override
    public HealthCheckResponse call() {
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
        return HealthCheckResponse.named("kringloop")
                .status(dbUp && pluginsUp)
                .withData("database", db)
                .withData("pluginsLoaded", pluginsUp)
                .withData("plugins", pluginsUp ? plugins.registry().status().size() : 0)
                .build();
    }
}
