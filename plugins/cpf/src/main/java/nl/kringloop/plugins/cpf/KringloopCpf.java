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

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published Kringloop CPF method, version 1.1 ({@code docs/methods/cpf.md}):
 * <pre>
 * V   = Σ (m_i + w_i)(1 − f_i)      virgin input, including what became production waste
 * W_p = Σ w_i (1 − q_i)             unrecovered production waste
 * M   = Σ m_i                        what goes into the product (maintenance parts included)
 * W_e = max(0, M − Σ d_j e_j)       end-of-life mass not recovered: every gram that goes in comes out
 * CPFx = 1 − (V + W_p) / (Σ(m_i + w_i) + Σ w_i)
 * CPF  = 1 − (V + W_p + W_e) / (Σ(m_i + w_i) + Σ w_i + M)
 * </pre>
 * While the disassemblies weigh no more than the input (D = Σ d_j ≤ M) this is the form
 * W_e = Σ d_j (1 − e_j) + (D* − D) over a denominator with D* = max(D, M) = M. Only recovered mass counts at end of
 * life, so leaving a disassembly out, or declaring it lighter, never raises the CPF; mass declared beyond M is not
 * credited (version 1.0 let undeclared mass vanish and let inflated recovered disassemblies raise the score).
 */
@Extension
public class KringloopCpf implements CircularityMethod {

