package nl.kringloop.mki.bench;

import nl.kringloop.mki.MkiResultSummary;
import nl.kringloop.mki.engine.MkiEngine;
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

import java.util.concurrent.TimeUnit;

/**
 * A what-if edit in the engine alone (issue 20 item 3): one line's quantity changed on the compiled generated
 * 100,000-line project of {@link MkiRecalculationBench} — the line hooks of every rule on that line, its pricing
 * and profile, every project hook over the new sums, the recalculation — and then the summary (totals per module
 * and object, findings). What {@code PATCH …/lines/{lineId}} spends in the engine; .ci/bench-whatif times the
 * request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class WhatIfEditBench {

    @Param({"100000"})
    int lines;

    MkiEngine.Compilation compiled;
    int edits;

    @Setup
    public void setUp() {
        compiled = MkiEngine.compile(GeneratedProject.generate(lines, 2000, 20261123L), GeneratedProject.weighting(),
                GeneratedProject.rules());
    }

    /** Edits a different line each time (from the same compilation: no chain of copies builds up). */
    @Benchmark
    public MkiResultSummary editAndSummarise() {
        int i = (edits++ * 7919) % lines;
        MkiEngine.Compilation c = compiled.withQuantity(i, 1 + edits % 1000);
        return c.summary(c.project.recalculate());
    }

    /** The edit alone, without the summary. */
    @Benchmark
    public MkiEngine.Compilation edit() {
        int i = (edits++ * 7919) % lines;
        return compiled.withQuantity(i, 1 + edits % 1000);
    }
}
