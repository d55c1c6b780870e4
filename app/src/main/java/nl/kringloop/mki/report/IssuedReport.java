package nl.kringloop.mki.report;

import jakarta.json.JsonObject;
import nl.kringloop.mki.MkiResult;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An issued MKI report (RWS-MKI 4.0 chapter 4) as JSON: immutable once issued. The figures are top-level fields;
 * {@code document} is the complete project document of the forecast, which {@code POST /api/mki/calculate}
 * re-runs to {@code forecastMkiEuro} to the last digit. Euro figures are unrounded doubles.
 */
@Schema(name = "MkiReport")
public record IssuedReport(
        String projectId,
        @Schema(description = "1, 2, 3 … per project, in order of issue") int number,
        @Schema(enumeration = {"plan", "progress", "final"}) String kind,
        @Schema(example = "2026-12-02T17:00:00Z") String issuedAt,
        String issuedBy,
        @Schema(description = "hex SHA-256 of the canonical JSON of this report without contentHash (members"
                + " sorted, no whitespace, plain decimals)") String contentHash,
        @Schema(description = "§4.3a-III: the plan of approach's forecast (this report's own for the plan)")
        double initialMkiEuro,
        @Schema(description = "§4.3a-III: the previous report's forecast; null for the first report")
        Double previousForecastMkiEuro,
        @Schema(description = "§4.3a-I: the MKI of the work as it now stands (the embedded document)")
        double forecastMkiEuro,
        @Schema(description = "§4.3a-II: the MKI of what has been done so far") double realisedMkiEuro,
        @Schema(description = "the MKI promised in the tender; null when the contract settings lack it")
        Double promisedMkiEuro,
        @Schema(description = "the contract's award model (not the protocol's): max(0, forecast − promised) ×"
                + " awardValuePerEuroMki × penaltyFactor; null without an award model") Double exposureEuro,
        String exposureBasis,
        Restscope restscope,
        List<ObjectFigures> byObject,
        @Schema(description = "forecast and realised MKI euro per LCA module") List<ModuleFigures> byModule,
        List<CardFigures> byCard,
        List<LineFigures> lines,
        @Schema(type = SchemaType.OBJECT, description = "the contract settings as they stood") JsonObject contract,
        @Schema(type = SchemaType.OBJECT, description = "every register as it stood; scope changes and measures with"
                + " their computed mkiEffectEuro") JsonObject registers,
        List<MkiResult.ResultFinding> findings,
        @Schema(description = "what §4.2 (plan), §4.3 (progress) or §4.4 (final) requires, section by section")
        List<Section> sections,
        @Schema(description = "§4.4b (final; listed in every report): the figures of every report up to this one")
        List<HistoryEntry> history,
        @Schema(description = "§4.4b: the largest changes per object and per card between consecutive reports")
        List<Change> trends,
        @Schema(description = "§4.4d: per category 1 card, MKI per unit per LCA phase against its reference card,"
                + " without the 30 % mark-up") List<CardComparison> categoryOneComparison,
        @Schema(type = SchemaType.OBJECT, description = "the complete project document of the forecast")
        JsonObject document,
        @Schema(description = "hex SHA-256 of the canonical JSON of document") String documentHash,
        MkiResult.Method method) {

    IssuedReport withHash(String hash) {
        return new IssuedReport(projectId, number, kind, issuedAt, issuedBy, hash, initialMkiEuro,
                previousForecastMkiEuro, forecastMkiEuro, realisedMkiEuro, promisedMkiEuro, exposureEuro, exposureBasis,
                restscope, byObject, byModule, byCard, lines, contract, registers, findings, sections, history, trends,
                categoryOneComparison, document, documentHash, method);
    }

    /**
     * @param mkiEuro          restscope lines' forecast MKI
     * @param shareOfForecast  mkiEuro / forecastMkiEuro (§4.1: at most 0.05)
     * @param financialLines   restscope lines monitored financially
     */
    @Schema(name = "MkiReportRestscope")
    public record Restscope(List<String> lines, List<String> financialLines, double mkiEuro, double shareOfForecast,
                            boolean withinLimit) {
    }

    @Schema(name = "MkiReportObject")
    public record ObjectFigures(String id, String name, String parent, boolean earthwork, double forecastMkiEuro,
                                double realisedMkiEuro, Double initialMkiEuro) {
    }

    @Schema(name = "MkiReportModule")
    public record ModuleFigures(String module, double forecastMkiEuro, double realisedMkiEuro) {
    }

    /** @param source NMD date-version and card id, or the LCA report */
    @Schema(name = "MkiReportCard")
    public record CardFigures(String id, String name, String dataCategory, String unit, String source,
                              double forecastMkiEuro, double realisedMkiEuro) {
    }

    /**
     * @param forecastQuantity null when the line is removed
     * @param mkiEuroPerUnit   forecast MKI / forecast quantity (the design's for a line the forecast leaves out)
     * @param scopeChange      the agreed scope change that added or changed the line
     */
    @Schema(name = "MkiReportLine")
    public record LineFigures(String id, String object, String card, String unit, Double designQuantity,
                              Double forecastQuantity, Double realisedQuantity,
                              @Schema(enumeration = {"planned", "in-progress", "realised", "removed"}) String status,
                              @Schema(enumeration = {"quantity", "financial"}) String monitoring, Double spentShare,
                              String appliedOn, boolean restscope, double mkiEuroPerUnit, double forecastMkiEuro,
                              double realisedMkiEuro, Double initialMkiEuro, String scopeChange) {
    }

    /** @param provided false where the user gave nothing: then {@code summary} says "not provided" */
    @Schema(name = "MkiReportSection")
    public record Section(@Schema(example = "RWS-MKI 4.0 §4.3d") String section, String title, boolean provided,
                          String summary, @Schema(description = "where in this report the content is")
                          List<String> content) {
    }

    @Schema(name = "MkiReportHistoryEntry")
    public record HistoryEntry(int number, String kind, String issuedAt, double initialMkiEuro,
                               double forecastMkiEuro, double realisedMkiEuro, Double forecastChangeEuro) {
    }

    @Schema(name = "MkiReportChange")
    public record Change(int fromReport, int toReport, @Schema(enumeration = {"object", "card"}) String kind,
                         String id, String name, double fromMkiEuro, double toMkiEuro, double changeMkiEuro) {
    }

    @Schema(name = "MkiReportCardComparison")
    public record CardComparison(String card, String referenceCard, List<PhaseDifference> phases,
                                 boolean differs, String explanation) {
    }

    /** euro per functional unit, per LCA phase, weighted with the document's shadow prices, no mark-up */
    @Schema(name = "MkiReportPhaseDifference")
    public record PhaseDifference(String module, double cardMkiEuroPerUnit, double referenceMkiEuroPerUnit,
                                  double differenceMkiEuroPerUnit) {
    }

    /** A listed report. */
    @Schema(name = "MkiReportSummary")
    public record Summary(int number, String kind, String issuedAt, String contentHash, double initialMkiEuro,
                          Double previousForecastMkiEuro, double forecastMkiEuro, double realisedMkiEuro,
                          Double promisedMkiEuro, Double exposureEuro, int errorFindings,
                          @Schema(description = "links to the JSON, the Annex B workbook and the PDF")
                          Map<String, String> links) {
    }
}
