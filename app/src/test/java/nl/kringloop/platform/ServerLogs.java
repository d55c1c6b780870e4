package nl.kringloop.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The integration-test server's log directory (system property {@code kringloop.serverLogs}, set by the build). */
public final class ServerLogs {

    private ServerLogs() {
    }

    private static Path dir() {
        return Path.of(System.getProperty("kringloop.serverLogs"));
    }

    /** @return whether this start's messages.log contains the text */
    public static boolean messagesContain(String text) {
        return contains(dir().resolve("messages.log"), text);
    }

    /** @return this build's FFDC incident files that contain the text (the build clears the directory first) */
    public static List<Path> incidentsMentioning(String text) {
        Path ffdc = dir().resolve("ffdc");
        try (Stream<Path> files = Files.exists(ffdc) ? Files.list(ffdc) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().startsWith("ffdc_") && contains(f, text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            // Latin-1: any byte reads, whatever else a log file holds
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
