package nl.kringloop.mki.bench;

import nl.kringloop.mki.engine.CompiledProject;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;
import nl.kringloop.mki.engine.RuleBinding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The MKI engine on a generated 100,000-line project over 2,000 cards (11 indicators × 15 modules), with every
 * rule of mki-rws-protocol active. Sample time gives the median (p0.50) the target is stated in:
 * full recalculation ≤ 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MkiRecalculationBench {

    @Param({"100000"})
    int lines;

    @Param({"2000"})
    int cards;

    ProjectDocument doc;
    MkiEngine.WeightingSource weighting;
    List<RuleBinding> rules;
    CompiledProject compiled;

    @Setup
    public void setUp() {
        doc = GeneratedProject.generate(lines, cards, 20261123L);
        weighting = GeneratedProject.weighting();
        rules = GeneratedProject.rules();
        compiled = MkiEngine.compile(doc, weighting, rules).project;
    }

    /** The pure recalculation over the compiled arrays: per line, per module, per object and in total. */
    @Benchmark
    public CompiledProject.Totals recalculate() {
        return compiled.recalculate();
    }

    /** Weighting every card, running every rule over every line (one call per rule and phase), then summing. */
    @Benchmark
    public CompiledProject.Totals compileAndRecalculate() {
        return MkiEngine.compile(doc, weighting, rules).project.recalculate();
    }

    /** Everything up to the result records (per-line modules, factors, findings), as the REST call returns. */
    @Benchmark
    public MkiResult calculateWithResult() {
        return MkiEngine.calculate(doc, weighting, rules);
    }
}
