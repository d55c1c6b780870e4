package nl.kringloop.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A version of the RIVM list of substances of very high concern (ZZS, the RIVM ZZS list and its export), matched by CAS number.
 *
 * @param demo true for the shipped excerpt: a check against it is not a check against the real list
 */
public record ZzsList(String id, String version, boolean demo, List<Entry> entries, Map<String, Entry> byCas) {

    /** @param regimes the regimes that make the substance ZZS (CLP CMR, REACH SVHC, WFD, OSPAR, POP …) */
    public record Entry(String cas, String ec, String nameNl, String nameEn, List<String> regimes) {
    }

    public static ZzsList of(String id, String version, boolean demo, List<Entry> entries) {
        Map<String, Entry> index = entries.stream().filter(e -> e.cas() != null && !e.cas().isBlank())
                .collect(Collectors.toMap(e -> Cas.normalise(e.cas()), Function.identity(), (a, b) -> a));
        return new ZzsList(id, version, demo, List.copyOf(entries), Map.copyOf(index));
    }

    public Optional<Entry> find(String cas) {
        return cas == null ? Optional.empty() : Optional.ofNullable(byCas.get(Cas.normalise(cas)));
    }
}
