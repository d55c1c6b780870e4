package nl.kringloop.mki.report;

import jakarta.json.JsonObject;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.mki.ProjectDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What RWS-MKI 4.0 requires of each document, section by section: §4.2 a–i for the plan of approach, §4.3 a–g for a
 * progress report, §4.4 a–k for the final report. Each section says whether the user provided it, a short summary,
 * and where in the report its content is; where the user gave nothing it says "not provided". Pure.
 */
final class Sections {

    static final String NOT_PROVIDED = "not provided";

    private Sections() {
    }

    static List<IssuedReport.Section> of(String kind, JsonObject contract, Map<String, List<JsonObject>> registers,
                                         ProjectDocument work, double forecast, Double promised,
                                         List<IssuedReport.CardComparison> comparison) {
        List<IssuedReport.Section> s = new ArrayList<>();
        boolean usesCat1 = work.lines().stream().anyMatch(l -> work.cards().stream()
                .anyMatch(c -> c.id().equals(l.card()) && c.dataCategory() == DataCategory.ONE));
        switch (kind) {
            case ReportBuilder.PLAN -> {
                s.add(new IssuedReport.Section("RWS-MKI 4.0 §4.2a", "Contract requirements for the MKI calculation",
                        contract.containsKey("promisedMkiEuro"), contract.containsKey("promisedMkiEuro")
                        ? "promised " + contract.getJsonNumber("promisedMkiEuro") + " euro; protocol "
                        + work.protocolVersion() + "; NMD " + work.nmdVersion() + "; service life "
                        + work.serviceLifeYears() + " years" : NOT_PROVIDED, List.of("contract")));
                s.add(annexB("RWS-MKI 4.0 §4.2b", "Substantiation of the offered MKI (Annex B, editable, with sources)"));
                s.add(register("RWS-MKI 4.0 §4.2c", "Representativeness per LCA phase of all data used", registers,
                        Registers.REPRESENTATIVENESS));
                s.add(register("RWS-MKI 4.0 §4.2d", "Sustainability measures leading to the MKI", registers,
                        Registers.MEASURES));
                s.add(risks("RWS-MKI 4.0 §4.2e", registers));
                s.add(text("RWS-MKI 4.0 §4.2f", "How the MKI achieved is demonstrated during the contract and as built",
                        contract, "demonstration"));
                s.add(text("RWS-MKI 4.0 §4.2g", "LCA advisers and recognised LCA experts, with a planning", contract,
                        "lcaExperts"));
                s.add(text("RWS-MKI 4.0 §4.2h", "How contract changes are handled in the MKI calculation", contract,
                        "changeHandling"));
                s.add(text("RWS-MKI 4.0 §4.2i", "Time-bound alignment with the client (interaction, agreements,"
                        + " audits)", contract, "clientAlignment"));
            }
            case ReportBuilder.PROGRESS -> {
                s.add(figures("RWS-MKI 4.0 §4.3a", "Forecast, realised and initial MKI (Annex B)"));
                s.add(register("RWS-MKI 4.0 §4.3b", "Progress and deviations on the working method", registers,
                        Registers.DEVIATIONS));
                IssuedReport.Section measures = register("RWS-MKI 4.0 §4.3c", "Sustainable measures and their progress"
                        + (promised != null && forecast > promised ? "; improvement measures (forecast above promise)" : ""),
                        registers, Registers.MEASURES);
                s.add(measures);
                s.add(risks("RWS-MKI 4.0 §4.3d", registers));
                s.add(evidence("RWS-MKI 4.0 §4.3e", registers, usesCat1));
                s.add(register("RWS-MKI 4.0 §4.3f", "Alternative cards for products missing from the NMD", registers,
                        Registers.ALTERNATIVE_CARDS));
                s.add(register("RWS-MKI 4.0 §4.3g", "Proposed and agreed scope changes and their MKI effect (also as"
                        + " separate lines in Annex B)", registers, Registers.SCOPE_CHANGES));
            }
            default -> {
                s.add(figures("RWS-MKI 4.0 §4.4a", "The full realised MKI, as built (Annex B)"));
                s.add(new IssuedReport.Section("RWS-MKI 4.0 §4.4b", "Earlier reported MKI figures, trends and deviations",
                        true, "history and trends of every issued report", List.of("history", "trends")));
                s.add(evidence("RWS-MKI 4.0 §4.4c", registers, usesCat1));
                s.add(new IssuedReport.Section("RWS-MKI 4.0 §4.4d", "Category 1 data against reference data per LCA"
                        + " phase (without the 30 % mark-up)", !usesCat1 || !comparison.isEmpty(),
                        !usesCat1 ? "no category 1 data used" : comparison.isEmpty() ? NOT_PROVIDED
                                : comparison.size() + " card(s) compared", List.of("categoryOneComparison")));
                s.add(register("RWS-MKI 4.0 §4.4e", "Proposed and agreed scope changes and their MKI effect", registers,
                        Registers.SCOPE_CHANGES));
                s.add(register("RWS-MKI 4.0 §4.4f", "Deviations from the working method", registers,
                        Registers.DEVIATIONS));
                s.add(new IssuedReport.Section("RWS-MKI 4.0 §4.4g", "Report of all NMD data used (DuboCalc 'Standaard"
                        + " Rapport' and 'Totaal Overzicht')", true, "calculated with Kringloop, not DuboCalc: the PDF"
                        + " report lists every card and its source, the Annex B workbook every line",
                        List.of("report.pdf", "annex-b.xlsx", "byCard")));
                s.add(new IssuedReport.Section("RWS-MKI 4.0 §4.4h", "The calculation file (DuboCalc .pdc)", true,
                        "calculated with Kringloop, not DuboCalc: the embedded project document re-runs with POST"
                                + " /api/mki/calculate to the forecast figure", List.of("document", "documentHash")));
                s.add(register("RWS-MKI 4.0 §4.4i", "Sustainability measures taken", registers, Registers.MEASURES));
                boolean energyInScope = work.lines().stream().anyMatch(l -> "energy".equals(l.section()));
                IssuedReport.Section energy = register("RWS-MKI 4.0 §4.4j", "Yearly energy use of the maintenance"
                        + " period", registers, Registers.ENERGY);
                s.add(!energyInScope && !energy.provided() ? new IssuedReport.Section(energy.section(), energy.title(),
                        true, "not in scope: the work has no energy lines (§3.3)", energy.content()) : energy);
                s.add(register("RWS-MKI 4.0 §4.4k", "Recommendations for future projects", registers,
                        Registers.RECOMMENDATIONS));
            }
        }
        return s;
    }

