package nl.kringloop.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CasTest {

    @Test
    void aluminiumCheckDigitIs5() {
        // 7429-90-5: digits before the check digit from the right: 0·1 + 9·2 + 9·3 + 2·4 + 4·5 + 7·6
        //          = 0 + 18 + 27 + 8 + 20 + 42 = 115 → 115 mod 10 = 5
        assertThat(Cas.checkDigit("742990")).isEqualTo(5);
        assertThat(Cas.valid("7429-90-5")).isTrue();
    }

    @Test
    void waterCheckDigitIs5() {
        // 7732-18-5: 8·1 + 1·2 + 2·3 + 3·4 + 7·5 + 7·6 = 8 + 2 + 6 + 12 + 35 + 42 = 105 → 5
        assertThat(Cas.valid("7732-18-5")).isTrue();
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertThat(Cas.valid("7429-90-4")).isFalse();
        assertThat(Cas.valid("7440-48-5")).isFalse(); // cobalt is 7440-48-4
    }

    @Test
    void malformedNumbersAreRefused() {
        assertThat(Cas.valid("7429905")).isFalse();
        assertThat(Cas.valid("1-90-5")).isFalse();
        assertThat(Cas.valid("")).isFalse();
        assertThat(Cas.valid(null)).isFalse();
    }

    @Test
    void leadingZerosAreDropped() {
        assertThat(Cas.normalise("0007429-90-5")).isEqualTo("7429-90-5");
    }
}
