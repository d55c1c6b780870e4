package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputLimitsTest {

    static Problem refused(String json) {
        ProblemException e = catchThrowableOfType(() -> InputLimits.checkJson(json), ProblemException.class);
        assertThat(e).as(json).isNotNull();
        return e.problem();
    }

    @Test
    void nestingDeeperThan64LevelsIsRefusedAtTheLevelThatBreaksTheLimit() {
        assertThatCode(() -> InputLimits.checkJson("[".repeat(64) + "]".repeat(64))).doesNotThrowAnyException();
        Problem p = refused("[".repeat(65) + "]".repeat(65));
        assertThat(p.type()).endsWith("/too-deep");
        // 64 arrays open; the 65th is element 0 of the 64th (path [0] × 63), so its own path is [0] × 64
        assertThat(p.field()).isEqualTo("[0]".repeat(64));
        assertThat(refused("[".repeat(100_000)).type()).endsWith("/too-deep");
    }

    @Test
    void numbersOutsideTheFiniteDoubleRangeOrTooLongAreRefusedNamingTheField() {
        assertThat(refused("{\"a\":{\"b\":[1,1e1100]}}").field()).isEqualTo("a.b[1]");
        assertThat(refused("{\"note\":1e100000000}").field()).isEqualTo("note");
        assertThat(refused("{\"x\":-1e400}").field()).isEqualTo("x");
        assertThat(refused("{\"x\":1e-100000000}").field()).isEqualTo("x");
        assertThat(refused("{\"x\":" + "9".repeat(41) + "}").detail()).contains("at most 40 characters");
        assertThatCode(() -> InputLimits.checkJson("{\"x\":1.7976931348623157e308,\"y\":4.9e-324,\"z\":0e-999999}"))
                .doesNotThrowAnyException();
    }

    @Test
    void loneSurrogatesNulAndDuplicateMembersAreRefused() {
        assertThat(refused("{\"name\":\"a\\ud800\"}").field()).isEqualTo("name");
        assertThat(refused("[\"\\udc00\"]").field()).isEqualTo("[0]");
        assertThat(refused("{\"t\":\"\\u0000\"}").field()).isEqualTo("t");
        assertThat(refused("{\"a\":1,\"a\":2}").field()).isEqualTo("a");
        assertThatCode(() -> InputLimits.checkJson("{\"emoji\":\"\\ud83d\\udca9\",\"a\":{\"a\":1}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void malformedJsonIsAMalformedJsonProblem() {
        assertThat(refused("{\"a\":}").type()).endsWith("/malformed-json");
        assertThat(refused("[1,]").type()).endsWith("/malformed-json");
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        ProblemException e = catchThrowableOfType(() -> InputLimits.decodeUtf8(new byte[]{'"', (byte) 0xC3, 0x28, '"'}),
                ProblemException.class);
        assertThat(e.problem().type()).endsWith("/invalid-encoding");
        assertThat(catchThrowableOfType(() -> InputLimits.decodeUtf8(new byte[]{(byte) 0xC0, (byte) 0xAF}),
                ProblemException.class)).isNotNull();
        assertThat(InputLimits.decodeUtf8("é€".getBytes(StandardCharsets.UTF_8))).isEqualTo("é€");
    }
}
