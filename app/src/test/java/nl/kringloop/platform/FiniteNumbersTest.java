package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FiniteNumbersTest {

    record Line(String id, double mkiEuro, Double share) {
    }

    record Result(double totalMkiEuro, List<Line> lines, Map<String, Double> byModule) {
    }

    @Test
    void theFirstNonFiniteNumberIsNamedByItsPath() {
        // 1e308 + 1e308 overflows to Infinity, as two B1 masses of 1e308 g did
        Result r = new Result(1, List.of(new Line("a", 1, null), new Line("b", 1e308 + 1e308, 0.5)), Map.of());
        DomainException e = catchThrowableOfType(() -> FiniteNumbers.require(r, "result", "lines"),
                DomainException.class);
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).detail()).contains("result.lines[1].mkiEuro").contains("(lines)");
        assertThat(FiniteNumbers.firstNonFinite(new Result(0, List.of(), Map.of("D", Double.NaN)), "r", 0))
                .isEqualTo("r.byModule.D");
        assertThatCode(() -> FiniteNumbers.require(new Result(-1e308, List.of(new Line("a", 0, null)), Map.of("D", 1.0)),
                "r", "x")).doesNotThrowAnyException();
    }
}
