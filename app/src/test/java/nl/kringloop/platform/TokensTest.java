package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void tokensCarry32RandomBytesUrlSafe() {
        String t = Tokens.newToken();
        assertThat(t).startsWith("kl_").matches("kl_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(t.substring(3))).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(Tokens.newToken())).isTrue();
        }
    }

    @Test
    void storedFormIsTheSha256Hex() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(Tokens.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
