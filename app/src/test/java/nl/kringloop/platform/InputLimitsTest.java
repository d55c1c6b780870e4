package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputLimitsTest {

    /** the answer to a body the check refuses (a problem of its own, or a domain refusal of a field) */
    static Problem refused(String json) {
        RuntimeException e = catchThrowableOfType(() -> InputLimits.checkJson(json), RuntimeException.class);
        assertThat(e).as(json).isNotNull();
        return ProblemMapper.classify(e);
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

    /** the JDK's strict decoder, which the byte check must agree with */
    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        // a 2-byte lead without its continuation, an overlong '/', an encoded surrogate, above U+10FFFF, cut short
        for (byte[] bad : new byte[][]{{'"', (byte) 0xC3, 0x28, '"'}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}}) {
            assertThat(InputLimits.validUtf8(bad)).as(Arrays.toString(bad)).isFalse();
            assertThat(jdkAccepts(bad)).isFalse();
        }
        assertThat(InputLimits.validUtf8("é€😀 plain".getBytes(StandardCharsets.UTF_8))).isTrue();
        // random byte strings, biased towards the lead and continuation bytes: the same verdict as the JDK on each
        Random random = new Random(20261204);
        byte[] alphabet = {'a', 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED,
                (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0x9F, (byte) 0xA0, (byte) 0x90};
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            assertThat(InputLimits.validUtf8(b)).as(Arrays.toString(b)).isEqualTo(jdkAccepts(b));
        }
    }

    @Test
    void theByteCheckOfABodyFindsWhatTheTextCheckFinds() {
        String json = "{\"lines\":[{\"id\":\"l1\",\"q\":1},{\"id\":\"l2\",\"q\":1e999}]}";
        DomainException e = catchThrowableOfType(() -> InputLimits.checkJson(json.getBytes(StandardCharsets.UTF_8)),
                DomainException.class);
        assertThat(e.field()).isEqualTo("lines[1].q").isEqualTo(refused(json).field());
        assertThat(catchThrowableOfType(() -> InputLimits.checkJson("{\"a\":{\"b\":1,\"b\":2}}"
                .getBytes(StandardCharsets.UTF_8)), DomainException.class).field()).isEqualTo("a.b");
    }

    @Test
    void aBodyIsReadWholeWhateverItsDeclaredLengthSays() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        // declared exactly, declared too short (the rest is still read), not declared, declared too long (cut short)
        assertThat(InputLimits.read(new ByteArrayInputStream(body), 100, body.length)).isEqualTo(body);
        assertThat(InputLimits.read(new ByteArrayInputStream(body), 100, 3)).isEqualTo(body);
        assertThat(InputLimits.read(new ByteArrayInputStream(body), 100, -1)).isEqualTo(body);
        assertThat(InputLimits.read(new ByteArrayInputStream(body), 100, 50)).isEqualTo(body);
        // more than the limit, whether declared or not: 413
        assertThat(catchThrowableOfType(() -> InputLimits.read(new ByteArrayInputStream(body), 5, 3),
                ProblemException.class).problem().status()).isEqualTo(413);
        assertThat(catchThrowableOfType(() -> InputLimits.read(new ByteArrayInputStream(body), 5, -1),
                ProblemException.class).problem().status()).isEqualTo(413);
    }
}
