package nl.kringloop.passport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the passport register, run as a process of its own against a running server (not part of the
 * test build; see docs/benchmarks-passport.md):
 * <pre>
 *   seed   N THREADS          create + publish N passports, two requests each; prints passports/s
 *   import N THREADS BATCH    the same through POST /api/passports/import?publish=true, BATCH per request
 *   get    SECONDS THREADS    GET one published passport in a closed loop; prints p50/p90/p99 and requests/s
 *   version SECONDS THREADS   the same for its published version 1 (/versions/1, immutable)
 *   search SECONDS THREADS    the same for one search (crm=palladium&amp;productGroup=…)
 *   filters SECONDS THREADS   the same for one search per filter in turn ({@link #FILTERS}), each with its total
 * </pre>
 * System properties: {@code kringloop.baseUri} (default http://localhost:9482), {@code kringloop.adminToken};
 * {@code bench.serverPid}: the server's process id on this machine, to print its CPU time per request (Linux).
 */
public final class PassportBench {

    static final String BASE = System.getProperty("kringloop.baseUri", "http://localhost:9482");
    static final String ADMIN = System.getProperty("kringloop.adminToken", "");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    static final String[][] MATERIALS = {
            {"aluminium", "7429-90-5"}, {"cobalt", "7440-48-4"}, {"copper", "7440-50-8"}, {"palladium", "7440-05-3"},
            {"polycarbonate", null}, {"steel", null}, {"glass", null}, {"neodymium", "7440-00-8"},
            {"solder", "7439-92-1"}, {"lithium", "7439-93-2"}};
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    /** one search per filter over the passports of {@link #document}: hits at 100,000 in the comment */
    static final String[] FILTERS = {
            "text=bench%20product%2093999",                  // 1: every word but the last in every passport
            "text=product%204242",                           // 11: 4242, 42420–42429
            "productGroup=lighting",                         // 20,000
            "manufacturer=bench%2049%20bv",                  // 2,000
            "material=neodymium",                            // 50,000
            "crm=palladium",                                 // 50,000
            "zzs=7439-92-1",                                 // 50,000
            "crm=any",
            "crm=palladium&productGroup=lighting",           // 10,000
            ""};                                             // 100,000: no filter
    static final String[] GROUPS = {"ICT hardware", "furniture", "lighting", "textiles", "household appliances"};

    private PassportBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "seed";
        int a = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        switch (mode) {
            case "seed" -> seed(a, threads);
            case "import" -> importBatches(a, threads, args.length > 3 ? Integer.parseInt(args[3]) : 500);
            case "get" -> loop(a, threads, "GET one passport", () -> "/api/passports/" + firstPassport());
            case "version" -> loop(a, threads, "GET one published version", () -> "/api/passports/" + firstPassport()
                    + "/versions/1");
            case "search" -> loop(a, threads, "search", () -> "/api/passports?crm=palladium&productGroup=lighting&limit=20");
            case "filters" -> {
                for (String query : FILTERS) {
                    String path = "/api/passports?" + query + "&limit=20";
                    System.out.printf("total %s for %s%n", match(TOTAL, send("GET", path, null, null, 200)), query);
                    loop(a, threads, "search", () -> path);
                }
            }
            default -> throw new IllegalArgumentException("mode: seed | get | search");
        }
    }

    static void seed(int n, int threads) throws Exception {
        String org = match(ID, send("POST", "/api/organisations", ADMIN,
                "{\"name\": \"Bench " + System.nanoTime() + "\"}", 201));
        String submitter = send("POST", "/api/organisations/" + org + "/submitters", ADMIN, "{\"name\": \"bench\"}", 201);
        String token = match(TOKEN, submitter);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        AtomicLong lastReport = new AtomicLong(start);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        String location = sendForLocation("/api/passports", token, document(i));
                        String id = location.substring(location.lastIndexOf('/') + 1);
                        send("POST", "/api/passports/" + id + "/publish", token, null, 200);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 5) {
                            System.err.println("passport " + i + ": " + e.getMessage());
                        }
                    }
                    long now = System.nanoTime();
                    long last = lastReport.get();
                    if (now - last > 10_000_000_000L && lastReport.compareAndSet(last, now)) {
                        System.out.printf("  %d passports, %.0f /s%n", i, i / ((now - start) / 1e9));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seeded %d passports (create + publish, %d failed) in %.1f s with %d threads: %.1f passports/s%n",
                n, failed.get(), seconds, threads, (n - failed.get()) / seconds);
    }

    static void importBatches(int n, int threads, int batch) throws Exception {
        String token = newSubmitter();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int from = next.getAndAdd(batch); from < n; from = next.getAndAdd(batch)) {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = from; i < Math.min(n, from + batch); i++) {
                        body.append(i > from ? "," : "").append(document(i));
                    }
                    try {
                        send("POST", "/api/passports/import?publish=true", token, body.append(']').toString(), 201);
                        int total = done.addAndGet(Math.min(n, from + batch) - from);
                        System.out.printf("  %d passports, %.0f /s%n", total, total / ((System.nanoTime() - start) / 1e9));
                    } catch (Exception e) {
                        System.err.println("batch at " + from + ": " + e.getMessage());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("imported and published %d passports in %.1f s with %d threads, %d per request: %.1f passports/s%n",
                done.get(), seconds, threads, batch, done.get() / seconds);
    }

    public static String newSubmitter() throws Exception {
        String org = match(ID, send("POST", "/api/organisations", ADMIN,
                "{\"name\": \"Bench " + System.nanoTime() + "\"}", 201));
        return match(TOKEN, send("POST", "/api/organisations/" + org + "/submitters", ADMIN, "{\"name\": \"bench\"}", 201));
    }

    interface PathSupplier {
        String get() throws Exception;
    }

    static void loop(int seconds, int threads, String what, PathSupplier pathSupplier) throws Exception {
        String path = pathSupplier.get();
        // warm-up: JIT, caches, connection pool
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            send("GET", path, null, null, 200);
        }
        List<long[]> perThread = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpuBefore = serverCpuNanos();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            long[] samples = new long[2_000_000];
            perThread.add(samples);
            int slot = t;
            pool.submit(() -> {
                int k = 0;
                while (System.nanoTime() < end && k < samples.length) {
                    long s = System.nanoTime();
                    try {
                        send("GET", path, null, null, 200);
                        samples[k++] = System.nanoTime() - s;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                perThread.set(slot, Arrays.copyOf(samples, k));
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long cpu = serverCpuNanos() - cpuBefore;
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (cpuBefore >= 0) {
            System.out.printf("server CPU %.3f ms per request (%d requests)%n", cpu / 1e6 / all.length, all.length);
        }
        System.out.printf("%s %s: %d requests in %d s with %d threads = %.0f req/s, %d errors;"
                        + " p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, path, all.length, seconds,
                threads, all.length / (double) seconds, errors.get(), pct(all, 50), pct(all, 90), pct(all, 99),
                all[all.length - 1] / 1e6);
    }

    /** user + system time of the server process from /proc/PID/stat, in ns; -1 without bench.serverPid */
    static long serverCpuNanos() {
        String pid = System.getProperty("bench.serverPid");
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5) (utime, stime), counted from the state field (3): indexes 11 and 12
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstPassport() throws Exception {
        return match(ID, send("GET", "/api/passports?limit=1&productGroup=ict%20hardware", null, null, 200));
    }

    public static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    public static String document(int i) {
        StringBuilder m = new StringBuilder();
        int count = 3 + i % 5;
        for (int k = 0; k < count; k++) {
            String[] mat = MATERIALS[(i + k * 3) % MATERIALS.length];
            if (k > 0) {
                m.append(',');
            }
            m.append("{\"material\": \"").append(mat[0]).append("\", ");
            if (mat[1] != null) {
                m.append("\"cas\": \"").append(mat[1]).append("\", ");
            }
            m.append("\"massGram\": ").append(10 + (i * 7 + k * 13) % 400).append(", \"method\": \"scale\"}");
        }
        return """
                {"product": {"id": "urn:bench:%d", "name": "Bench product %d", "model": "B-%d", "manufacturer": "Bench %d BV",
                             "productGroup": "%s"}, "massGram": 5000,
                 "referenceLists": {"crm": "eu-crm-2023", "zzs": "zzs-demo-2025-01"},
                 "values": {"A1.1": [%s],
                   "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                          "method": "PEF EF 3.1"},
                   "C1.1": {"years": %d}}}""".formatted(i, i, i, i % 50, GROUPS[i % GROUPS.length], m, 3 + i % 8);
    }

    public static String send(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** POST expecting 201; the new resource's id is the last segment of Location (JSON-B orders members by name). */
    static String sendForLocation(String path, String token, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " → " + res.statusCode() + ": " + res.body());
        }
        return res.headers().firstValue("Location").orElseThrow();
    }

    static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + s);
        }
        return m.group(1);
    }
}
