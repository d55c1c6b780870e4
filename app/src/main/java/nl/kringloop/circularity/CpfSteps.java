package nl.kringloop.circularity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The eight steps of the CPF guide (the guide "Circular Product Footprint", BoM steps 1–8) and the fields of the
 * bill of materials that implement each, so a manufacturer can follow the guide through the API.
 */
public final class CpfSteps {

    private CpfSteps() {
    }

    /**
     * One step of the guide.
     *
     * @param step    1–8
     * @param title   the guide's title of the step
     * @param what    what the step asks, and how Kringloop applies it
     * @param fields  JSON paths of the bill of materials (or result) that implement it
     * @param rule    the citation used in findings and terms
     */
    @Schema(name = "CpfStep")
    public record Step(@Schema(example = "3") int step, @Schema(example = "Proof of secondary raw material") String title,
                String what, List<String> fields, @Schema(example = "CPF guide step 3") String rule) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "Prepare an overview with weights",
                    "A complete bill of materials: every component with supplier, unit, unit weight and units per"
                            + " product. m_i = unitMassGram × unitsPerProduct. The same bill can be filled in as a"
                            + " spreadsheet: GET /api/circularity/bill-of-materials.xlsx, then POST it to"
                            + " /api/circularity/cpf.",
                    List.of("components[].id", "components[].name", "components[].supplier", "components[].unit",
                            "components[].unitMassGram", "components[].unitsPerProduct"), "CPF guide step 1"),
            new Step(2, "Ask the supplier for the CPFx calculation",
                    "If the supplier has its own CPFx for a component, that value is used as f_i and the"
                            + " component's recycled, reused and renewable inputs are locked: a bill with both is"
                            + " refused (400).",
                    List.of("components[].supplierCpfxShare", "components[].supplierCpfxProofDocuments"),
                    "CPF guide step 2"),
            new Step(3, "Proof of secondary raw material",
                    "Recycled, reused and renewable shares (fractions 0–1) per component, each with its source and"
                            + " proof documents. Several sources for one share: the lowest is used (worst case)."
                            + " Unknown: a market average may be given with marketAverage = true, which makes the"
                            + " result indicative. Shares summing above 1 are refused.",
                    List.of("components[].secondaryInput.recycled[].share",
                            "components[].secondaryInput.reused[].share",
                            "components[].secondaryInput.renewable[].share",
                            "components[].secondaryInput.*[].source", "components[].secondaryInput.*[].proofDocuments",
                            "components[].secondaryInput.*[].marketAverage"), "CPF guide step 3"),
            new Step(4, "Input production waste",
                    "The production waste per component in your own production (grams per product) and how it is"
                            + " processed: recycling, reuse or composting (composting only with a compostability"
                            + " standard named), with proof.",
                    List.of("components[].productionWaste.massGram",
                            "components[].productionWaste.recovery.recycledShare",
                            "components[].productionWaste.recovery.reusedShare",
                            "components[].productionWaste.recovery.compostedShare",
                            "components[].productionWaste.recovery.compostabilityStandard",
                            "components[].productionWaste.recovery.proofDocuments"), "CPF guide step 4"),
            new Step(5, "Calculate the CPFx first",
                    "The CPFx of the inputs, components used in the maintenance phase included for a product (every"
                            + " unit used over the life, e.g. 3 filters). A"
                            + " component's own CPFx: POST /api/circularity/cpf with subject COMPONENT; a product's"
                            + " result shows the CPFx of its inputs as a term.",
                    List.of("subject", "components[].maintenancePhase", "terms[symbol=CPFx]"), "CPF guide step 5"),
            new Step(6, "List of disassemblies",
                    "Everything that comes out of the product at end of life, with weights and numbers —"
                            + " maintenance parts replaced during use included (e.g. the 2 filters replaced before the"
                            + " last one), each with its own end-of-life scenario. Every gram that goes in comes out"
                            + " (method 1.1): input mass not declared here counts as not recovered. A mass mismatch"
                            + " of more than 5 % against the components is a warning.",
                    List.of("disassemblies[].id", "disassemblies[].name", "disassemblies[].unitMassGram",
                            "disassemblies[].count"), "CPF guide step 6"),
            new Step(7, "Enter the end-of-life scenario",
                    "Per disassembly the shares offered for recycling, reuse or composting, with proof; composting"
                            + " only for a disassembly proven compostable by a named standard (e.g. EN 13432).",
                    List.of("disassemblies[].endOfLife.recycledShare", "disassemblies[].endOfLife.reusedShare",
                            "disassemblies[].endOfLife.compostedShare",
                            "disassemblies[].endOfLife.compostabilityStandard",
                            "disassemblies[].endOfLife.proofDocuments"), "CPF guide step 7"),
            new Step(8, "Register the product",
                    "The product's identifier and the CPF result with the method, plugin and version that computed"
                            + " it. Attaching the value to a circular product passport (as a calculated value of a"
                            + " separately labelled method, never a guideline score) follows with the passport"
                            + " register.",
                    List.of("productId", "name", "subject", "result.indicator", "result.scorePercent",
                            "result.method.plugin", "result.method.pluginVersion"), "CPF guide step 8"));
}
