package nl.kringloop.plugins.pef;

import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.mki.Confidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EF 3.1 data file shipped in this plugin: {@code # key: value} headers (id, name, version, source,
 * confidence), then one row per impact category. Plain parsing: the plugin needs nothing beyond the api.
 *
 * @param file       the provenance
 * @param categories indicator code → its factors, in publication order
 */
record Ef31Factors(FactorFile file, Map<String, Category> categories) {

    static final String RESOURCE = "ef-3.1-normalisation-weighting.csv";

    /**
     * One EF 3.1 impact category.
     *
     * @param normalisationPerPersonYear NF: the impact of one average person in one year, in {@code unit}
     * @param weightPercent              WF in percent; the sixteen sum to 100
     * @param alternativeNormalisation   a disputed value another source gives, or {@code null}
     */
    record Category(String indicator, String name, String unit, double normalisationPerPersonYear,
                    double weightPercent, Confidence confidence, Double alternativeNormalisation, String note) {
    }

    static Ef31Factors load() {
        try (InputStream in = Ef31Factors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from plugin jar: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ef31Factors parse(BufferedReader reader) throws IOException {
        Map<String, String> header = new HashMap<>();
        Map<String, Category> rows = new LinkedHashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
                }
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 8) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 8 fields, got " + f.length);
            }
            Category c = new Category(f[0].trim(), f[1].trim(), f[2].trim(), Double.parseDouble(f[3].trim()),
                    Double.parseDouble(f[4].trim()), Confidence.valueOf(f[5].trim()),
                    f[6].isBlank() ? null : Double.valueOf(f[6].trim()), f[7].trim());
            if (rows.put(c.indicator(), c) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + c.indicator() + " twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : List.of("id", "name", "version", "source", "confidence")) {
            if (!header.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": headers missing: " + missing);
        }
        return new Ef31Factors(new FactorFile(header.get("id"), header.get("name"), header.get("version"),
                header.get("source"), header.get("confidence")), java.util.Collections.unmodifiableMap(rows));
    }
}
