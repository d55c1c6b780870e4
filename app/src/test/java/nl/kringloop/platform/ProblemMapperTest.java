package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMapperTest {

    @Test
    void anUnexpectedFaultIs500WithAnIncidentIdAndNoInternals() {
        Problem p = ProblemMapper.classify(new NullPointerException("secret internal state at Foo.java:12"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.type()).isEqualTo("/problems/internal-error");
        assertThat(p.answering(java.net.URI.create("https://register.example.nl/"), "/api/x").type())
                .isEqualTo("https://register.example.nl/problems/internal-error");
        assertThat(p.incidentId()).matches("[0-9a-f-]{36}");
        assertThat(p.detail()).doesNotContain("secret").doesNotContain("NullPointer");
    }

    @Test
    void eachIncidentHasItsOwnId() {
        assertThat(ProblemMapper.classify(new IllegalStateException()).incidentId())
                .isNotEqualTo(ProblemMapper.classify(new IllegalStateException()).incidentId());
    }

    @Test
    void aProblemExceptionIsAnsweredAsItIs() {
        Problem p = ProblemMapper.classify(ProblemException.invalidField("lines[3].quantity", "negative"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.field()).isEqualTo("lines[3].quantity");
        assertThat(p.incidentId()).isNull();
    }
}
