package nl.kringloop.platform;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Migrates the schema while the plugins load beside it, then fires {@link Startup}, on a thread of its own that
 * {@link StartupExtension} starts as soon as CDI has validated the deployment. Start-up time (issue 3): the
 * application's start is one thread on a two-CPU machine, so the database boot and seeding now overlap with the
 * rest of it (Liberty's OpenAPI processing, the web module) instead of following it. {@code /health/ready} reports down until {@link #done()}.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Inject
    PluginHost plugins;

    @Inject
    Event<Startup> startup;

    @Inject
    Event<Ready> ready;

    @Inject
    Migrations migrations;

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String failure;

    private Thread thread;
    private ClassLoader applicationLoader;

    /**
     * Starts the tasks once; later calls do nothing. They open the database first: readiness does not touch it
     * before they are done, as two first opens of a new Derby database at once can break it.
     * <p>
     * The thread comes from the application's default {@link ManagedThreadFactory}, so it runs in the
     * application's context (class loader, {@code java:comp}, the CDI bean manager EclipseLink asks for when it
     * creates an attribute converter). Where there is none (no JNDI in a unit test, a server without
     * {@code concurrent-3.0}) it is a plain thread with the application's class loader.
     */
    synchronized void begin(ClassLoader applicationLoader) {
        if (thread != null) {
            return;
        }
        this.applicationLoader = applicationLoader;
        thread = thread(this::run, "kringloop-startup");
        thread.start();
    }

    /** A thread in the application's context: a managed one where the server has them, else a plain one. */
    private Thread thread(Runnable task, String name) {
        Thread t = managedThread(task).orElseGet(() -> {
            Thread plain = new Thread(task);
            plain.setContextClassLoader(applicationLoader);
            plain.setDaemon(true);
            return plain;
        });
        t.setName(name);
        return t;
    }

    private Optional<Thread> managedThread(Runnable task) {
        try {
            ManagedThreadFactory factory = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
            return Optional.of(factory.newThread(task));
        } catch (NoInitialContextException e) {
            LOG.fine("No JNDI here; start-up tasks run on a plain thread");
        } catch (NamingException | RuntimeException | LinkageError e) {
            // e.g. a server configured without concurrent-3.0: the tasks still run, on a plain thread
            LOG.warning(() -> "No managed thread factory (" + e + "); start-up tasks run on a plain thread");
        }
        return Optional.empty();
    }

    private void run() {
        long t0 = System.nanoTime();
        try {
            // the plugins touch no database: they load on a second thread while the schema is checked and
            // migrated (Derby's boot and Flyway's check are most of a start's tasks, and there are two CPUs)
            FutureTask<PluginRegistry> loading = new FutureTask<>(plugins::registry);
            thread(loading, "kringloop-startup-plugins").start();
            migrations.migrate();
            awaitPlugins(loading);
            migrations.exclusively(() -> startup.fire(new Startup()));
            LOG.info(() -> String.format("Start-up tasks done in %d ms (schema migrated, plugins loaded, database seeded)",
                    (System.nanoTime() - t0) / 1_000_000));
        } catch (RuntimeException | Error e) {
            // the server stays up to be looked at, but never reports ready on a half-seeded database
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Start-up tasks failed; /health/ready stays down", e);
        } finally {
            finished.countDown();
        }
        if (failure == null) {
            try {
                ready.fire(new Ready());
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "Warming up after the start failed; the server serves on", e);
            }
        }
    }

    /** Waits for the plugins: their failure is the start-up's, as when they loaded on this thread. */
    private static void awaitPlugins(FutureTask<PluginRegistry> loading) {
        try {
            loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("Loading the plugins failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the plugins loaded", e);
        }
    }

    /** @return true once the tasks have finished, successfully or not */
    public boolean done() {
        return finished.getCount() == 0;
    }

    /**
     * Waits until the tasks have finished, successfully or not, or the time is up.
     *
     * @return whether they have finished
     */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return why the tasks failed, if they did */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
