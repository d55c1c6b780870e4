package nl.kringloop.plugins.cpf;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.CircularityMethod;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.api.circularity.CircularityRules;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.SourcedShare;
import nl.kringloop.api.circularity.Term;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The published Kringloop CPF method, version 1.0 (SPEC §5; {@code docs/methods/cpf.md}):
 * <pre>
 * V   = Σ (m_i + w_i)(1 − f_i)      virgin input, including what became production waste
 * W_p = Σ w_i (1 − q_i)             unrecovered production waste
 * W_e = Σ d_j (1 − e_j)             unrecovered disassemblies at end of life
 * CPFx = 1 − (V + W_p) / (Σ(m_i + w_i) + Σ w_i)
 * CPF  = 1 − (V + W_p + W_e) / (Σ(m_i + w_i) + Σ w_i + Σ d_j)
 * </pre>
 * Each linear flow (virgin in, waste out) is set against the mass it could have been, as in the EMF MCI's
 * linear flow index, so the value lies in 0–1 whenever every share does.
 */
@Extension
public class KringloopCpf implements CircularityMethod {

    static final String METHOD = "Kringloop CPF 1.0";
    static final RuleRef FORMULA = CircularityRules.KRINGLOOP_CPF;
    /** SPEC §5: a mismatch above this between disassembly and component mass is a warning. */
    static final double MASS_MISMATCH_LIMIT = 0.05;

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("cpf", "Kringloop CPF / CPFx",
                "Circular Product Footprint of a product (CPF) or component (CPFx), 0–100 %, from its bill of"
                        + " materials, secondary inputs (worst case of several sources), production waste and the"
                        + " end-of-life scenario of its disassemblies.",
                List.of(FORMULA, CircularityRules.step(1), CircularityRules.step(2), CircularityRules.step(3),
                        CircularityRules.step(4), CircularityRules.step(5), CircularityRules.step(6),
                        CircularityRules.step(7)));
    }

    @Override
    public List<Finding> validate(BillOfMaterials bill) {
        double through = 0;
        for (Component c : counted(bill)) {
            through += c.massGram() + 2 * c.productionWaste().massGram();
        }
        if (bill.subject() == BomSubject.PRODUCT) {
            through += bill.disassemblies().stream().mapToDouble(Disassembly::massGram).sum();
        }
        if (!(through > 0)) {
            return List.of(Finding.error(FORMULA, null, "components",
                    "The CPF sets flows against the mass through the product; with no mass at all it is undefined"));
        }
        return List.of();
    }

    @Override
    public CircularityResult calculate(BillOfMaterials bill) {
        boolean product = bill.subject() == BomSubject.PRODUCT;
        List<Term> terms = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String rule = FORMULA.label();

        double virginGram = 0;            // V
        double inputAndWasteGram = 0;     // Σ (m_i + w_i)
        double wasteGram = 0;             // Σ w_i
        double lostWasteGram = 0;         // W_p
        double componentGram = 0;         // Σ m_i
        double maintenanceGram = 0;
        boolean indicative = false;
        for (int i = 0; i < bill.components().size(); i++) {
            Component c = bill.components().get(i);
            String field = "components[" + i + "]";
            if (c.maintenancePhase() && !product) {
                // a component has no use phase, so it has no maintenance phase to count
                findings.add(Finding.warning(CircularityRules.step(5), c.id(), field + ".maintenancePhase",
                        "A maintenance-phase part counts in a product's CPF, not in a component's CPFx: left out"));
                continue;
            }
            double m = c.massGram();
            double w = c.productionWaste().massGram();
            double f = inputShare(c, field, findings);
            double q = c.productionWaste().recovery().recoveredShare();
            indicative |= c.supplierCpfxShare() == null && c.secondaryInput().usesMarketAverage();
            virginGram += (m + w) * (1 - f);
            inputAndWasteGram += m + w;
            wasteGram += w;
            lostWasteGram += w * (1 - q);
            componentGram += m;
            if (c.maintenancePhase()) {
                maintenanceGram += m;
            }
            terms.add(new Term("m_i", "component mass: unit mass × units per product", c.id(), m, "g",
                    CircularityRules.step(1).label()));
            terms.add(new Term("f_i", c.supplierCpfxShare() != null ? "circular input share: the supplier's CPFx"
                    : "circular input share: min(1, recycled + reused + renewable), each the worst case", c.id(), f,
                    "1", (c.supplierCpfxShare() != null ? CircularityRules.step(2) : CircularityRules.step(3)).label()));
            terms.add(new Term("w_i", "production waste mass", c.id(), w, "g", CircularityRules.step(4).label()));
            terms.add(new Term("q_i", "recovered share of the production waste: recycled + reused + composted",
                    c.id(), q, "1", CircularityRules.step(4).label()));
            if (c.supplierCpfxShare() == null && c.secondaryInput().usesMarketAverage()) {
                findings.add(Finding.warning(CircularityRules.step(3), c.id(), field + ".secondaryInput",
                        "A market-average share is used: the result is indicative"));
            }
        }

        double denominatorX = inputAndWasteGram + wasteGram;
        double cpfx = clamp(1 - (virginGram + lostWasteGram) / denominatorX);
        terms.add(new Term("V", "virgin input mass: Σ (m_i + w_i)(1 − f_i)", null, virginGram, "g", rule));
        terms.add(new Term("W_p", "unrecovered production waste: Σ w_i (1 − q_i)", null, lostWasteGram, "g", rule));
        terms.add(new Term("Σ(m_i + w_i)", "mass of all input, product and production waste", null,
                inputAndWasteGram, "g", rule));
        terms.add(new Term("Σ w_i", "production waste mass", null, wasteGram, "g", rule));

        if (!product) {
            if (!bill.disassemblies().isEmpty()) {
                findings.add(Finding.info(CircularityRules.DEFINITIONS, null, "disassemblies",
                        "A component has no end-of-life phase of its own: its disassemblies are not used in the CPFx"));
            }
            terms.add(new Term("CPFx", "1 − (V + W_p) / (Σ(m_i + w_i) + Σ w_i)", null, 100 * cpfx, "%", rule));
            return new CircularityResult("CPFx", METHOD, 100 * cpfx, indicative, terms, findings);
        }

        double disassemblyGram = 0;       // Σ d_j
        double lostEndOfLifeGram = 0;     // W_e
        for (Disassembly d : bill.disassemblies()) {
            double dj = d.massGram();
            double e = d.endOfLife().recoveredShare();
            disassemblyGram += dj;
            lostEndOfLifeGram += dj * (1 - e);
            terms.add(new Term("d_j", "disassembly mass: unit mass × count", d.id(), dj, "g",
                    CircularityRules.step(6).label()));
            terms.add(new Term("e_j", "recovered share at end of life: recycled + reused + composted", d.id(), e, "1",
                    CircularityRules.step(7).label()));
        }
        checkMassBalance(componentGram, maintenanceGram, disassemblyGram, findings);
        double cpf = clamp(1 - (virginGram + lostWasteGram + lostEndOfLifeGram) / (denominatorX + disassemblyGram));
        terms.add(new Term("W_e", "unrecovered disassemblies: Σ d_j (1 − e_j)", null, lostEndOfLifeGram, "g", rule));
        terms.add(new Term("Σ d_j", "disassembly mass", null, disassemblyGram, "g", rule));
        // step 5: the CPFx of the product's inputs (maintenance parts included) comes first
        terms.add(new Term("CPFx", "of the product's inputs: 1 − (V + W_p) / (Σ(m_i + w_i) + Σ w_i)", null,
                100 * cpfx, "%", CircularityRules.step(5).label()));
        terms.add(new Term("CPF", "1 − (V + W_p + W_e) / (Σ(m_i + w_i) + Σ w_i + Σ d_j)", null, 100 * cpf, "%",
                rule));
        return new CircularityResult("CPF", METHOD, 100 * cpf, indicative, terms, findings);
    }

    /** The components that count: all for a product, all but maintenance parts for a component (step 5). */
    private static List<Component> counted(BillOfMaterials bill) {
        return bill.components().stream()
                .filter(c -> bill.subject() == BomSubject.PRODUCT || !c.maintenancePhase()).toList();
    }

    /** f_i: the supplier's CPFx when given (step 2), else the capped sum of the worst-case shares (step 3). */
    private static double inputShare(Component c, String field, List<Finding> findings) {
        if (c.supplierCpfxShare() != null) {
            return c.supplierCpfxShare();
        }
        SecondaryInput in = c.secondaryInput();
        noteWorstCase(c, field + ".secondaryInput.recycled", "recycled", in.recycled(), findings);
        noteWorstCase(c, field + ".secondaryInput.reused", "reused", in.reused(), findings);
        noteWorstCase(c, field + ".secondaryInput.renewable", "renewable", in.renewable(), findings);
        return Math.min(1, in.worstCaseTotalShare());
    }

    private static void noteWorstCase(Component c, String field, String what, List<SourcedShare> statements,
                                      List<Finding> findings) {
        if (statements.size() < 2) {
            return;
        }
        SourcedShare used = SecondaryInput.worstCase(statements).orElseThrow();
        boolean differ = statements.stream().anyMatch(s -> s.share() != used.share());
        if (differ) {
            findings.add(Finding.info(CircularityRules.step(3), c.id(), field, statements.size() + " sources state the "
                    + what + " share differently; the lowest, " + used.share()
                    + (used.source().isEmpty() ? "" : " (" + used.source() + ")") + ", is used (worst case)"));
        }
    }

    private static void checkMassBalance(double componentGram, double maintenanceGram, double disassemblyGram,
                                         List<Finding> findings) {
        if (componentGram <= 0) {
            return;
        }
        double mismatch = Math.abs(disassemblyGram - componentGram) / componentGram;
        if (mismatch > MASS_MISMATCH_LIMIT) {
            findings.add(Finding.warning(FORMULA, null, "disassemblies", String.format(java.util.Locale.ROOT,
                    "The disassemblies weigh %.6g g, the components %.6g g%s: a mismatch of %.1f %%, above 5 %%."
                            + " Check the bill and the list of disassemblies (step 6).", disassemblyGram,
                    componentGram, maintenanceGram > 0
                            ? String.format(java.util.Locale.ROOT, " (of which %.6g g maintenance parts)", maintenanceGram)
                            : "", 100 * mismatch)));
        }
    }

    /** Keeps rounding noise (1 − 1.0000000000000002) inside 0–1; valid shares never leave it otherwise. */
    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
