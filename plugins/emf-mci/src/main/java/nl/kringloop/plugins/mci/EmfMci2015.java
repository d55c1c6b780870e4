package nl.kringloop.plugins.mci;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.api.circularity.CircularityMethod;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.Term;
import nl.kringloop.api.circularity.Utility;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ellen MacArthur Foundation Material Circularity Indicator, 2015 method (EMF Circularity Indicators methodology 2015):
 * <pre>
 * V = M(1 − F_R − F_U)   W0 = M(1 − C_R − C_U)   W_C = M(1 − E_C)·C_R   W_F = M(1 − E_F)·F_R / E_F
 * W = W0 + (W_F + W_C)/2   LFI = (V + W) / (2M + (W_F − W_C)/2)
 * X = (L/L_av)·(U/U_av)    F(X) = 0.9/X   MCI = max(0, 1 − LFI·F(X))
 * </pre>
 * Multi-material: V, W_F are summed over the components (the materials in), W0, W_C over the disassemblies
 * (the materials out), then one LFI. The disassemblies are scaled to the product mass M so that the
 * outflow balances the inflow, as the 2015 method assumes.
 */
@Extension
public class EmfMci2015 implements CircularityMethod {

    static final String METHOD = "EMF MCI 2015";
    static final RuleRef RULE = new RuleRef("EMF MCI 2015", "Circularity Indicators methodology, LFI and MCI");
    static final RuleRef UTILITY = new RuleRef("EMF MCI 2015", "utility X");
    static final RuleRef FEEDSTOCK_WASTE = new RuleRef("EMF MCI 2015", "W_F");

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("emf-mci", "EMF Material Circularity Indicator (2015)",
                "Material Circularity Indicator of the Ellen MacArthur Foundation and Granta Design, 2015 method:"
                        + " linear flow index from virgin input and unrecoverable waste, times the utility factor."
                        + " Multi-material by summing flows. Shown as 0–100 % (MCI × 100).",
                List.of(RULE, new RuleRef("Ellen MacArthur Foundation, Circularity Indicators", "Methodology 2015")));
    }

    @Override
    public List<Finding> validate(BillOfMaterials bill) {
        List<Finding> errors = new ArrayList<>();
        Utility u = bill.utility();
        if (u != null) {
            positive(u.lifetimeYears(), "utility.lifetimeYears", errors);
            positive(u.industryAverageLifetimeYears(), "utility.industryAverageLifetimeYears", errors);
            positive(u.functionalUnits(), "utility.functionalUnits", errors);
            positive(u.industryAverageFunctionalUnits(), "utility.industryAverageFunctionalUnits", errors);
        }
        for (int i = 0; i < bill.components().size(); i++) {
            Component c = bill.components().get(i);
            Double ef = c.feedstockRecyclingEfficiency();
            String f = "components[" + i + "].feedstockRecyclingEfficiency";
            if (ef != null && !(ef >= 0 && ef <= 1)) {
                errors.add(Finding.error(FEEDSTOCK_WASTE, c.id(), f,
                        "A share is a fraction from 0 to 1 (0.3 = 30 %), got " + ef));
            } else if (ef != null && ef == 0 && SecondaryInput.worstCaseShare(c.secondaryInput().recycled()) > 0) {
                errors.add(Finding.error(FEEDSTOCK_WASTE, c.id(), f,
                        "E_F = 0 with recycled input: the waste of making recycled feedstock, M(1 − E_F)·F_R / E_F,"
                                + " would be infinite; give the recycling process's efficiency (0 < E_F ≤ 1)"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;   // as before the checks of the method's own figures, which assume sound inputs
        }
        double massGram = 0;
        for (int i = 0; i < bill.components().size(); i++) {
            Component c = bill.components().get(i);
            if (!counts(bill, c)) {
                continue;
            }
            massGram += c.massGram();
            if (c.supplierCpfxShare() == null && SecondaryInput.worstCaseShare(c.secondaryInput().recycled()) > 0
                    && c.feedstockRecyclingEfficiency() == null) {
                errors.add(Finding.error(RULE, c.id(), "components[" + i + "].feedstockRecyclingEfficiency",
                        "The MCI needs E_F, the efficiency of the recycling process that made the recycled input,"
                                + " for W_F = M(1 − E_F)·F_R / E_F"));
            }
        }
        if (!(massGram > 0)) {
            errors.add(Finding.error(RULE, null, "components", "The MCI needs a product mass M > 0"));
        }
        if (bill.subject() == BomSubject.PRODUCT) {
            for (int j = 0; j < bill.disassemblies().size(); j++) {
                Disassembly d = bill.disassemblies().get(j);
                if (d.endOfLife().recycledShare() > 0 && d.recyclingEfficiency() == null) {
                    errors.add(Finding.error(RULE, d.id(), "disassemblies[" + j + "].recyclingEfficiency",
                            "The MCI needs E_C, the efficiency of the recycling process the collected share goes"
                                    + " to, for W_C = M(1 − E_C)·C_R"));
                }
            }
        }
        return errors;
    }

    private static void positive(double v, String field, List<Finding> errors) {
        if (!(v > 0) || !Double.isFinite(v)) {
            errors.add(Finding.error(UTILITY, null, field, "Must be a finite number > 0, got " + v));
        }
    }

    @Override
    public CircularityResult calculate(BillOfMaterials bill) {
        List<Term> terms = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String rule = RULE.label();
        boolean indicative = false;

        double massGram = 0;      // M
        double virginGram = 0;    // V
        double feedstockWasteGram = 0;    // W_F
        for (int i = 0; i < bill.components().size(); i++) {
            Component c = bill.components().get(i);
            if (!counts(bill, c)) {
                continue;
            }
            String field = "components[" + i + "]";
            double m = c.massGram();
            double fr = 0;
            double fu = 0;
            if (c.supplierCpfxShare() != null) {
                // a CPFx mixes recycled, reused and renewable: it cannot be split into F_R and F_U
                findings.add(Finding.warning(RULE, c.id(), field + ".supplierCpfxShare",
                        "The supplier's CPFx cannot be split into recycled and reused feedstock: counted as virgin"));
            } else {
                SecondaryInput in = c.secondaryInput();
                fr = SecondaryInput.worstCaseShare(in.recycled());
                fu = SecondaryInput.worstCaseShare(in.reused());
                indicative |= in.usesMarketAverage();
                if (SecondaryInput.worstCaseShare(in.renewable()) > 0) {
                    findings.add(Finding.info(RULE, c.id(), field + ".secondaryInput.renewable",
                            "The 2015 MCI has no biological feedstock (the 2019 update adds F_S): renewable input"
                                    + " counts as virgin"));
                }
            }
            double wf = fr > 0 ? m * (1 - c.feedstockRecyclingEfficiency()) * fr / c.feedstockRecyclingEfficiency() : 0;
            massGram += m;
            virginGram += m * (1 - fr - fu);
            feedstockWasteGram += wf;
            terms.add(new Term("M", "material mass", c.id(), m, "g", rule));
            terms.add(new Term("F_R", "recycled feedstock share (worst case)", c.id(), fr, "1", rule));
            terms.add(new Term("F_U", "reused feedstock share (worst case)", c.id(), fu, "1", rule));
            terms.add(new Term("W_F", "waste of making the recycled feedstock: M(1 − E_F)·F_R / E_F", c.id(), wf, "g",
                    rule));
        }
        if (bill.components().stream().anyMatch(c -> c.productionWaste().massGram() > 0)) {
            findings.add(Finding.info(RULE, null, "components",
                    "Production waste is not a term of the 2015 MCI: it is left out here (the CPF counts it)"));
        }

        double lostGram;          // W0
        double collectionWasteGram = 0;   // W_C
        List<Disassembly> out = bill.subject() == BomSubject.PRODUCT ? bill.disassemblies() : List.of();
        double disassemblyGram = out.stream().mapToDouble(Disassembly::massGram).sum();
        if (disassemblyGram > 0) {
            double scale = massGram / disassemblyGram;
            lostGram = 0;
            for (Disassembly d : out) {
                double dm = d.massGram() * scale;
                double cr = d.endOfLife().recycledShare();
                double cu = d.endOfLife().reusedShare();
                double ec = cr > 0 ? d.recyclingEfficiency() : 1;
                lostGram += dm * (1 - cr - cu);
                collectionWasteGram += dm * (1 - ec) * cr;
                terms.add(new Term("C_R", "share collected for recycling", d.id(), cr, "1", rule));
                terms.add(new Term("C_U", "share collected for reuse", d.id(), cu, "1", rule));
                terms.add(new Term("W_C", "waste of recycling the collected share: M(1 − E_C)·C_R, M scaled to the"
                        + " product mass", d.id(), dm * (1 - ec) * cr, "g", rule));
            }
            if (out.stream().anyMatch(d -> d.endOfLife().compostedShare() > 0)) {
                findings.add(Finding.info(RULE, null, "disassemblies",
                        "The 2015 MCI has no composting (the 2019 update adds C_C): composted shares count as lost"));
            }
            if (Math.abs(disassemblyGram - massGram) > 0.05 * massGram) {
                findings.add(Finding.warning(RULE, null, "disassemblies", "The disassemblies weigh " + disassemblyGram
                        + " g, the product " + massGram + " g: their end-of-life shares were applied to the product"
                        + " mass"));
            }
        } else {
            lostGram = massGram;
            findings.add(Finding.warning(RULE, null, "disassemblies", bill.subject() == BomSubject.PRODUCT
                    ? "No disassemblies with mass: everything is assumed lost at end of life (C_R = C_U = 0)"
                    : "A component has no end-of-life scenario: everything is assumed lost (C_R = C_U = 0)"));
        }

        Utility utility = bill.utility();
        if (utility == null) {
            utility = Utility.AVERAGE;
            findings.add(Finding.info(RULE, null, "utility",
                    "No lifetime or intensity of use given: the industry average is assumed (X = 1)"));
        }
        double x = utility.factorX();
        double fx = 0.9 / x;
        double waste = lostGram + (feedstockWasteGram + collectionWasteGram) / 2;
        double lfi = (virginGram + waste) / (2 * massGram + (feedstockWasteGram - collectionWasteGram) / 2);
        double mci = Math.min(1, Math.max(0, 1 - lfi * fx));

        terms.add(new Term("M", "product mass: Σ M", null, massGram, "g", rule));
        terms.add(new Term("V", "virgin feedstock: Σ M(1 − F_R − F_U)", null, virginGram, "g", rule));
        terms.add(new Term("W0", "unrecoverable waste: Σ M(1 − C_R − C_U)", null, lostGram, "g", rule));
        terms.add(new Term("W_F", "waste of making recycled feedstock", null, feedstockWasteGram, "g", rule));
        terms.add(new Term("W_C", "waste of recycling at end of life", null, collectionWasteGram, "g", rule));
        terms.add(new Term("W", "W0 + (W_F + W_C)/2", null, waste, "g", rule));
        terms.add(new Term("LFI", "linear flow index: (V + W) / (2M + (W_F − W_C)/2)", null, lfi, "1", rule));
        terms.add(new Term("X", "utility: (L/L_av)·(U/U_av)", null, x, "1", rule));
        terms.add(new Term("F(X)", "0.9 / X", null, fx, "1", rule));
        terms.add(new Term("MCI", "max(0, 1 − LFI·F(X))", null, mci, "1", rule));
        return new CircularityResult("MCI", METHOD, 100 * mci, indicative, terms, findings);
    }

    /** A component's maintenance parts do not exist: it has no use phase. */
    private static boolean counts(BillOfMaterials bill, Component c) {
        return bill.subject() == BomSubject.PRODUCT || !c.maintenancePhase();
    }
}
