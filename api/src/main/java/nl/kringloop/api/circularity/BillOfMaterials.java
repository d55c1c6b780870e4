package nl.kringloop.api.circularity;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input of a {@link CircularityMethod}: a product's or component's bill of materials with its secondary
 * inputs, production waste and — for a product — its disassemblies and their end-of-life scenario (CPF guide
 * steps 1–7; the formula in {@code docs/methods/cpf.md}).
 *
 * <p>The JSON form of the host's {@code POST /api/circularity/{method}} mirrors these records member by member,
 * so the field paths of {@link #inputErrors()} ({@code components[0].secondaryInput.recycled[1].share}) are the
 * paths of the request document.
 *
 * @param productId     the product's identifier (e.g. {@code urn:gtin:…}) for its registration (step 8); may be
 *                      empty
 * @param name          what is assessed
 * @param subject       product (CPF) or component (CPFx)
 * @param components    the bill of materials, at least one line
 * @param disassemblies what comes out at end of life; expected for a product, ignored for a component
 * @param utility       lifetime and intensity against the industry average, for a method that weighs utility
 *                      (which checks it); {@code null} means the average
 */
public record BillOfMaterials(String productId, String name, BomSubject subject, List<Component> components,
                              List<Disassembly> disassemblies, Utility utility) {

    /** Tolerance for shares that sum to 1 in decimal but not exactly in binary (0.1 + 0.2 + 0.7). */
    public static final double SHARE_TOLERANCE = 1e-9;

    public BillOfMaterials {
        productId = productId == null ? "" : productId;
        name = name == null ? "" : name;
        subject = subject == null ? BomSubject.PRODUCT : subject;
        components = components == null ? List.of() : List.copyOf(components);
        disassemblies = disassemblies == null ? List.of() : List.copyOf(disassemblies);
    }

    /**
     * The refusals every method shares: negative masses, shares outside 0–1 or summing above 1, a supplier CPFx
     * beside secondary shares, composting without a compostability standard, duplicate or missing ids. A method
     * checks the inputs only it reads ({@link #utility}, {@link Component#feedstockRecyclingEfficiency()}) in its
     * {@link CircularityMethod#validate}. The host answers any of them with a 400 problem naming the field.
     *
     * @return error findings, each with the JSON path of the offending field; empty when the bill is sound
     */
    public List<Finding> inputErrors() {
        List<Finding> errors = new ArrayList<>();
        if (components.isEmpty()) {
            errors.add(Finding.error(CircularityRules.step(1), null, "components",
                    "The bill of materials needs at least one component"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            checkComponent(components.get(i), "components[" + i + "]", ids, errors);
        }
        // a disassembly may carry the id of the component it mostly comes from: ids are unique per list
        Set<String> disassemblyIds = new HashSet<>();
        for (int j = 0; j < disassemblies.size(); j++) {
            Disassembly d = disassemblies.get(j);
            String p = "disassemblies[" + j + "]";
            checkId(d.id(), p, disassemblyIds, CircularityRules.step(6), errors);
            nonNegative(d.unitMassGram(), p + ".unitMassGram", d.id(), CircularityRules.step(6), errors);
            nonNegative(d.count(), p + ".count", d.id(), CircularityRules.step(6), errors);
            checkRecovery(d.endOfLife(), p + ".endOfLife", d.id(), CircularityRules.step(7), errors);
            if (d.recyclingEfficiency() != null) {
                fraction(d.recyclingEfficiency(), p + ".recyclingEfficiency", d.id(), CircularityRules.step(7), errors);
            }
        }
        return errors;
    }

    private static void checkComponent(Component c, String p, Set<String> ids, List<Finding> errors) {
        checkId(c.id(), p, ids, CircularityRules.step(1), errors);
        nonNegative(c.unitMassGram(), p + ".unitMassGram", c.id(), CircularityRules.step(1), errors);
        nonNegative(c.unitsPerProduct(), p + ".unitsPerProduct", c.id(), CircularityRules.step(1), errors);
        if (c.supplierCpfxShare() != null) {
            fraction(c.supplierCpfxShare(), p + ".supplierCpfxShare", c.id(), CircularityRules.step(2), errors);
            if (!c.secondaryInput().isEmpty()) {
                errors.add(Finding.error(CircularityRules.step(2), c.id(), p + ".secondaryInput",
                        "The supplier's CPFx is given, so this component's recycled, reused and renewable inputs"
                                + " are locked: leave them out"));
            }
        }
        SecondaryInput in = c.secondaryInput();
        String sp = p + ".secondaryInput";
        checkShares(in.recycled(), sp + ".recycled", c.id(), errors);
        checkShares(in.reused(), sp + ".reused", c.id(), errors);
        checkShares(in.renewable(), sp + ".renewable", c.id(), errors);
        if (in.worstCaseTotalShare() > 1 + SHARE_TOLERANCE) {
            errors.add(Finding.error(CircularityRules.step(3), c.id(), sp,
                    "Recycled + reused + renewable (worst case per share) is " + in.worstCaseTotalShare()
                            + ", above 1: the shares of one component cannot exceed its mass"));
        }
        ProductionWaste w = c.productionWaste();
        nonNegative(w.massGram(), p + ".productionWaste.massGram", c.id(), CircularityRules.step(4), errors);
        checkRecovery(w.recovery(), p + ".productionWaste.recovery", c.id(), CircularityRules.step(4), errors);
    }

    private static void checkShares(List<SourcedShare> shares, String p, String subject, List<Finding> errors) {
        for (int k = 0; k < shares.size(); k++) {
            fraction(shares.get(k).share(), p + "[" + k + "].share", subject, CircularityRules.step(3), errors);
        }
    }

    private static void checkRecovery(Recovery r, String p, String subject, RuleRef rule, List<Finding> errors) {
        fraction(r.recycledShare(), p + ".recycledShare", subject, rule, errors);
        fraction(r.reusedShare(), p + ".reusedShare", subject, rule, errors);
        fraction(r.compostedShare(), p + ".compostedShare", subject, rule, errors);
        if (r.recoveredShare() > 1 + SHARE_TOLERANCE) {
            errors.add(Finding.error(rule, subject, p, "Recycled + reused + composted is " + r.recoveredShare()
                    + ", above 1"));
        }
        if (r.compostedShare() > 0 && r.compostabilityStandard().isEmpty()) {
            errors.add(Finding.error(CircularityRules.DEFINITIONS, subject, p + ".compostabilityStandard",
                    "Composting counts only when compostability is proven by a named ASTM, ISO, CEN or DIN"
                            + " standard (e.g. ASTM D6400-04, EN 13432)"));
        } else if (!r.compostabilityStandard().isEmpty()
                && !CircularityRules.STANDARD_IDENTIFIER.matcher(r.compostabilityStandard()).matches()) {
            // a free text ("trust me", "certified") proves nothing a reader can look up
            errors.add(Finding.error(CircularityRules.DEFINITIONS, subject, p + ".compostabilityStandard",
                    "'" + r.compostabilityStandard() + "' is not the identifier of an ASTM, ISO, EN/CEN or DIN"
                            + " standard; name the standard that proves compostability, e.g. ASTM D6400, EN 13432,"
                            + " DIN EN 13432 or ISO 17088"));
        }
    }

    private static void checkId(String id, String p, Set<String> ids, RuleRef rule, List<Finding> errors) {
        if (id == null || id.isBlank()) {
            errors.add(Finding.error(rule, null, p + ".id", "Every line needs an id"));
        } else if (!ids.add(id)) {
            errors.add(Finding.error(rule, id, p + ".id", "The id '" + id + "' is used twice"));
        }
    }

    private static void nonNegative(double v, String field, String subject, RuleRef rule, List<Finding> errors) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            errors.add(Finding.error(rule, subject, field, "Must be a finite number ≥ 0, got " + v));
        }
    }

    private static void fraction(double v, String field, String subject, RuleRef rule, List<Finding> errors) {
        if (!(v >= 0 && v <= 1)) {
            errors.add(Finding.error(rule, subject, field,
                    "A share is a fraction from 0 to 1 (0.3 = 30 %), got " + v));
        }
    }
}
