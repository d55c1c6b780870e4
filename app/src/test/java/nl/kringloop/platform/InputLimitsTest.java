package nl.kringloop.platform;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

    /** reads the whole body through the limited parser, as a streaming reader does, building every value */
    private static void readLimited(String json) {
        try (JsonParser p = InputLimits.limited(Json.createParser(new StringReader(json)))) {
            while (p.hasNext()) {
                JsonParser.Event e = p.next();
                if (e == JsonParser.Event.START_ARRAY) {
                    continue; // into the array: its elements one by one, each value built
                }
                if (e != JsonParser.Event.END_ARRAY && e != JsonParser.Event.KEY_NAME) {
                    p.getValue();
                }
            }
        }
    }

    @Test
    void theLimitedParserRefusesWhatTheCheckRefusesWithTheSameProblem() {
        for (String json : List.of("[" + "[".repeat(64) + "]".repeat(64) + "]", "[{\"a\":{\"b\":[1,1e1100]}}]",
                "[{\"x\":" + "9".repeat(41) + "}]", "[{\"name\":\"a\\ud800\"}]", "[\"\\udc00\"]",
                "[1,{\"t\":\"\\u0000\"}]", "[{\"a\":1,\"a\":2}]", "[{\"a\":{\"b\":[{\"c\":1,\"c\":1}]}}]",
                "[{\"k\\u0000\":1}]")) {
            Problem expected = refused(json);
            InputLimits.Exceeded e = catchThrowableOfType(() -> readLimited(json), InputLimits.Exceeded.class);
            assertThat(e).as(json).isNotNull();
            assertThat(e.problem()).as(json).isEqualTo(expected);
        }
    }

    @Test
    void theLimitedParserBuildsTheValuesTheParserBuilds() {
        // numbers of every kind (int, long, beyond long, decimals, exponents), nesting, nine members in one object
        // (past the short array of member names), strings with escapes, literals
        String json = "{\"a\":[1,-7,12345678901234567890123,0.1,1e2,-2.5E-3,true,false,null],"
                + "\"o\":{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":\"\\u00e9\\n\"},"
                + "\"e\":{},\"f\":[]}";
        JsonValue expected = Json.createReader(new StringReader(json)).readValue();
        try (JsonParser p = InputLimits.limited(Json.createParser(new StringReader(json)))) {
            p.next();
            JsonValue built = p.getValue();
            assertThat(built).isEqualTo(expected);
            assertThat(built.toString()).isEqualTo(expected.toString());
            assertThat(p.hasNext()).isFalse();
        }
        // a tenth member given twice, past the short array, is still found
        assertThat(catchThrowableOfType(() -> readLimited("[" + json.replace("\"k9\"", "\"k1\"") + "]"),
                InputLimits.Exceeded.class).problem().field()).isEqualTo("[0].o.k1");
    }
}
