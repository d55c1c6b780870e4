package nl.kringloop.mki;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link MkiResult} without its per-line rows, for a client that wants the totals of a large project without
 * downloading every line (100,000 lines are some 41 MB of result): the same totals per module and object, the
 * findings that are not about one line in full, the line findings counted per severity and rule, the method.
 * Every figure is the full result's, to the last digit ({@link #of} condenses a full result into the same record).
 *
 * @param lines        how many lines, and how many of them are counted, excluded and refused
 * @param findings     the result's findings that name no line (data quality, project level), in its order
 * @param lineFindings the result's findings about one line, counted per severity and rule, in order of first
 *                     appearance
 */
@Schema(name = "MkiResultSummary")
public record MkiResultSummary(boolean valid, String name,
                               @Schema(example = "123456.78") double totalMkiEuro,
                               @Schema(example = "{\"A1-A3\": 100000.0, \"A4\": 2000.0, \"D\": -5000.0}")
                               Map<String, Double> byModule,
                               List<MkiResult.ObjectTotal> byObject,
                               LineCounts lines,
                               List<MkiResult.ResultFinding> findings,
                               List<FindingCount> lineFindings,
                               MkiResult.Method method) {

    /** Line counts by status (docs/mki.md: counted, excluded, refused). */
    @Schema(name = "MkiLineCounts")
    public record LineCounts(int total, int counted, int excluded, int refused) {
    }

    /** How many findings of one severity and rule the lines have. */
    @Schema(name = "MkiFindingCount")
    public record FindingCount(@Schema(enumeration = {"error", "warning", "info"}) String severity,
                               @Schema(example = "RWS-MKI 4.0 §2.2d") String rule, int count) {
    }

    /** Counts line findings per severity and rule, in order of first appearance. */
    public static final class Counter {
        private final Map<List<String>, int[]> counts = new LinkedHashMap<>();

        public void add(MkiResult.ResultFinding f) {
            counts.computeIfAbsent(Arrays.asList(f.severity(), f.rule()), k -> new int[1])[0]++;
        }

        public List<FindingCount> counts() {
            List<FindingCount> out = new ArrayList<>(counts.size());
            counts.forEach((k, v) -> out.add(new FindingCount(k.get(0), k.get(1), v[0])));
            return out;
        }
    }

    /** @return the summary of a full result */
    public static MkiResultSummary of(MkiResult r) {
        List<MkiResult.ResultFinding> general = new ArrayList<>();
        Counter perLine = new Counter();
        for (MkiResult.ResultFinding f : r.findings()) {
            if (f.line() == null) {
                general.add(f);
            } else {
                perLine.add(f);
            }
        }
        int counted = 0;
        int excluded = 0;
        int refused = 0;
        for (MkiResult.LineResult l : r.lines()) {
            switch (l.status()) {
                case "counted" -> counted++;
                case "excluded" -> excluded++;
                default -> refused++;
            }
        }
        return new MkiResultSummary(r.valid(), r.name(), r.totalMkiEuro(), r.byModule(), r.byObject(),
                new LineCounts(r.lines().size(), counted, excluded, refused), general, perLine.counts(), r.method());
    }
}