    private static IssuedReport.Section annexB(String section, String title) {
        return new IssuedReport.Section(section, title, true, "every line with its card, source, quantity and MKI",
                List.of("annex-b.xlsx", "lines", "byObject", "byCard"));
    }

    private static IssuedReport.Section figures(String section, String title) {
        return new IssuedReport.Section(section, title, true, "forecastMkiEuro, realisedMkiEuro, initialMkiEuro and"
                + " previousForecastMkiEuro, per object, module and line", List.of("annex-b.xlsx", "lines", "byObject",
                "byModule"));
    }

    private static IssuedReport.Section register(String section, String title, Map<String, List<JsonObject>> registers,
                                                 Registers.Kind kind) {
        int n = registers.get(kind.name()).size();
        return new IssuedReport.Section(section, title, n > 0, n > 0 ? n + " entr" + (n == 1 ? "y" : "ies")
                + " in register " + kind.name() : NOT_PROVIDED, List.of("registers." + kind.name()));
    }

    private static IssuedReport.Section risks(String section, Map<String, List<JsonObject>> registers) {
        List<JsonObject> risks = topRisks(registers);
        return new IssuedReport.Section(section, "The five largest risks and their control measures", !risks.isEmpty(),
                risks.isEmpty() ? NOT_PROVIDED : risks.size() + " largest: " + String.join(", ",
                        risks.stream().map(r -> r.getString("id")).toList()), List.of("registers.risks"));
    }

    /** The five largest risks: by MKI at risk where given, else in register order. */
    static List<JsonObject> topRisks(Map<String, List<JsonObject>> registers) {
        return registers.get(Registers.RISKS.name()).stream()
                .sorted(Comparator.comparingDouble(r -> -(r.containsKey("mkiAtRiskEuro")
                        ? r.getJsonNumber("mkiAtRiskEuro").doubleValue() : 0)))
                .limit(5).toList();
    }

    private static IssuedReport.Section text(String section, String title, JsonObject contract, String key) {
        String t = contract.getString(key, "");
        return new IssuedReport.Section(section, title, !t.isBlank(), t.isBlank() ? NOT_PROVIDED : t,
                List.of("contract." + key));
    }

    private static IssuedReport.Section evidence(String section, Map<String, List<JsonObject>> registers,
                                                 boolean usesCat1) {
        long n = registers.get(Registers.EVIDENCE.name()).size();
        return new IssuedReport.Section(section, "Substantiation of category 1 data: LCA reports, verification reports,"
                + " evidence of the actual execution", !usesCat1 || n > 0, !usesCat1 ? "no category 1 data used"
                : n > 0 ? n + " document(s) in the evidence register" : NOT_PROVIDED, List.of("registers.evidence"));
    }
}