    /** The version of the published Kringloop CPF method; results name it, and its history is in the docs. */
    static final String VERSION = "1.1";
    static final String METHOD = "Kringloop CPF " + VERSION;
    /** The Kringloop CPF formula as published in the repository's {@code docs/methods/cpf.md}. */
    static final RuleRef FORMULA = new RuleRef(METHOD, "docs/methods/cpf.md");
    /** Rule 1 of method 1.1: every gram that goes into a product comes out at end of life. */
    static final RuleRef MASS_BALANCE = new RuleRef(METHOD, "docs/methods/cpf.md, mass balance");
    /** docs/methods/cpf.md: a mismatch above this between disassembly and component mass is a warning. */
    static final double MASS_MISMATCH_LIMIT = 0.05;

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("cpf", "Kringloop CPF / CPFx",
                "Circular Product Footprint of a product (CPF) or component (CPFx), 0–100 %, from its bill of"
                        + " materials, secondary inputs (worst case of several sources), production waste and the"
                        + " end-of-life scenario of its disassemblies. Method " + VERSION
                        + ": input mass not declared at end of life counts as not recovered.",
                List.of(FORMULA, MASS_BALANCE, CircularityRules.step(1), CircularityRules.step(2),
                        CircularityRules.step(3), CircularityRules.step(4), CircularityRules.step(5),
                        CircularityRules.step(6), CircularityRules.step(7)));
    }

    @Override
    public List<Finding> validate(BillOfMaterials bill) {
        double inputGram = 0;
        double inputAndWasteGram = 0;
        for (Component c : counted(bill)) {
            inputGram += c.massGram();
            inputAndWasteGram += c.massGram() + c.productionWaste().massGram();
        }
        if (bill.subject() == BomSubject.PRODUCT && !(inputGram > 0)) {
            // M = 0: nothing goes in, so nothing can come out; a disassembly alone has no input to judge against
            return List.of(Finding.error(MASS_BALANCE, null, "components",
                    "A product's CPF sets its flows against the mass that goes into it; the components weigh"
                            + " 0 g, so there is no input mass to judge"));
        }
        if (!(inputAndWasteGram > 0)) {
            return List.of(Finding.error(FORMULA, null, "components",
                    "The CPFx sets flows against the mass through the component; with no mass at all it is"
                            + " undefined"));
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
        double componentGram = 0;         // M = Σ m_i
        double maintenanceGram = 0;
        boolean indicative = false;
        boolean proven = true;
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
            proven &= proofOf(c, field, findings);
            virginGram += (m + w) * (1 - f);
            inputAndWasteGram += m + w;
            wasteGram += w;
            lostWasteGram += w * (1 - q);
            componentGram += m;
            if (c.maintenancePhase()) {
                maintenanceGram += m;
            }
            terms.add(new Term("m_i", c.maintenancePhase()
                    ? "component mass: unit mass × units per product (maintenance part: every unit used over the"
                    + " life, each of which reaches end of life)"
                    : "component mass: unit mass × units per product", c.id(), m, "g",
                    CircularityRules.step(1).label()));
            terms.add(new Term("f_i", c.supplierCpfxShare() != null
                    ? "circular input share: the supplier's CPFx, taken as the circular share of the component's"
                    + " mass (an assumption: the CPFx is a score, not a measured mass share)"
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
            return new CircularityResult("CPFx", METHOD, 100 * cpfx, indicative, proven, terms, findings);
        }

        double disassemblyGram = 0;       // D = Σ d_j
        double recoveredEndOfLifeGram = 0; // Σ d_j e_j
        for (Disassembly d : bill.disassemblies()) {
            double dj = d.massGram();
            double e = d.endOfLife().recoveredShare();
            disassemblyGram += dj;
            recoveredEndOfLifeGram += dj * e;
            terms.add(new Term("d_j", "disassembly mass: unit mass × count", d.id(), dj, "g",
                    CircularityRules.step(6).label()));
            terms.add(new Term("e_j", "recovered share at end of life: recycled + reused + composted", d.id(), e, "1",
                    CircularityRules.step(7).label()));
        }
        checkMassBalance(componentGram, maintenanceGram, disassemblyGram, findings);
        double undeclaredGram = Math.max(0, componentGram - disassemblyGram);           // D* − D
        double creditedGram = Math.min(recoveredEndOfLifeGram, componentGram);          // recovered, at most M
        double lostEndOfLifeGram = componentGram - creditedGram;                       // W_e
        double cpf = clamp(1 - (virginGram + lostWasteGram + lostEndOfLifeGram) / (denominatorX + componentGram));
        String massBalance = MASS_BALANCE.label();
        terms.add(new Term("M", "input mass that reaches end of life: Σ m_i, maintenance parts included", null,
                componentGram, "g", massBalance));
        terms.add(new Term("Σ d_j", "declared disassembly mass", null, disassemblyGram, "g", massBalance));
        terms.add(new Term("D* − D", "input mass not declared as a disassembly, counted as not recovered:"
                + " max(0, M − Σ d_j)", null, undeclaredGram, "g", massBalance));
        terms.add(new Term("Σ d_j e_j", "recovered end-of-life mass, credited up to M", null, creditedGram, "g",
                massBalance));
        terms.add(new Term("W_e", "unrecovered end-of-life mass: M − min(M, Σ d_j e_j)"
                + " (= Σ d_j (1 − e_j) + (D* − D) when Σ d_j ≤ M)", null, lostEndOfLifeGram, "g", massBalance));
        // step 5: the CPFx of the product's inputs (maintenance parts included) comes first
        terms.add(new Term("CPFx", "of the product's inputs: 1 − (V + W_p) / (Σ(m_i + w_i) + Σ w_i)", null,
                100 * cpfx, "%", CircularityRules.step(5).label()));
        terms.add(new Term("CPF", "1 − (V + W_p + W_e) / (Σ(m_i + w_i) + Σ w_i + M)", null, 100 * cpf, "%",
                rule));
        if (undeclaredGram > 0) {
            findings.add(Finding.warning(MASS_BALANCE, null, "disassemblies", String.format(Locale.ROOT,
                    "%s g of the %s g that goes into the product is not declared as a disassembly: it counts as"
                            + " not recovered at end of life.%s", grams(undeclaredGram), grams(componentGram),
                    maintenanceGram > 0
                            ? " Maintenance parts replaced during use reach end of life too: declare them as"
                            + " disassemblies with their own end-of-life scenario (step 6, 7)." : "")));
        } else if (recoveredEndOfLifeGram > componentGram) {
            findings.add(Finding.warning(MASS_BALANCE, null, "disassemblies", String.format(Locale.ROOT,
                    "The disassemblies declare %s g recovered, more than the %s g that goes into the product:"
                            + " only %s g is credited", grams(recoveredEndOfLifeGram), grams(componentGram),
                    grams(componentGram))));
        }
        return new CircularityResult("CPF", METHOD, 100 * cpf, indicative, proven, terms, findings);
    }

    /** The components that count: all for a product, all but maintenance parts for a component (step 5). */
    private static List<Component> counted(BillOfMaterials bill) {
        return bill.components().stream()
                .filter(c -> bill.subject() == BomSubject.PRODUCT || !c.maintenancePhase()).toList();
    }

    /**
     * CPF guide steps 2 and 3 ask for proof of every secondary-input share: a claimed share (above 0) with
     * neither a source nor a proof document is a warning and leaves the result unproven.
     */
    private static boolean proofOf(Component c, String field, List<Finding> findings) {
        if (c.supplierCpfxShare() != null) {
            if (c.supplierCpfxShare() > 0 && c.supplier().isEmpty() && c.supplierCpfxProofDocuments().isEmpty()) {
                findings.add(Finding.warning(CircularityRules.step(2), c.id(), field + ".supplierCpfxProofDocuments",
                        "The supplier's CPFx has neither a supplier nor a proof document: the result is unproven"));
                return false;
            }
            return true;
        }
        boolean proven = true;
        SecondaryInput in = c.secondaryInput();
        proven &= proofOf(c, field + ".secondaryInput.recycled", in.recycled(), findings);
        proven &= proofOf(c, field + ".secondaryInput.reused", in.reused(), findings);
        proven &= proofOf(c, field + ".secondaryInput.renewable", in.renewable(), findings);
        return proven;
    }

    private static boolean proofOf(Component c, String field, List<SourcedShare> statements, List<Finding> findings) {
        boolean proven = true;
        for (int k = 0; k < statements.size(); k++) {
            SourcedShare s = statements.get(k);
            if (s.share() > 0 && s.source().isBlank() && s.proofDocuments().isEmpty()) {
                findings.add(Finding.warning(CircularityRules.step(3), c.id(), field + "[" + k + "]",
                        "A share of " + s.share() + " with neither a source nor a proof document: the result is"
                                + " unproven"));
                proven = false;
            }
        }
        return proven;
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
            findings.add(Finding.warning(FORMULA, null, "disassemblies", String.format(Locale.ROOT,
                    "The disassemblies weigh %.6g g, the components %.6g g%s: a mismatch of %.1f %%, above 5 %%."
                            + " Check the bill and the list of disassemblies (step 6).", disassemblyGram,
                    componentGram, maintenanceGram > 0
                            ? String.format(Locale.ROOT, " (of which %.6g g maintenance parts)", maintenanceGram)
                            : "", 100 * mismatch)));
        }
    }

    /** Grams for a message: six significant digits, no trailing zeros (25, 1000, 0.125). */
    private static String grams(double g) {
        return new BigDecimal(g).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Keeps rounding noise (1 − 1.0000000000000002) inside 0–1; valid shares never leave it otherwise. */
    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
