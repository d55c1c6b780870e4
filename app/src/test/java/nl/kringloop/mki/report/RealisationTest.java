package nl.kringloop.mki.report;

import nl.kringloop.api.mki.Flow;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The realisation rows of RWS-MKI 4.0 §4.3a and §4.1: every bad row named at once, nothing half applied. */
class RealisationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Map<String, ProjectDocument.Line> lines() {
        Map<String, ProjectDocument.Line> m = new LinkedHashMap<>();
        m.put("L1", new ProjectDocument.Line("L1", "o1", "c", 100, "t", Flow.ENTERING, null, null, false, Map.of()));
        m.put("L9", new ProjectDocument.Line("L9", "o1", "c", 10, "m³", Flow.ENTERING, null, null, true, Map.of()));
        return m;
    }

    static Map<String, Realisation.LineState> apply(String format, String body, Map<String, Realisation.LineState> now) {
        return Realisation.apply(Realisation.rows(format, body.getBytes(StandardCharsets.UTF_8)), lines(), now, TODAY);
    }

    @Test
    void aLineThatStartsWithoutADateStartsTodayAndKeepsThatDayLater() {
        Map<String, Realisation.LineState> first = apply("json",
                "{\"lines\": [{\"line\": \"L1\", \"realisedQuantity\": 40, \"status\": \"in-progress\"}]}", Map.of());
        assertThat(first.get("L1").appliedOn()).isEqualTo(TODAY);
        Map<String, Realisation.LineState> later = Realisation.apply(Realisation.rows("json",
                "{\"lines\": [{\"line\": \"L1\", \"realisedQuantity\": 100, \"status\": \"realised\"}]}"
                        .getBytes(StandardCharsets.UTF_8)), lines(), first, TODAY.plusMonths(2));
        assertThat(later.get("L1").appliedOn()).isEqualTo(TODAY);
        assertThat(later.get("L1").realisedQuantity()).isEqualTo(100.0);
    }

    @Test
    void aDutchCsvWithDecimalCommasAndTheLinesUnitInAnotherSpellingReads() {
        Map<String, Realisation.LineState> s = apply("csv",
                "line;realisedQuantity;status;unit;monitoring;spentShare\nL1;12,5;in-progress;t;;\n"
                        + "L9;;in-progress;m3;financial;0,25\n", Map.of());
        assertThat(s.get("L1").realisedQuantity()).isEqualTo(12.5);
        assertThat(s.get("L9").financial()).isTrue();
        assertThat(s.get("L9").spentShare()).isEqualTo(0.25);
    }

    @Test
    void everyBadRowIsNamedAndNothingIsApplied_section4_1() {
        DomainException e = catchThrowableOfType(() -> apply("json", """
                {"lines": [{"line": "L1", "realisedQuantity": 10, "status": "done"},
                           {"line": "L2", "realisedQuantity": 1, "status": "realised"},
                           {"line": "L1", "status": "in-progress", "monitoring": "financial", "spentShare": 0.5},
                           {"line": "L9", "status": "in-progress", "monitoring": "financial", "spentShare": 1.5},
                           {"line": "L9", "status": "planned", "realisedQuantity": 3, "unit": "kg"}]}""", Map.of()),
                DomainException.class);
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).errors()).extracting(x -> x.field()).containsExactly("lines[0].status", "lines[1].line",
                "lines[2].monitoring", "lines[3].spentShare", "lines[4].unit");
        assertThat(ProblemMapper.problem(e).errors().get(2).rule()).isEqualTo("RWS-MKI 4.0 §4.1");
        assertThat(ProblemMapper.problem(e).detail()).contains("nothing was changed");
    }

    @Test
    void aRealisedLineNeedsItsQuantityAndAPlannedOneHasNone() {
        DomainException e = catchThrowableOfType(() -> apply("json", """
                {"lines": [{"line": "L1", "status": "realised"}]}""", Map.of()), DomainException.class);
        assertThat(ProblemMapper.problem(e).errors()).extracting(x -> x.field()).containsExactly("lines[0].realisedQuantity");
        assertThat(List.copyOf(apply("json", "{\"lines\": [{\"line\": \"L1\", \"status\": \"removed\"}]}", Map.of())
                .values()).get(0).realisedQuantity()).isNull();
    }
}
