package nl.kringloop.passport;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    static String canon(String json) {
        return CanonicalJson.write(Json.createReader(new StringReader(json)).readValue());
    }

    @Test
    void sortsMembersDropsWhitespaceAndNormalisesNumbers() {
        assertThat(canon("{ \"b\": 420.0, \"a\": [1.2E-7, 0.0, \"é\"] }")).isEqualTo("{\"a\":[0.00000012,0,\"é\"],\"b\":420}");
    }

    @Test
    void sameContentSameHashWhateverTheLayout() {
        assertThat(CanonicalJson.sha256(canon("{\"x\": 1, \"y\": {\"q\": true}}")))
                .isEqualTo(CanonicalJson.sha256(canon("{\"y\":{\"q\":true},\"x\":1.00}")));
    }
}
