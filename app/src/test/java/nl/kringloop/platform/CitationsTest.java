package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citation a user sees resolves inside the project: the source documents (the RWS protocol, the CPF guide,
 * the passport guideline, a regulation) or a file of this repository's docs/ — never the team's working notes,
 * which no user has. Scans everything that ships: main sources and resources of every module (rule labels, API
 * descriptions, data files, web pages, comments), docs/ and the README.
 */
class CitationsTest {

    /** The team's notes, by name: "SPEC §5", "REFERENCE.md §4", "STACK.md", "shared/…". */
    static final Pattern TEAM_NOTES = Pattern.compile(
            "(?<![A-Za-z_])(?:SP" + "EC|REFE" + "RENCE)(?:\\.md)?\\s*(?:§|section\\b|rule\\b|\\d)"
                    + "|ST" + "ACK\\.md|shared/(?:SP" + "EC|REFE" + "RENCE|ST" + "ACK|seeds)");

    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("app")) ? here : here.getParent();
    }

    static List<String> citationsOfTeamNotes(Path root) throws IOException {
        List<Path> roots = new ArrayList<>(List.of(root.resolve("docs"), root.resolve("api/src/main"),
                root.resolve("app/src/main"), root.resolve("README.md"), root.resolve("server.xml")));
        try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
            plugins.map(p -> p.resolve("src/main")).forEach(roots::add);
        }
        List<String> hits = new ArrayList<>();
        for (Path r : roots) {
            if (!Files.exists(r)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(r)) {
                for (Path f : files.filter(Files::isRegularFile).filter(CitationsTest::text).toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = TEAM_NOTES.matcher(lines.get(i));
                        if (m.find()) {
                            hits.add(root.relativize(f) + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static boolean text(Path f) {
        String n = f.getFileName().toString();
        return n.matches(".*\\.(java|md|json|csv|xml|html|js|css|properties|txt|sql)$");
    }

    @Test
    void noShippedTextCitesTheTeamsNotes() throws IOException {
        assertThat(citationsOfTeamNotes(repository())).isEmpty();
    }

    @Test
    void thePatternFindsWhatItMustFind() {
        for (String bad : List.of("Kringloop CPF 1.0 SP" + "EC §5", "REFE" + "RENCE §6", "(REFE" + "RENCE.md §4)",
                "see ST" + "ACK.md", "SP" + "EC rule 1", "shared/SP" + "EC.md")) {
            assertThat(TEAM_NOTES.matcher(bad).find()).as(bad).isTrue();
        }
        for (String fine : List.of("KL_REFERENCE_LIST", "RWS-MKI 4.0 §2.2b", "docs/methods/cpf.md",
                "CPF guide step 3", "specification")) {
            assertThat(TEAM_NOTES.matcher(fine).find()).as(fine).isFalse();
        }
    }
}
