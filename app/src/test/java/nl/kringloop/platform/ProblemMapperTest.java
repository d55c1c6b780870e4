package nl.kringloop.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

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
        Problem p = ProblemMapper.classify(new ProblemException(Problem.of(414, "uri-too-long", "URI too long", "long")));
        assertThat(p.status()).isEqualTo(414);
        assertThat(p.slug()).isEqualTo("uri-too-long");
        assertThat(p.incidentId()).isNull();
    }

    @Test
    void aDomainRefusalIsAnsweredWithItsFieldRuleAndErrors() {
        List<Problem.FieldError> rows = List.of(new Problem.FieldError("rows[2].id", "unique card id", "twice"),
                new Problem.FieldError("rows[3].unit", null, "unknown"));
        Problem p = ProblemMapper.classify(new RuntimeException(DomainException.invalidFields("2 rows", "rows[2].id",
                "unique card id", rows)));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.slug()).isEqualTo("invalid-fields");
        assertThat(p.title()).isEqualTo("Invalid fields");
        assertThat(p.detail()).isEqualTo("2 rows");
        assertThat(p.field()).isEqualTo("rows[2].id");
        assertThat(p.rule()).isEqualTo("unique card id");
        assertThat(p.errors()).isEqualTo(rows);
        assertThat(p.incidentId()).isNull();
    }

    /** the wire of every kind of domain refusal, as the problem types were before the kinds existed */
    @ParameterizedTest
    @CsvSource({"UNKNOWN, 404, not-found, Not found", "CONFLICT, 409, conflict, Conflict",
            "INVALID, 400, invalid-field, Invalid field", "INVALID_FIELDS, 400, invalid-fields, Invalid fields",
            "FORBIDDEN, 403, forbidden, Forbidden", "UNAUTHENTICATED, 401, unauthorized, Unauthorized",
            "MALFORMED_JSON, 400, malformed-json, Malformed JSON", "NOT_FINITE, 400, not-finite, Result out of range",
            "TOO_MANY_ITEMS, 413, too-many-items, Too many items",
            "STALE, 412, precondition-failed, Precondition failed",
            "REPORT_REFUSED, 409, report-refused, Report refused"})
    void everyKindOfRefusalHasItsOneProblemType(DomainException.Kind kind, int status, String slug, String title) {
        Problem p = ProblemMapper.problem(new DomainException(kind, "why", null));
        assertThat(p.status()).isEqualTo(status);
        assertThat(p.slug()).isEqualTo(slug);
        assertThat(p.title()).isEqualTo(title);
        assertThat(ProblemTypes.find(slug)).as(slug).isPresent();
    }

    @Test
    void everyKindOfRefusalIsInTheTable() {
        assertThat(DomainException.Kind.values()).allSatisfy(k ->
                assertThat(ProblemMapper.problem(new DomainException(k, "why", null)).status()).isBetween(400, 499));
    }

    @Test
    void aRefusalAboutAPartIsAnsweredAtThePartsPath() {
        DomainException e = DomainException.invalid("values.A1.1[0].cas", "bad", "CAS").at("[12]");
        assertThat(e.field()).isEqualTo("[12].values.A1.1[0].cas");
        assertThat(e.rule()).isEqualTo("CAS");
        assertThat(DomainException.conflict("c").at("[3]").field()).isEqualTo("[3]");
        assertThat(e.by("document 12").rule()).isEqualTo("document 12");
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
