package nl.kringloop.passport;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompletenessTest {

    static final GuidelineVersion FIRST = new GuidelineVersion("2025-1", "seed", GuidelineCodes.ORDER, List.of(),
            List.of(), null, Instant.EPOCH, "system");

    @Test
    void firstVersionRequiresA11ToC41() {
        assertThat(FIRST.required()).containsExactly("A1.1", "A1.2", "A1.3", "A1.4", "A2.1", "A2.2", "A3.1", "B1.1",
                "B1.2", "B1.3", "B1.4", "B2.1", "C1.1", "C1.2", "C1.3", "C1.4", "C2.1", "C3.1", "C4.1");
    }

    @Test
    void a13IsDerivedFromA11AndB1CodesComeFromTheB1Block() {
        PassportDocument doc = PassportDerivationTest.doc("""
                {"product": {"name": "x"}, "values": {"A1.1": [{"material": "cobalt", "massGram": 1}],
                 "B1": {"productionGram": 5, "useGram": 1}}}""");
        PassportViews.Completeness c = Completeness.of("p", 1, "draft", FIRST, doc);
        assertThat(c.complete()).isFalse();
        assertThat(c.codes()).filteredOn(s -> List.of("A1.1", "A1.3", "B1.1", "B1.2", "B1.3").contains(s.code()))
                .extracting(PassportViews.CodeStatus::status)
                .containsExactly("present", "derived", "present", "missing", "present");
        // 19 required codes − A1.1, A1.3, B1.1, B1.3 = 15 missing
        assertThat(c.missingRequired()).hasSize(15);
    }
}
