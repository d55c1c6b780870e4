package nl.kringloop.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.KringloopExtension;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.MkiRule;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.stream.Collectors;
import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * {@code /health/ready}: up only when the database answers, the plugins have been loaded, at least one extension of
 * each required kind ({@link #REQUIRED_KINDS}) is there, and the start-up tasks (seeding the administrator,
 * reference lists, guideline version, demo) have finished without error. Plugins that did not start are named in
 * the data; one broken plugin alone does not make the server unready.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    /** the extension kinds without which the server is not ready: an MKI result needs a shadow-price set and rules */
    static final List<Class<? extends KringloopExtension>> REQUIRED_KINDS = List.of(
            ImpactWeighting.class, MkiRule.class);

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
        // one broken plugin does not make the server unready; a kind the MKI calculation cannot do without does
        List<String> missingKinds = !pluginsUp ? List.of() : REQUIRED_KINDS.stream()
                .filter(k -> plugins.extensions(k).isEmpty()).map(Class::getSimpleName).toList();
        String failedPlugins = !pluginsUp ? "" : plugins.registry().status().stream()
                .filter(p -> !"STARTED".equals(p.state())).map(PluginStatus::id).sorted()
                .collect(Collectors.joining(", "));
        return HealthCheckResponse.named("kringloop")
                .status(dbUp && pluginsUp && failed.isEmpty() && missingKinds.isEmpty())
                .withData("startupTasks", failed.map(f -> "failed: " + f).orElse("done"))
                .withData("database", db)
                .withData("pluginsLoaded", pluginsUp)
                .withData("plugins", pluginsUp ? plugins.registry().status().size() : 0)
                .withData("pluginsNotStarted", failedPlugins.isEmpty() ? "none" : failedPlugins)
                .withData("requiredKinds", REQUIRED_KINDS.stream().map(Class::getSimpleName)
                        .collect(Collectors.joining(", ")))
                .withData("requiredKindsMissing", missingKinds.isEmpty() ? "none" : String.join(", ", missingKinds))
                .build();
    }
}
