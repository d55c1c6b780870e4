package nl.kringloop.plugins.recipe;

import nl.kringloop.api.DataFile;
import nl.kringloop.api.impact.Factor;
import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.Confidence;

import java.util.ArrayList;
import java.util.List;

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
        DataFile file = DataFile.read(EcosystemFactors.class, RESOURCE, 7, "name", "confidence");
        List<Factor> factors = new ArrayList<>();
        for (DataFile.Row r : file.rows()) {
            String ecosystem = r.text(3);
            if (!ECOSYSTEMS.contains(ecosystem)) {
                throw file.error(r, "unknown ecosystem " + ecosystem);
            }
            factors.add(new Factor(r.text(0), r.text(1), r.text(2), ecosystem, r.number(4),
                    "species.yr/" + r.text(2), Confidence.valueOf(r.text(5)), r.text(6)));
        }
        return new EcosystemFactors(new FactorFile(file.header("id"), file.header("name"), file.header("version"),
                file.header("source"), file.header("confidence")), factors);
    }
}
