package nl.kringloop.mki.report;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.mki.MkiResult;
import nl.kringloop.mki.ProjectDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates the protocol sets for the evidence of category 1 data, checked against the realisation:
 * <ul>
 *   <li>§2.3e: the verified LCA report is handed to the client <b>before</b> the line is applied in the work;</li>
 *   <li>§2.3d: the LCA is verified by a recognised LCA expert (a verification report naming the verifier);</li>
 *   <li>§2.4d: where the contract applies the As Built protocol, the inspector's report at most <b>4 months</b>
 *       after application;</li>
 *   <li>§2.4e: an adjusted LCA report, when there is one, at most 4 months after application.</li>
 * </ul>
 * Missing or late evidence is a finding naming the rule. Pure.
 */
final class EvidenceRules {

    static final String R_2_3D = "RWS-MKI 4.0 §2.3d";
    static final String R_2_3E = "RWS-MKI 4.0 §2.3e";
    static final String R_2_4D = "RWS-MKI 4.0 §2.4d";
    static final String R_2_4E = "RWS-MKI 4.0 §2.4e";
    static final int MONTHS_AFTER_APPLICATION = 4;

    private EvidenceRules() {
    }

    static List<MkiResult.ResultFinding> check(ProjectDocument work, Map<String, Realisation.LineState> states,
                                               List<JsonObject> evidence, boolean asBuiltProtocol, LocalDate reportDate) {
        List<MkiResult.ResultFinding> out = new ArrayList<>();
        List<String> verifiedCards = new ArrayList<>();
        for (ProjectDocument.Line line : work.lines()) {
            ProjectDocument.Card card = line.card() == null ? null : work.cards().stream()
                    .filter(c -> c.id().equals(line.card())).findFirst().orElse(null);
            if (card == null || card.dataCategory() != DataCategory.ONE) {
                continue;
            }
            if (!verifiedCards.contains(card.id())) {
                verifiedCards.add(card.id());
                if (first(evidence, "verification-report", card.id(), line.id()).isEmpty()) {
                    out.add(finding("warning", R_2_3D, line.id(), card.id(), "Card '" + card.id() + "' is category 1:"
                            + " no verification report by a recognised LCA expert is registered as evidence (§2.3d)."));
                }
            }
            Realisation.LineState s = states.get(line.id());
            if (s == null || !s.started() || s.appliedOn() == null) {
                continue;
            }
            LocalDate applied = s.appliedOn();
            Optional<LocalDate> lca = first(evidence, "lca-report", card.id(), line.id());
            if (lca.isEmpty()) {
                out.add(finding("error", R_2_3E, line.id(), card.id(), "Line '" + line.id() + "' (category 1 card '"
                        + card.id() + "') was applied on " + applied + " but no verified LCA report is registered as"
                        + " handed over; it is due before application (§2.3e)."));
            } else if (!lca.get().isBefore(applied)) {
                out.add(finding("error", R_2_3E, line.id(), card.id(), "The verified LCA report of card '" + card.id()
                        + "' was handed over on " + lca.get() + ", not before line '" + line.id() + "' was applied on "
                        + applied + " (§2.3e)."));
            }
            LocalDate due = applied.plusMonths(MONTHS_AFTER_APPLICATION);
            if (asBuiltProtocol) {
                Optional<LocalDate> inspector = first(evidence, "inspector-report", card.id(), line.id());
                if (inspector.isEmpty() && reportDate.isAfter(due)) {
                    out.add(finding("error", R_2_4D, line.id(), card.id(), "The inspector's report for line '"
                            + line.id() + "' (applied on " + applied + ") was due by " + due + " and is not registered"
                            + " (§2.4d: at most 4 months after application)."));
                } else if (inspector.isPresent() && inspector.get().isAfter(due)) {
                    out.add(finding("error", R_2_4D, line.id(), card.id(), "The inspector's report for line '"
                            + line.id() + "' was handed over on " + inspector.get() + ", after " + due
                            + " (§2.4d: at most 4 months after application on " + applied + ")."));
                }
            }
            Optional<LocalDate> adjusted = first(evidence, "adjusted-lca-report", card.id(), line.id());
            if (adjusted.isPresent() && adjusted.get().isAfter(due)) {
                out.add(finding("error", R_2_4E, line.id(), card.id(), "The adjusted LCA report for line '" + line.id()
                        + "' was handed over on " + adjusted.get() + ", after " + due + " (§2.4e: at most 4 months after"
                        + " application on " + applied + ")."));
            }
        }
        return out;
    }

    /** The earliest hand-over date of evidence of this kind linked to the card or the line, not rejected. */
    private static Optional<LocalDate> first(List<JsonObject> evidence, String kind, String card, String line) {
        return evidence.stream()
                .filter(e -> kind.equals(e.getString("kind")) && !"rejected".equals(e.getString("status"))
                        && e.containsKey("handedOverOn") && (links(e, "cards", card) || links(e, "lines", line)))
                .map(e -> LocalDate.parse(e.getString("handedOverOn"))).min(Comparator.naturalOrder());
    }

    private static boolean links(JsonObject e, String key, String id) {
        return e.getJsonArray(key) != null && e.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(id));
    }

    static MkiResult.ResultFinding finding(String severity, String rule, String line, String subject, String message) {
        return new MkiResult.ResultFinding(severity, rule, line, subject, null, message, null);
    }
}
