package nl.kringloop.plugins.weighting;

import nl.kringloop.api.mki.Confidence;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a shadow-price data file shipped in this plugin: {@code # key: value} header lines (id, name,
 * version, source) then {@code indicator;name;unit;euroPerUnit;confidence;note} rows. Plain parsing, so
 * the plugin needs no library beyond the api.
 */
final class ShadowPriceFile {

    private ShadowPriceFile() {
    }

    static ShadowPriceSet load(String resource) {
        try (InputStream in = ShadowPriceFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from plugin jar: " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ShadowPriceSet parse(String origin, BufferedReader reader) throws IOException {
        Map<String, String> header = new HashMap<>();
        List<ShadowPrice> prices = new ArrayList<>();
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
            if (f.length != 6) {
                throw new IllegalStateException(origin + " line " + lineNo + ": expected 6 fields, got " + f.length);
            }
            Double price = f[3].isBlank() ? null : Double.valueOf(f[3].trim());
            prices.add(new ShadowPrice(f[0].trim(), f[1].trim(), f[2].trim(), price,
                    Confidence.valueOf(f[4].trim()), f[5].trim()));
        }
        for (String key : List.of("id", "name", "version", "source")) {
            if (!header.containsKey(key)) {
                throw new IllegalStateException(origin + ": header '" + key + "' missing");
            }
        }
        return new ShadowPriceSet(header.get("id"), header.get("name"), header.get("version"),
                header.get("source"), prices);
    }
}
