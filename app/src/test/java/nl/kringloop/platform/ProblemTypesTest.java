package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem type the code builds is documented at its type URI (ProblemTypeServlet, problem-types.tsv). */
class ProblemTypesTest {

    private static final Pattern BUILT = Pattern.compile("(?:Problem\\.of|new Type)\\(\\s*\\d{3},\\s*\"([a-z0-9-]+)\"");

    @Test
    void everySlugOfTheSourcesHasItsDocumentation() throws Exception {
        TreeSet<String> slugs = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = BUILT.matcher(Files.readString(f));
                while (m.find()) {
                    slugs.add(m.group(1));
                }
            }
        }
        assertThat(slugs).contains("not-found", "precondition-failed", "too-many-requests").hasSizeGreaterThan(15);
        assertThat(slugs).allSatisfy(s -> assertThat(ProblemTypes.find(s)).as(s).isPresent());
    }
}
