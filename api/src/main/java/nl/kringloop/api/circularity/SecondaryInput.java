package nl.kringloop.api.circularity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The secondary raw material in a component (CPF guide step 3, docs/methods/cpf.md): recycled (pre- or post-consumer), reused
 * and renewable (short cycle ≤ 9 years, or FSC/PEFC-managed forest), each possibly stated by several sources.
 *
 * @param recycled  statements of the recycled share, fraction 0–1 each
 * @param reused    statements of the reused share, fraction 0–1 each
 * @param renewable statements of the renewable share, fraction 0–1 each
 */
public record SecondaryInput(List<SourcedShare> recycled, List<SourcedShare> reused, List<SourcedShare> renewable) {

    /** No secondary input: all virgin. */
    public static final SecondaryInput NONE = new SecondaryInput(List.of(), List.of(), List.of());

    public SecondaryInput {
        recycled = recycled == null ? List.of() : List.copyOf(recycled);
        reused = reused == null ? List.of() : List.copyOf(reused);
        renewable = renewable == null ? List.of() : List.copyOf(renewable);
    }

    /** @return true when no share is stated at all */
    public boolean isEmpty() {
        return recycled.isEmpty() && reused.isEmpty() && renewable.isEmpty();
    }

    /**
     * The worst-case rule of CPF guide step 3: "if different sources mention different ratios, the lowest value must
     * be selected".
     *
     * @return the statement with the lowest share; empty when there is none (the share is then 0)
     */
    public static Optional<SourcedShare> worstCase(List<SourcedShare> statements) {
        return statements.stream().min(Comparator.comparingDouble(SourcedShare::share));
    }

    /** @return the worst-case share, fraction 0–1; 0 when no source states it */
    public static double worstCaseShare(List<SourcedShare> statements) {
        return worstCase(statements).map(SourcedShare::share).orElse(0.0);
    }

    /** @return the worst-case recycled + reused + renewable share (docs/methods/cpf.md), not capped */
    public double worstCaseTotalShare() {
        return worstCaseShare(recycled) + worstCaseShare(reused) + worstCaseShare(renewable);
    }

    /** @return true when a worst-case share that is used comes from a market average (result indicative) */
    public boolean usesMarketAverage() {
        return List.of(recycled, reused, renewable).stream()
                .map(SecondaryInput::worstCase)
                .anyMatch(s -> s.map(SourcedShare::marketAverage).orElse(false));
    }
}
