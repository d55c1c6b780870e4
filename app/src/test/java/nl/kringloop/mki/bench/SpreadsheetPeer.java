package nl.kringloop.mki.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The peer of issue 20 item 8: the same MKI project as an Annex B-style spreadsheet with live formulas, recalculated
 * by LibreOffice headless in a cold process, against Kringloop calculating the same document end to end.
 *
 * <p>The workbook: sheet {@code Totals} first (the total, per module and per object: SUM and SUMIF over the lines);
 * {@code Prices}, the shadow prices of the document's weighting set as the server publishes them; {@code Cards}, one
 * row per card and module with its indicator values and the card's MKI per unit as
 * {@code SUMPRODUCT(values, prices)}; {@code Lines}, one row per line with, per module, quantity × counted ×
 * the rules' factors × the card's MKI per unit looked up with {@code VLOOKUP}. The rule outcomes (factors, counted
 * or not, a substitute card or a published price) are inputs of the sheet, as an engineer fills them into an Annex B
 * sheet: the spreadsheet redoes the weighting and the sums, not the protocol's rules. The totals must agree.
 *
 * <p>Usage: {@code java -cp … nl.kringloop.mki.bench.SpreadsheetPeer BASE_URI LINES RUNS WORKDIR} — run by
 * {@code .ci/bench-peer}.
 */
