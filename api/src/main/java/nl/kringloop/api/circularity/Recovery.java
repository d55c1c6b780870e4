package nl.kringloop.api.circularity;

import java.util.List;

/**
 * How a waste flow is processed: offered for recycling, reused, or composted (CPF guide steps 4 and 7). Shares are
 * fractions 0–1 of the flow's mass, together at most 1; the rest is lost (landfill, incineration).
 *
 * @param recycledShare          fraction 0–1 offered for recycling
 * @param reusedShare            fraction 0–1 reused (e.g. in the manufacturer's own process)
 * @param compostedShare         fraction 0–1 composted; only allowed when {@code compostabilityStandard} names
 *                               the ASTM/ISO/CEN/DIN standard that proves compostability (CPF guide, definitions)
 * @param compostabilityStandard e.g. {@code "ASTM D6400-04"}, {@code "EN 13432"}; may be empty
 * @param proofDocuments         file names of the proof documents of this processing
 */
public record Recovery(double recycledShare, double reusedShare, double compostedShare,
                       String compostabilityStandard, List<String> proofDocuments) {

    /** Nothing recovered: everything landfilled or incinerated. */
    public static final Recovery NONE = new Recovery(0, 0, 0, "", List.of());

    public Recovery {
        compostabilityStandard = compostabilityStandard == null ? "" : compostabilityStandard.trim();
        proofDocuments = proofDocuments == null ? List.of() : List.copyOf(proofDocuments);
    }

    /** @return recycled + reused + composted, fraction 0–1 when valid (docs/methods/cpf.md: q_i, e_j) */
    public double recoveredShare() {
        return recycledShare + reusedShare + compostedShare;
    }
}
