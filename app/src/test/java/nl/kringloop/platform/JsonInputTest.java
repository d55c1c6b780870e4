package nl.kringloop.platform;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonInputTest {

    @Test
    void typeErrorsNameTheJsonPath() {
        JsonObject o = JsonInput.object(JsonInput.parse("{\"lines\": [{\"quantity\": \"12\"}]}"), "");
        JsonObject line = JsonInput.object(o.getJsonArray("lines").get(0), "lines[0]");
        assertThatThrownBy(() -> JsonInput.number(line.get("quantity"), "lines[0].quantity"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(ProblemMapper.problem(e).field()).isEqualTo("lines[0].quantity");
                    assertThat(ProblemMapper.problem(e).detail()).isEqualTo("lines[0].quantity: expected a number, got a string");
                });
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> JsonInput.parse("{\n  \"a\": tru }"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(ProblemMapper.problem(e).type()).endsWith("/malformed-json");
                    assertThat(ProblemMapper.problem(e).detail()).contains("line 2");
                });
    }

    @Test
    void aRequiredMemberThatIsNullIsNamed() {
        JsonObject o = JsonInput.object(JsonInput.parse("{\"name\": null}"), "");
        assertThatThrownBy(() -> JsonInput.required(o, "name", "project"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(ProblemMapper.problem(e).field()).isEqualTo("project.name"));
    }

    @Test
    void aMemberReadByNameIsAnsweredAndRefusedAsByItsPath() {
        JsonObject line = JsonInput.object(JsonInput.parse(
                "{\"q\": 12.5, \"s\": \"x\", \"b\": false, \"t\": true, \"bad\": \"12\"}"), "");
        assertThat(JsonInput.number(line.get("q"), "lines[3]", "q")).isEqualTo(12.5);
        assertThat(JsonInput.string(line.get("s"), "lines[3]", "s")).isEqualTo("x");
        assertThat(JsonInput.bool(line.get("b"), "lines[3]", "b")).isFalse();
        assertThat(JsonInput.bool(line.get("t"), "lines[3]", "t")).isTrue();
        for (Runnable read : new Runnable[] {() -> JsonInput.number(line.get("bad"), "lines[3]", "bad"),
                () -> JsonInput.string(line.get("q"), "lines[3]", "bad"),
                () -> JsonInput.bool(line.get("bad"), "lines[3]", "bad")}) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(ProblemMapper.problem(e).field()).isEqualTo("lines[3].bad"));
        }
    }
}