public final class SpreadsheetPeer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SpreadsheetPeer() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Path.of(args.length > 3 ? args[3] : Files.createTempDirectory("peer").toString());
        Files.createDirectories(work);

        JsonObject doc = document(base, lines);
        byte[] body = doc.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "document: %,d lines, %,d bytes%n", lines, body.length);

        // Kringloop end to end: the document in, the full per-line result out (three warm-up calls)
        JsonObject result = Json.createReader(new StringReader(calculate(base, body))).readObject();
        calculate(base, body);
        calculate(base, body);
        double total = result.getJsonNumber("totalMkiEuro").doubleValue();

        Path xlsx = work.resolve("annex-b-peer.xlsx");
        JsonObject prices = get(base, "/api/methodologies/weightings/" + doc.getString("weighting"));
        write(doc, result, prices, xlsx);
        System.out.printf(Locale.ROOT, "workbook: %s, %,d bytes%n", xlsx, Files.size(xlsx));

        long[] kringloop = new long[runs];
        String soffice = System.getenv().getOrDefault("SOFFICE", "soffice");
        if (!onPath(soffice)) {
            for (int i = 0; i < runs; i++) {
                kringloop[i] = timed(base, body);
            }
            System.out.println("LibreOffice (soffice) is not installed: the peer is skipped."
                    + " Kringloop POST /api/mki/calculate p50: " + ms(median(kringloop)) + " ms (" + msList(kringloop) + ")");
            return;
        }
        Path profile = work.resolve("lo-profile");
        recalcOnLoad(profile);
        libreOffice(soffice, profile, xlsx, work.resolve("warm-up")); // makes the profile; not timed
        long[] office = new long[runs];
        double sheetTotal = Double.NaN;
        for (int i = 0; i < runs; i++) { // interleaved: one LibreOffice run, then one Kringloop call
            Path out = work.resolve("out-" + i);
            long t = System.nanoTime();
            libreOffice(soffice, profile, xlsx, out);
            office[i] = System.nanoTime() - t;
            sheetTotal = totalOf(out.resolve("annex-b-peer.csv"));
            kringloop[i] = timed(base, body);
        }
        double diff = Math.abs(sheetTotal - total) / Math.max(1, Math.abs(total));
        System.out.printf(Locale.ROOT, "totals: Kringloop %.6f euro, LibreOffice %.6f euro, relative difference %.1e%s%n",
                total, sheetTotal, diff, diff < 1e-9 ? "" : "  DISAGREE");
        System.out.printf(Locale.ROOT, "Kringloop POST /api/mki/calculate p50 %d ms (%s); LibreOffice open +"
                        + " recalculate + write, cold process, p50 %d ms (%s); ratio %.1fx%n",
                ms(median(kringloop)), msList(kringloop), ms(median(office)), msList(office),
                (double) median(office) / median(kringloop));
        if (diff >= 1e-9) {
            System.exit(1);
        }
    }

    /** The server's illustrative demo project, its lines repeated (with new ids) to the size asked. */
    static JsonObject document(String base, int lines) throws IOException, InterruptedException {
        JsonArray projects = Json.createReader(new StringReader(getText(base, "/api/mki/projects"))).readArray();
        String demo = projects.stream().map(JsonValue::asJsonObject).filter(p -> p.getBoolean("illustrative", false))
                .map(p -> p.getString("id")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no illustrative demo project on " + base));
        JsonObject export = get(base, "/api/mki/projects/" + demo + "/export");
        JsonArray demoLines = export.getJsonArray("lines");
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < lines; i++) {
            out.add(Json.createObjectBuilder(demoLines.getJsonObject(i % demoLines.size())).add("id", "B" + i));
        }
        JsonObjectBuilder doc = Json.createObjectBuilder(export).add("lines", out);
        for (String k : List.of("method", "exportedFrom", "illustrative")) {
            doc.remove(k);
        }
        return doc.build();
    }

    static void write(JsonObject doc, JsonObject result, JsonObject set, Path xlsx) throws IOException {
        List<String> indicators = new ArrayList<>();
        Map<String, Double> price = new LinkedHashMap<>();
        for (JsonValue v : set.getJsonArray("prices")) {
            JsonObject p = v.asJsonObject();
            indicators.add(p.getString("indicator"));
            price.put(p.getString("indicator"), !present(p, "euroPerUnit") ? 0
                    : p.getJsonNumber("euroPerUnit").doubleValue());
        }
        TreeSet<String> modules = new TreeSet<>(result.getJsonObject("byModule").keySet());
        List<String> mods = new ArrayList<>(modules);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000)) {
            Sheet totals = wb.createSheet("Totals");
            Sheet prices = wb.createSheet("Prices");
            Sheet cards = wb.createSheet("Cards");
            Sheet lineSheet = wb.createSheet("Lines");

            Row names = prices.createRow(0);
            Row values = prices.createRow(1);
            for (int i = 0; i < indicators.size(); i++) {
                names.createCell(i).setCellValue(indicators.get(i));
                values.createCell(i).setCellValue(price.get(indicators.get(i)));
            }
            String priceRange = "Prices!$A$2:$" + col(indicators.size() - 1) + "$2";

            // Cards: key "card|module", the indicator values, then SUMPRODUCT with the prices
            int euroCol = 1 + indicators.size();
            int r = 0;
            Row head = cards.createRow(r++);
            head.createCell(0).setCellValue("card|module");
            for (int i = 0; i < indicators.size(); i++) {
                head.createCell(1 + i).setCellValue(indicators.get(i));
            }
            head.createCell(euroCol).setCellValue("mkiEuroPerUnit");
            for (JsonValue cv : doc.getJsonArray("cards")) {
                JsonObject card = cv.asJsonObject();
                for (Map.Entry<String, JsonValue> m : card.getJsonObject("impacts").entrySet()) {
                    Row row = cards.createRow(r);
                    row.createCell(0).setCellValue(card.getString("id") + "|" + m.getKey());
                    JsonObject ind = m.getValue().asJsonObject();
                    for (int i = 0; i < indicators.size(); i++) {
                        JsonNumber n = ind.getJsonNumber(indicators.get(i));
                        row.createCell(1 + i).setCellValue(n == null ? 0 : n.doubleValue());
                    }
                    row.createCell(euroCol).setCellFormula("SUMPRODUCT(B" + (r + 1) + ":" + col(indicators.size())
                            + (r + 1) + "," + priceRange + ")");
                    r++;
                }
            }
            String cardTable = "Cards!$A$2:$" + col(euroCol) + "$" + r;

            // Lines: id, object, card, quantity priced, counted; one column per module; the line's total
            Row lh = lineSheet.createRow(0);
            String[] fixed = {"line", "object", "card", "quantity", "counted"};
            for (int i = 0; i < fixed.length; i++) {
                lh.createCell(i).setCellValue(fixed[i]);
            }
            for (int m = 0; m < mods.size(); m++) {
                lh.createCell(fixed.length + m).setCellValue(mods.get(m));
            }
            int totalCol = fixed.length + mods.size();
            lh.createCell(totalCol).setCellValue("mkiEuro");
            JsonArray resultLines = result.getJsonArray("lines");
            for (int i = 0; i < resultLines.size(); i++) {
                JsonObject line = resultLines.getJsonObject(i);
                int excel = i + 2;
                Row row = lineSheet.createRow(i + 1);
                JsonObject pricing = !present(line, "pricing") ? null
                        : line.getJsonObject("pricing");
                String card = pricing != null && present(pricing, "card")
                        ? pricing.getString("card") : line.getString("card", "");
                double quantity = pricing != null ? pricing.getJsonNumber("quantity").doubleValue()
                        : line.getJsonNumber("quantity").doubleValue();
                row.createCell(0).setCellValue(line.getString("id"));
                row.createCell(1).setCellValue(line.getString("object", ""));
                row.createCell(2).setCellValue(card);
                row.createCell(3).setCellValue(quantity);
                row.createCell(4).setCellValue("counted".equals(line.getString("status")) ? 1 : 0);
                JsonObject fixedPrice = pricing != null && present(pricing, "euroPerUnit") ? pricing.getJsonObject("euroPerUnit") : null;
                for (int m = 0; m < mods.size(); m++) {
                    String module = mods.get(m);
                    double factor = factor(line.getJsonArray("factors"), module);
                    String perUnit = fixedPrice != null
                            ? (fixedPrice.containsKey(module) ? repr(fixedPrice.getJsonNumber(module).doubleValue()) : "0")
                            : "IFERROR(VLOOKUP($C" + excel + "&\"|" + module + "\"," + cardTable + "," + (euroCol + 1)
                            + ",0),0)";
                    row.createCell(fixed.length + m).setCellFormula("$D" + excel + "*$E" + excel + "*"
                            + repr(factor) + "*" + perUnit);
                }
                row.createCell(totalCol).setCellFormula("SUM(" + col(fixed.length) + excel + ":"
                        + col(totalCol - 1) + excel + ")");
            }
            int last = resultLines.size() + 1;

            // Totals: the total first (cell B1), then per module and per object
            Row t0 = totals.createRow(0);
            t0.createCell(0).setCellValue("totalMkiEuro");
            t0.createCell(1).setCellFormula("SUM(Lines!" + col(totalCol) + "2:" + col(totalCol) + last + ")");
            int tr = 1;
            for (int m = 0; m < mods.size(); m++) {
                Row row = totals.createRow(tr++);
                row.createCell(0).setCellValue(mods.get(m));
                String c = col(fixed.length + m);
                row.createCell(1).setCellFormula("SUM(Lines!" + c + "2:" + c + last + ")");
            }
            for (JsonValue ov : doc.getJsonArray("objects")) {
                String id = ov.asJsonObject().getString("id");
                Row row = totals.createRow(tr++);
                row.createCell(0).setCellValue("object " + id);
                row.createCell(1).setCellFormula("SUMIF(Lines!$B$2:$B$" + last + ",\"" + id + "\",Lines!$"
                        + col(totalCol) + "$2:$" + col(totalCol) + "$" + last + ")");
            }
            try (OutputStream os = Files.newOutputStream(xlsx)) {
                wb.write(os);
            }
            wb.dispose();
        }
    }

    /** the product of the factors the rules applied to the module (a factor without modules applies to all) */
    private static double factor(JsonArray factors, String module) {
        double f = 1;
        if (factors == null) {
            return f;
        }
        for (JsonValue v : factors) {
            JsonObject a = v.asJsonObject();
            JsonArray mods = present(a, "modules") ? a.getJsonArray("modules") : null;
            if (mods == null || mods.stream().anyMatch(m -> module.equals(((jakarta.json.JsonString) m).getString()))) {
                f *= a.getJsonNumber("value").doubleValue();
            }
        }
        return f;
    }

    private static boolean present(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() != JsonValue.ValueType.NULL;
    }

    /** a double as a formula literal that reads back as the same double */
    private static String repr(double d) {
        return Double.toString(d);
    }

    private static String col(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** LibreOffice recalculates an .xlsx on load only when told to: OOXMLRecalcMode 0 = always. */
    static void recalcOnLoad(Path profile) throws IOException {
        Path user = profile.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
    }

    /** a cold LibreOffice process: open the workbook (recalculating it) and write its first sheet as CSV */
    static void libreOffice(String soffice, Path profile, Path xlsx, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(soffice, "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "csv", "--outdir", outDir.toString(),
                xlsx.toString()).redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("soffice failed: " + Files.readString(outDir.resolve("soffice.log")));
        }
    }

    static double totalOf(Path csv) throws IOException {
        String first = Files.readAllLines(csv).get(0);
        return Double.parseDouble(first.substring(first.indexOf(',') + 1).replace("\"", "").trim());
    }

    private static long timed(String base, byte[] body) throws IOException, InterruptedException {
        long t = System.nanoTime();
        calculate(base, body);
        return System.nanoTime() - t;
    }

    private static String calculate(String base, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/mki/calculate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("calculate: " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static JsonObject get(String base, String path) throws IOException, InterruptedException {
        return Json.createReader(new StringReader(getText(base, path))).readObject();
    }

    private static String getText(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode());
        }
        return r.body();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of(command));
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static String msList(long[] xs) {
        return Arrays.stream(xs).map(SpreadsheetPeer::ms).mapToObj(Long::toString)
                .reduce((a, b) -> a + ", " + b).orElse("") + " ms";
    }
}
