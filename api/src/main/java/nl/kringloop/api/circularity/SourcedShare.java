package nl.kringloop.api.circularity;

import java.util.List;

/**
 * One source's statement of a secondary-input share of a component (CPF guide step 3). When several sources give
 * the same share, the method uses the lowest (worst case) — {@link SecondaryInput#worstCase(List)}.
 *
 * @param share          fraction 0–1 of the component's mass
 * @param source         who states it, e.g. the supplier or "market average PlasticsEurope 2023"; may be empty
 * @param proofDocuments file names of the proof documents (CPF guide step 3: "refer to the file name")
 * @param marketAverage  true when the figure is a market average rather than the supplier's own: allowed when
 *                       the supplier gives none, but it makes the result indicative (docs/methods/cpf.md; CPP condition 15)
 */
public record SourcedShare(double share, String source, List<String> proofDocuments, boolean marketAverage) {

    public SourcedShare {
        source = source == null ? "" : source;
        proofDocuments = proofDocuments == null ? List.of() : List.copyOf(proofDocuments);
    }
}
