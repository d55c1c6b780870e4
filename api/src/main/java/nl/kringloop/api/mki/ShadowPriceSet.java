package nl.kringloop.api.mki;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned set of shadow prices: the weighting that turns an impact profile into MKI euro
 * (NMD Bepalingsmethode; RWS-MKI 4.0 §1.1).
 *
 * @param id      stable id used in project documents, e.g. {@code "nmd-set-1"}
 * @param name    human name
 * @param version the version of the data file, e.g. {@code "2019.1"}
 * @param source  the publication the figures come from
 * @param prices  one price per indicator code, in publication order
 */
public record ShadowPriceSet(String id, String name, String version, String source, List<ShadowPrice> prices) {

    public ShadowPriceSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        prices = List.copyOf(prices);
        Map<String, ShadowPrice> seen = new LinkedHashMap<>();
        for (ShadowPrice p : prices) {
            if (seen.put(p.indicator(), p) != null) {
                throw new IllegalArgumentException("indicator listed twice in set " + id + ": " + p.indicator());
            }
        }
    }

    /** @return the price of an indicator code, exact match */
    public Optional<ShadowPrice> price(String indicator) {
        return prices.stream().filter(p -> p.indicator().equals(indicator)).findFirst();
    }
}
