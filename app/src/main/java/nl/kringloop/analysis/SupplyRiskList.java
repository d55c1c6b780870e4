package nl.kringloop.analysis;

import nl.kringloop.passport.PassportDocumentReader;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A versioned list of raw-material supply-risk indicators provided by the governance organisation (guideline §3.3
 * condition 9 points to the Dutch "grondstoffenscanner"; the EU CRM assessment publishes supply risk and economic
 * importance per material). Kringloop ships none: without a loaded list the analyses show no indicators.
 */
@Schema(name = "SupplyRiskList")
public record SupplyRiskList(@Schema(example = "eu-crm-assessment-2023") String id, String title, String source,
                             @Schema(example = "2023-03-16") String publishedOn, List<Indicator> indicators) {

    @Schema(name = "SupplyRiskIndicator")
    public record Indicator(@Schema(example = "cobalt") String material,
                            @Schema(description = "supply risk (SR) as the source gives it", example = "2.8") double supplyRisk,
                            @Schema(description = "economic importance (EI) as the source gives it", example = "5.9") double economicImportance,
                            String source) {
    }

    Map<String, Indicator> byMaterial() {
        return indicators.stream().collect(Collectors.toMap(i -> key(i.material()), Function.identity(), (a, b) -> a));
    }

    /** The indicator of a CRM list item (e.g. "cobalt", "platinum group metals") or of the material itself. */
    static Optional<Indicator> find(Map<String, Indicator> index, String crm, String material) {
        Indicator i = index.get(key(crm));
        return Optional.ofNullable(i != null ? i : index.get(key(material)));
    }

    static String key(String s) {
        return PassportDocumentReader.key(s);
    }
}
