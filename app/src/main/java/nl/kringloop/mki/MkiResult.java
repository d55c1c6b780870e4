package nl.kringloop.mki;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The result of an MKI calculation (docs/mki.md). Euro figures are IEEE doubles, unrounded (money policy of
 * {@link Weighting}). Every factor names its rule, every finding its rule and, for plugin rules, the plugin and
 * version; {@code method} names every plugin and version used, so the same document re-runs to the same digits.
 *
 * @param valid        false when any finding is an error (a refused line, a broken protocol rule)
 * @param totalMkiEuro the work's MKI, euro: the sum of the lines' {@code mkiEuro} in document order
 * @param byModule     MKI euro per LCA module, in EN 15804 order
 * @param byObject     MKI euro per object, in document order
 * @param lines        per line, in document order
 * @param findings     every finding: data quality, line and project level
 * @param method       the protocol, weighting, rules and plugin versions used
 */
@Schema(name = "MkiResult")
public record MkiResult(boolean valid, String name,
                        @Schema(example = "123456.78") double totalMkiEuro,
                        @Schema(example = "{\"A1-A3\": 100000.0, \"A4\": 2000.0, \"D\": -5000.0}")
                        Map<String, Double> byModule,
                        List<ObjectTotal> byObject,
                        List<LineResult> lines,
                        List<ResultFinding> findings,
                        Method method) {

    /**
     * @param mkiEuro        MKI euro of the object's own lines
     * @param subtreeMkiEuro MKI euro of the object's lines and those of every object below it
     */
    @Schema(name = "MkiObjectTotal")
    public record ObjectTotal(String id, String name, String parent, boolean earthwork, double mkiEuro,
                              double subtreeMkiEuro) {
    }

    /**
     * @param status   {@code counted}; {@code excluded} (out of scope, info finding, counts 0); {@code refused}
     *                 (error finding, counts 0)
     * @param mkiEuro  quantity × Π factors × weighted euro per unit, summed over modules; 0 unless counted
     * @param byModule the same per module of the card
     * @param factors  every factor the rules applied, in order
     * @param pricing  how a rule priced the line instead of by its card (substitute card or published figure);
     *                 absent when the card prices it
     */
    @Schema(name = "MkiLineResult")
    public record LineResult(String id, String object, String card, double quantity, String unit,
                             @Schema(enumeration = {"counted", "excluded", "refused"}) String status,
                             double mkiEuro, Map<String, Double> byModule, List<AppliedFactor> factors,
                             PricingUsed pricing, List<ResultFinding> findings) {
    }

    /**
     * A rule's pricing of a line: line MKI = quantity × Π factors × (the card's weighted euro per unit, or the
     * fixed euro per unit), per module.
     *
     * @param card               the substitute card, when priced by another card of the document
     * @param euroPerUnit        the fixed euro per unit per module, when priced by a published figure
     * @param quantity           the quantity priced (the line's, or the rule's, e.g. kWh over the service life)
     * @param source             the publication of a fixed figure
     * @param publishedBreakdown figures as published, shown and never summed (e.g. Annex C per phase)
     */
    @Schema(name = "MkiLinePricing")
    public record PricingUsed(@Schema(example = "RWS-MKI 4.0 §3.2.2b") String rule,
                              @Schema(example = "Annex C table 36: excavator V HVO") String name, String card,
                              @Schema(example = "{\"A5\": 0.213}") Map<String, Double> euroPerUnit,
                              double quantity, @Schema(example = "l") String unit,
                              @Schema(example = "TNO 2018 R10658") String source,
                              @Schema(example = "{\"Total\": 0.213, \"A1-A3\": 0.133, \"A4\": 0.00164, \"B\": 0.0783}")
                              Map<String, Double> publishedBreakdown, String plugin) {
    }

    /**
     * @param modules the modules it applies to; absent means every module
     * @param plugin  plugin id and version of the rule, e.g. {@code "mki-rws-protocol 0.1.0"}
     */
    @Schema(name = "MkiFactor")
    public record AppliedFactor(@Schema(example = "RWS-MKI 4.0 §2.2b") String rule,
                                @Schema(example = "category 3 mark-up") String name,
                                @Schema(example = "1.3") double value, List<String> modules, String plugin) {
    }

    /**
     * @param line    the line's id, when the finding is about a line
     * @param subject what else it is about (an indicator code, a card id), when not a line
     * @param plugin  plugin id and version of the rule that found it; absent for the host's own findings
     */
    @Schema(name = "MkiFinding")
    public record ResultFinding(@Schema(enumeration = {"error", "warning", "info"}) String severity,
                                @Schema(example = "RWS-MKI 4.0 §2.2c") String rule, String line, String subject,
                                @Schema(example = "lines[6].card") String field, String message, String plugin) {
    }

    /**
     * @param protocol  e.g. {@code "RWS-MKI 4.0"}
     * @param plugins   every plugin that contributed, with its version
     * @param weighting the shadow-price set
     * @param rules     every rule extension considered, and whether it applied
     */
    @Schema(name = "MkiMethod")
    public record Method(String protocol, List<PluginVersion> plugins, WeightingUsed weighting, List<RuleUsed> rules) {
    }

    @Schema(name = "MkiPluginVersion")
    public record PluginVersion(@Schema(example = "mki-rws-protocol") String id, @Schema(example = "0.1.0") String version) {
    }

    @Schema(name = "MkiWeightingUsed")
    public record WeightingUsed(@Schema(example = "nmd-set-1") String id, @Schema(example = "2024.1") String version,
                                @Schema(example = "mki-weighting") String plugin, String pluginVersion,
                                @Schema(description = "indicator → the set's unit, taken for card values whose card"
                                        + " states no unit (indicatorUnits)", example = "{\"ADPF\": \"kg Sb-eq\"}")
                                Map<String, String> assumedIndicatorUnits) {

        public WeightingUsed {
            assumedIndicatorUnits = assumedIndicatorUnits == null ? Map.of() : assumedIndicatorUnits;
        }

        public WeightingUsed(String id, String version, String plugin, String pluginVersion) {
            this(id, version, plugin, pluginVersion, Map.of());
        }
    }

    /** @param applied false when the rule does not cover the project's protocol version, or its call failed */
    @Schema(name = "MkiRuleUsed")
    public record RuleUsed(String id, String plugin, String pluginVersion, List<String> implementsRules,
                           boolean applied) {
    }
}
