package nl.kringloop.mki;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProjectTest {

    @Test
    void theDemoIsAValidIllustrativeDocumentOfAFewHundredLinesAndTheSameEveryTime() {
        ProjectDocument doc = ProjectDocumentReader.read(DemoProject.document(300));
        assertThat(doc.lines()).hasSize(302);
        assertThat(doc.name()).startsWith("[ILLUSTRATIVE]");
        assertThat(doc.cards()).allSatisfy(c -> assertThat(c.source()).startsWith("ILLUSTRATIVE"));
        assertThat(doc.objects()).anySatisfy(o -> assertThat(o.earthwork()).isTrue());
        assertThat(DemoProject.document(300)).isEqualTo(DemoProject.document(300));
    }
}
