package nl.kringloop.plugins.recipe;

import nl.kringloop.api.impact.Factor;
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
import java.util.List;
import java.util.Map;

/**
 * The ReCiPe 2016 H ecosystem data file shipped in this plugin: {@code # key: value} headers (id, name,
 * version, source, confidence), then one row per midpoint indicator and ecosystem (climate change harms both
 * terrestrial and freshwater ecosystems, so it has two rows). Factors are species·yr per unit of the midpoint.
 *
 * @param file    the provenance
 * @param factors every factor, in file order; {@link Factor#kind()} is the ecosystem
 */
record EcosystemFactors(FactorFile file, List<Factor> factors) {

    static final String RESOURCE = "recipe2016-h-ecosystems.csv";
    static final List<String> ECOSYSTEMS = List.of("terrestrial", "freshwater", "marine");

    static EcosystemFactors load() {
        try (InputStream in = EcosystemFactors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from plugin jar: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EcosystemFactors parse(BufferedReader reader) throws IOException {
        Map<String, String> header = new HashMap<>();
        List<Factor> factors = new ArrayList<>();
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
            if (f.length != 7) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 7 fields, got " + f.length);
            }
            String ecosystem = f[3].trim();
            if (!ECOSYSTEMS.contains(ecosystem)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown ecosystem " + ecosystem);
            }
            factors.add(new Factor(f[0].trim(), f[1].trim(), f[2].trim(), ecosystem, Double.parseDouble(f[4].trim()),
                    "species.yr/" + f[2].trim(), Confidence.valueOf(f[5].trim()), f[6].trim()));
        }
        for (String key : List.of("id", "name", "version", "source", "confidence")) {
            if (!header.containsKey(key)) {
                throw new IllegalStateException(RESOURCE + ": header '" + key + "' missing");
            }
        }
        return new EcosystemFactors(new FactorFile(header.get("id"), header.get("name"), header.get("version"),
                header.get("source"), header.get("confidence")), factors);
    }
}
