package nl.kringloop.platform;

import jakarta.inject.Inject;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPriceSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the running Liberty server: the CDI bean {@link PluginHost} starts PF4J on the configured plugins
 * directory, and an extension it hands out comes from the plugin jar's own class loader yet is usable through
 * the api types of the web application.
 */
@ExtendWith(ArquillianExtension.class)
class PluginHostArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "plugin-host-it.war")
                .addPackages(true, "nl.kringloop.api")
                .addClasses(PluginHost.class, PluginRegistry.class, HostedExtension.class, PluginStatus.class,
                        ExtensionCallException.class, Startup.class, Ready.class, StartupTasks.class, StartupExtension.class,
                        Migrations.class)
                // the start-up tasks migrate the database first (already up to date: the server did it)
                .addAsResource(new java.io.File("target/classes/db"), "db")
                // the real start path: the CDI extension starts the start-up thread, which loads the plugins
                .addAsServiceProvider(jakarta.enterprise.inject.spi.Extension.class, StartupExtension.class)
                .addAsLibraries(Maven.resolver().resolve("org.pf4j:pf4j:3.15.0", "org.slf4j:slf4j-jdk14:2.0.17",
                                "org.flywaydb:flyway-core:11.0.0", "org.flywaydb:flyway-database-derby:11.0.0",
                                "org.flywaydb:flyway-database-postgresql:11.0.0")
                        .withTransitivity().asFile())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    PluginHost host;

    @Inject
    StartupTasks startup;

    @Test
    void theCdiPluginHostLoadsTheWeightingPluginFromItsJarAndCallsIt() throws InterruptedException {
        // the start-up thread runs beside the application's start; give it a bounded time to finish
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!startup.done() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(startup.done());
        assertTrue(startup.failure().isEmpty(), () -> startup.failure().orElse(""));
        assertTrue(host.loaded());
        HostedExtension<ImpactWeighting> ext = host.extension(ImpactWeighting.class, "nmd-set-1").orElseThrow();
        assertEquals("mki-weighting", ext.pluginId());
        // the extension class is the plugin's, loaded by PF4J, not by the web application
        ClassLoader pluginLoader = ext.instance().getClass().getClassLoader();
        assertNotSame(PluginHost.class.getClassLoader(), pluginLoader);
        assertEquals("org.pf4j.PluginClassLoader", pluginLoader.getClass().getName());

        ShadowPriceSet set = host.call(ext, "shadowPriceSet()", ImpactWeighting::shadowPriceSet);
        assertEquals(0.05, set.price("GWP").orElseThrow().euroPerUnit());
        assertTrue(host.registry().pluginsDir().isAbsolute());
    }
}
