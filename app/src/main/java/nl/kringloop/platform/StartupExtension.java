package nl.kringloop.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Starts {@link StartupTasks} at the earliest point where beans can be used: right after CDI has validated the
 * deployment, before the web module starts (registered in
 * META-INF/services/jakarta.enterprise.inject.spi.Extension).
 */
public class StartupExtension implements Extension {

    void begin(@Observes AfterDeploymentValidation event, BeanManager beans) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        beans.createInstance().select(StartupTasks.class).get()
                .begin(loader != null ? loader : StartupTasks.class.getClassLoader());
    }
}
