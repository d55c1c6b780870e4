package nl.kringloop.platform;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Before the integration tests: waits until the server the build started reports {@code /health/ready} UP. The
 * build's start goal may return before the application has started, and seeding runs beside that start
 * ({@code StartupTasks}). It first waits on an anonymous API read, which {@code StartupGate} holds until the
 * start-up tasks are through, and only then asks {@code /health/ready}: Liberty logs a warning for every DOWN
 * answer, so polling the health check through a normal start filled the log with them. Does nothing in unit-test
 * runs (no {@code kringloop.baseUri}).
 */
public class AwaitReadiness implements LauncherSessionListener {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String base = System.getProperty("kringloop.baseUri");
        if (base == null) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest started = HttpRequest.newBuilder(URI.create(base + "/api/methodologies"))
                .timeout(Duration.ofSeconds(30)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        String last = "no answer";
        boolean tasksDone = false;
        while (System.nanoTime() < deadline) {
            try {
                try {
                    if (!tasksDone) {
                        // 404 before the application has started, 503 while the tasks run past the gate's wait
                        HttpResponse<String> r = http.send(started, HttpResponse.BodyHandlers.ofString());
                        tasksDone = r.statusCode() == 200;
                        last = r.statusCode() + " " + r.body();
                        if (!tasksDone) {
                            Thread.sleep(200);
                            continue;
                        }
                    }
                    HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                    last = r.statusCode() + " " + r.body();
                } catch (java.io.IOException e) {
                    last = e.toString();
                }
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the server at " + base + " was not ready within " + LIMIT + ": " + last);
    }
}
