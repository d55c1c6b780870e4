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

    @Test
    void aTransientDatabaseRefusalIs503BusyAndAConstraintViolationStays409() {
        // Derby's "too much contention on sequence", wrapped as EclipseLink and Jakarta Transactions wrap it
        var contention = new jakarta.persistence.PersistenceException(new RuntimeException(
                new java.sql.SQLException("Too much contention on sequence", "X0Y84")));
        Problem busy = ProblemMapper.classify(contention);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.slug()).isEqualTo("busy");
        assertThat(busy.detail()).contains("nothing of this request was stored").doesNotContain("X0Y84");
        Problem taken = ProblemMapper.classify(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("duplicate key", "23505")));
        assertThat(taken.status()).isEqualTo(409);
    }
}
