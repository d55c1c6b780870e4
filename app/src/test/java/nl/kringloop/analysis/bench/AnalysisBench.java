package nl.kringloop.analysis.bench;

import nl.kringloop.passport.bench.PassportBench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the analyses (docs/benchmarks.md, section "Portfolio analyses"), a process of its own against a
 * running server; never run by the test build:
 * <pre>
 *   seed N BATCH           import + publish N passports (PassportBench's documents), BATCH per request; ids → FILE
 *   portfolio N            create a private portfolio of the first N ids of FILE (quantities 1–100); prints its id
 *   run ROUNDS PATH…       after 3 warm-up rounds, ROUNDS rounds each GETting every PATH once, interleaved;
 *                          prints median, p90, max per path
 *   get SECONDS PATH       one PATH in a closed loop, 1 thread, after 5 s warm-up; p50/p90/p99
 * </pre>
 * System properties: kringloop.baseUri, kringloop.adminToken (as PassportBench), bench.ids (FILE, default
 * target/bench-ids.txt), bench.token (the submitter token written by seed, for private portfolios).
 */
public final class AnalysisBench {

    static final Path IDS = Path.of(System.getProperty("bench.ids", "target/bench-ids.txt"));
    static final Pattern ID = Pattern.compile("\"ids\"\\s*:\\s*\\[([^\\]]*)]");

    private AnalysisBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "portfolio" -> portfolio(Integer.parseInt(args[1]));
            case "run" -> run(Integer.parseInt(args[1]), Arrays.copyOfRange(args, 2, args.length));
            case "get" -> get(Integer.parseInt(args[1]), args[2]);
            default -> throw new IllegalArgumentException("seed | portfolio | run | get");
        }
    }

    static void seed(int n, int batch) throws Exception {
        String token = PassportBench.newSubmitter();
        List<String> ids = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (int from = 0; from < n; from += batch) {
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < Math.min(n, from + batch); i++) {
                body.append(i > from ? "," : "").append(PassportBench.document(i));
            }
            String r = PassportBench.send("POST", "/api/passports/import?publish=true", token, body.append(']').toString(), 201);
            Matcher m = ID.matcher(r);
            if (!m.find()) {
                throw new IllegalStateException("no ids in " + r);
            }
            for (String s : m.group(1).split(",")) {
                ids.add(s.trim().replace("\"", ""));
            }
            if ((from / batch) % 20 == 0) {
                System.out.printf("  %d passports, %.0f /s%n", ids.size(), ids.size() / ((System.nanoTime() - t0) / 1e9));
            }
        }
        Files.createDirectories(IDS.toAbsolutePath().getParent());
        Files.write(IDS, ids);
        Files.writeString(Path.of(IDS + ".token"), token);
        System.out.printf("seeded %d passports in %.1f s; ids in %s, token in %s.token%n", ids.size(),
                (System.nanoTime() - t0) / 1e9, IDS, IDS);
    }

    static void portfolio(int n) throws Exception {
        List<String> ids = Files.readAllLines(IDS);
        StringBuilder b = new StringBuilder("{\"name\": \"bench " + n + "\", \"public\": false, \"items\": [");
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append("{\"passport\": \"").append(ids.get(i)).append("\", \"quantity\": ")
                    .append(1 + i % 100).append('}');
        }
        String r = PassportBench.send("POST", "/api/portfolios", token(), b.append("]}").toString(), 201);
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r);
        System.out.println(m.find() ? m.group(1) : r);
    }

    static void run(int rounds, String[] paths) throws Exception {
        long[][] t = new long[paths.length][rounds];
        for (int r = -3; r < rounds; r++) {
            for (int p = 0; p < paths.length; p++) {
                long s = System.nanoTime();
                PassportBench.send("GET", paths[p], token(), null, 200);
                if (r >= 0) {
                    t[p][r] = System.nanoTime() - s;
                }
            }
        }
        for (int p = 0; p < paths.length; p++) {
            long[] x = t[p].clone();
            Arrays.sort(x);
            System.out.printf("%s: %d interleaved rounds, median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n", paths[p],
                    rounds, PassportBench.pct(x, 50), PassportBench.pct(x, 90), x[0] / 1e6, x[x.length - 1] / 1e6);
        }
    }

    static void get(int seconds, String path) throws Exception {
        long warm = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warm) {
            PassportBench.send("GET", path, null, null, 200);
        }
        long[] s = new long[1_000_000];
        int k = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && k < s.length) {
            long a = System.nanoTime();
            PassportBench.send("GET", path, null, null, 200);
            s[k++] = System.nanoTime() - a;
        }
        long[] all = Arrays.copyOf(s, k);
        Arrays.sort(all);
        System.out.printf("%s: %d requests in %d s, 1 thread; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", path,
                k, seconds, PassportBench.pct(all, 50), PassportBench.pct(all, 90), PassportBench.pct(all, 99), all[k - 1] / 1e6);
    }

    static String token() throws Exception {
        String t = System.getProperty("bench.token");
        if (t != null) {
            return t;
        }
        Path p = Path.of(IDS + ".token");
        return Files.exists(p) ? Files.readString(p).trim() : null;
    }
}
