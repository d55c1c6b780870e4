package nl.kringloop.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.KringloopExtension;
import nl.kringloop.api.circularity.CircularityMethod;
import nl.kringloop.api.impact.ImpactMethod;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.MkiReferenceData;
import nl.kringloop.api.mki.MkiRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application's plugin host: starts the {@link PluginRegistry} when the application starts and stops it
 * on shutdown. The plugins directory comes from the server.xml variable {@code kringloop.plugins.dir}
 * (environment {@code KRINGLOOP_PLUGINS_DIR} overrides it); a relative value resolves against the server's
 * working directory, its output directory.
 */
@ApplicationScoped
public class PluginHost {

    /** Every extension point the host knows; a plugin's other extensions are listed as broken. */
    static final List<Class<? extends KringloopExtension>> EXTENSION_POINTS = List.of(ImpactWeighting.class,
            MkiRule.class, MkiReferenceData.class, CircularityMethod.class, ImpactMethod.class);

    @Inject
    @ConfigProperty(name = "kringloop.plugins.dir", defaultValue = "plugins")
    String pluginsDir;

    @Inject
    @ConfigProperty(name = "kringloop.plugins.callTimeoutMs", defaultValue = "2000")
    long callTimeoutMs;

    private volatile PluginRegistry registry;

    /** @return the registry, loading the plugins on first use */
    public PluginRegistry registry() {
        PluginRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                r = registry;
                if (r == null) {
                    r = PluginRegistry.start(Path.of(pluginsDir), Duration.ofMillis(callTimeoutMs), EXTENSION_POINTS);
                    registry = r;
                }
            }
        }
        return r;
    }

    /** @return true once every plugin has been loaded and started (or recorded as failed) */
    public boolean loaded() {
        return registry != null;
    }

    public <T extends KringloopExtension> List<HostedExtension<T>> extensions(Class<T> point) {
        return registry().extensions(point);
    }

    public <T extends KringloopExtension> Optional<HostedExtension<T>> extension(Class<T> point, String id) {
        return registry().extension(point, id);
    }

    public <T extends KringloopExtension, R> R call(HostedExtension<T> ext, String operation,
                                                   Function<T, R> fn) {
        return registry().call(ext, operation, fn);
    }

    /** @see PluginRegistry#callEach: the extensions of one plugin in one time-limited call */
    public <T extends KringloopExtension, R> List<PluginRegistry.Answer<R>> callEach(List<HostedExtension<T>> exts,
                                                                                  String operation, Function<T, R> fn) {
        return registry().callEach(exts, operation, fn);
    }

    @PreDestroy
    void stop() {
        PluginRegistry r = registry;
        if (r != null) {
            r.close();
        }
    }
}
