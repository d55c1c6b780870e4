package nl.kringloop.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of problem types ({@code problem-types.tsv} beside this class): what each type URI of an answer
 * means. {@link ProblemTypeServlet} serves it, so every {@code type} of a {@link Problem} resolves to its
 * documentation on the server that answered.
 */
public final class ProblemTypes {

    /** one documented type; status is a number or a class such as {@code 4xx} */
    public record Type(String slug, String status, String title, String when) {
    }

    static final String RESOURCE = "problem-types.tsv";
    private static final Map<String, Type> TYPES = load();

    private ProblemTypes() {
    }

    public static Map<String, Type> all() {
        return TYPES;
    }

    /** the documented type of a slug; {@code http-414} is documented by the generic {@code http-4xx} */
    public static Optional<Type> find(String slug) {
        Type t = TYPES.get(slug);
        if (t == null && slug.matches("http-4\\d\\d")) {
            t = TYPES.get("http-4xx");
        }
        return Optional.ofNullable(t);
    }

    private static Map<String, Type> load() {
        Map<String, Type> types = new LinkedHashMap<>();
        try (InputStream in = ProblemTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                types.put(f[0], new Type(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(types);
    }
}
