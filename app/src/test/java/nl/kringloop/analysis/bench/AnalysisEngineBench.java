package nl.kringloop.analysis.bench;

import nl.kringloop.analysis.PortfolioAnalysis;
import nl.kringloop.analysis.ProductFacts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The analysis function alone over 10,000 and 100,000 passports shaped like PassportBench's documents, in one
 * process (docs/benchmarks.md): wall and CPU time of this thread, interleaved rounds, medians. CPU time is what
 * the shared machine's load does not inflate.
 * <pre>java -cp app/target/classes:app/target/test-classes:API_JAR nl.kringloop.analysis.bench.AnalysisEngineBench ROUNDS</pre>
 */
public final class AnalysisEngineBench {

    static final String[][] MATERIALS = {{"aluminium", "bauxite/alumina/aluminium"}, {"cobalt", "cobalt"},
            {"copper", "copper"}, {"palladium", "platinum group metals"}, {"polycarbonate", null}, {"steel", null},
            {"glass", null}, {"neodymium", "light rare earth elements"}, {"solder", null}, {"lithium", "lithium"}};

    private AnalysisEngineBench() {
    }

    static ProductFacts facts(int i) {
        List<ProductFacts.Line> a11 = new ArrayList<>();
        List<ProductFacts.Crm> crm = new ArrayList<>();
        for (int k = 0; k < 3 + i % 5; k++) {
            String[] m = MATERIALS[(i + k * 3) % MATERIALS.length];
            double g = 10 + (i * 7 + k * 13) % 400;
            a11.add(new ProductFacts.Line(m[0], null, g));
            if (m[1] != null) {
                crm.add(new ProductFacts.Crm(m[1], m[0], g));
            }
        }
        List<ProductFacts.Zzs> zzs = a11.stream().filter(l -> l.name().equals("solder"))
                .map(l -> new ProductFacts.Zzs("solder", "7439-92-1", l.massGram(), true)).toList();
        return new ProductFacts("p" + i, 1, "org", "sha", "Bench product " + i, "Bench " + i % 50 + " BV",
                "ICT hardware", "2025-1", "eu-crm-2023", "zzs-demo-2025-01", 5000, 3.0 + i % 8, List.copyOf(a11),
                List.of(), List.copyOf(crm), zzs, List.of(), List.of(), List.of(),
                new ProductFacts.Ghg(250000.0, 10000.0, 120000.0, 20000.0, "PEF EF 3.1"), null, null, null,
                new ProductFacts.Quality(a11.size() + 2, a11.size(), 0, 0, 0), List.of("A1.4"),
                List.of(new ProductFacts.Note("Leidraad circulair productpaspoort A1.4", "missing from A1.4")), List.of());
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<PortfolioAnalysis.Holding> all = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            all.add(new PortfolioAnalysis.Holding(facts(i), 1 + i % 100));
        }
        List<PortfolioAnalysis.Holding> tenK = all.subList(0, 10_000);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] wall = new long[2][rounds], cpu = new long[2][rounds];
        for (int r = -5; r < rounds; r++) {
            for (int s = 0; s < 2; s++) {
                List<PortfolioAnalysis.Holding> h = s == 0 ? tenK : all;
                long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                PortfolioAnalysis.analyse(new PortfolioAnalysis.Subject("portfolio", "b", "bench", h.size()), h, null,
                        Map.of(), 100);
                if (r >= 0) {
                    wall[s][r] = System.nanoTime() - w0;
                    cpu[s][r] = mx.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            Arrays.sort(wall[s]);
            Arrays.sort(cpu[s]);
            System.out.printf("%d passports: %d interleaved rounds, median wall %.1f ms, median CPU %.1f ms, min wall %.1f ms,"
                            + " max wall %.1f ms%n", s == 0 ? 10_000 : 100_000, rounds, wall[s][rounds / 2] / 1e6,
                    cpu[s][rounds / 2] / 1e6, wall[s][0] / 1e6, wall[s][rounds - 1] / 1e6);
        }
    }
}
