package nl.kringloop.mki.engine;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ProjectOutcome;
import nl.kringloop.api.mki.ProjectView;
import nl.kringloop.mki.bench.GeneratedProject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a project hook sees of the project ({@link ProjectView} as the engine implements it). */
class ProjectPassTest {

    @Test
    void aLinesCardByPositionIsTheCardOfItsId_alsoForLinesWithoutACard() {
        List<String> seen = new ArrayList<>();
        MkiRule probe = new MkiRule() {
            @Override
            public ExtensionInfo describe() {
                return new ExtensionInfo("test-line-card", "Line card probe", "test", List.of());
            }

            @Override
            public Set<String> protocolVersions() {
                return Set.of("3.0", "3.1", "4.0");
            }

            @Override
            public ProjectOutcome project(ProjectView p) {
                for (LineView l : p.lines()) {
                    CardView byId = p.card(l.cardId());
                    assertThat(p.lineCard(l.index())).as(l.id()).isSameAs(byId);
                    seen.add(l.cardId() == null ? "none" : "card");
                }
                return ProjectOutcome.NONE;
            }
        };
        List<RuleBinding> rules = new ArrayList<>(GeneratedProject.rules());
        rules.add(RuleBinding.direct(probe, "test", "1"));
        MkiEngine.compile(GeneratedProject.generate(3_000, 60, 7L), GeneratedProject.weighting(), rules);
        assertThat(seen).hasSize(3_000).contains("none", "card");
    }
}
