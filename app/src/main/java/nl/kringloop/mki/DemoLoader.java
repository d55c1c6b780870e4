package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.kringloop.platform.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the illustrative demo project on first start (when no illustrative project exists), so a new user sees
 * a result in one call. Switch off with {@code kringloop.demo.enabled=false}.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    static final int DEMO_LINES = 300;

    @Inject
    MkiProjects projects;

    @Inject
    @ConfigProperty(name = "kringloop.demo.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes Startup ignored) {
        if (!enabled) {
            return;
        }
        try {
            if (!projects.hasIllustrative()) {
                MkiProjectEntity e = projects.create(DemoProject.document(DEMO_LINES), "demo-loader", true);
                LOG.info(() -> "Loaded the illustrative demo project " + e.id() + " ("
                        + (DEMO_LINES + 2) + " lines): GET /api/mki/projects/" + e.id() + "/result");
            }
        } catch (RuntimeException e) {
            // a demo must never stop the register from starting
            LOG.log(Level.WARNING, "Demo project not loaded", e);
        }
    }
}
