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
 * build's start goal returns when the application has started, but seeding runs beside that start
 * ({@code StartupTasks}) and may still be busy. Does nothing in unit-test runs (no {@code kringloop.baseUri}).
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
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                try {
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
