package nl.kringloop.platform;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's decisions, on real start-up tasks: a real plugin registry over an empty plugins directory, and an
 * event that nobody observes (CDI's observers are the integration tests' business).
 */
class StartupGateTest {

    @TempDir
    Path pluginsDir;

    @Test
    void aRequestDuringTheStartWaitsForTheTasksAndThenGoesOn() throws Exception {
        StartupTasks tasks = tasks(new PluginHost());
        StartupGate gate = gate(tasks, Duration.ofSeconds(120));
        long t0 = System.nanoTime();
        CompletableFuture<?> later = CompletableFuture.runAsync(() -> {
            sleep(200);
            tasks.begin(getClass().getClassLoader());
        });
        assertThat(gate.refusal()).isEmpty();
        // it did wait: the tasks only began 200 ms after the request came in
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(tasks.done()).isTrue();
        later.get();
    }

    @Test
    void tasksStillRunningAfterTheWaitAre503StartingWithRetryAfter() {
        StartupGate gate = gate(tasks(new PluginHost()), Duration.ofMillis(50)); // never begun
        long t0 = System.nanoTime();
        StartupGate.Refusal refusal = gate.refusal().orElseThrow();
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        assertThat(refusal.problem().status()).isEqualTo(503);
        assertThat(refusal.problem().type()).isEqualTo(Problem.TYPE_BASE + "starting");
        assertThat(refusal.retryAfterSeconds()).isEqualTo(5);
    }

    @Test
    void failedTasksAre503UnavailableForEveryRequest() throws Exception {
        StartupTasks tasks = tasks(null); // no plugin host: the first task throws
        tasks.begin(getClass().getClassLoader());
        assertThat(tasks.awaitDone(Duration.ofSeconds(120))).isTrue();

        StartupGate.Refusal refusal = gate(tasks, Duration.ofMillis(50)).refusal().orElseThrow();
        assertThat(refusal.problem().status()).isEqualTo(503);
        assertThat(refusal.problem().type()).isEqualTo(Problem.TYPE_BASE + "unavailable");
        assertThat(refusal.problem().detail()).contains("/health/ready");
        assertThat(refusal.retryAfterSeconds()).as("retrying will not help").isNull();
    }

    @Test
    void afterASuccessfulStartRequestsPass() throws Exception {
        StartupTasks tasks = tasks(new PluginHost());
        tasks.begin(getClass().getClassLoader());
        assertThat(tasks.awaitDone(Duration.ofSeconds(120))).isTrue();

        assertThat(tasks.failure()).isEmpty();
        assertThat(gate(tasks, Duration.ofMillis(50)).refusal()).isEmpty();
    }

    private StartupTasks tasks(PluginHost host) {
        if (host != null) {
            host.pluginsDir = pluginsDir.toString();
            host.callTimeoutMs = 1000;
        }
        StartupTasks tasks = new StartupTasks();
        tasks.plugins = host;
        tasks.startup = new UnobservedEvent<>();
        tasks.ready = new UnobservedEvent<>();
        // the real first task: migrating a database, here an in-memory Derby
        org.apache.derby.jdbc.EmbeddedDataSource db = new org.apache.derby.jdbc.EmbeddedDataSource();
        db.setDatabaseName("memory:startup-gate");
        db.setCreateDatabase("create");
        tasks.migrations = new Migrations();
        tasks.migrations.dataSource = db;
        return tasks;
    }

    private static StartupGate gate(StartupTasks tasks, Duration wait) {
        StartupGate gate = new StartupGate();
        gate.startup = tasks;
        gate.maxWait = wait;
        return gate;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class UnobservedEvent<T> implements Event<T> {
        @Override
        public void fire(T event) {
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
