package nl.kringloop.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the EU critical raw materials list (REFERENCE.md §4), with what is needed to recognise a material:
 * names and aliases, element symbols, CAS numbers, and group members (PGMs, light and heavy rare earths).
 *
 * @param id      e.g. {@code eu-crm-2023}
 * @param version e.g. {@code 2023}
 */
public record CrmList(String id, String version, List<Entry> entries) {

    /** One list item, e.g. "platinum group metals" with members Pt, Pd, Rh, Ru, Ir, Os. */
    public record Entry(String name, List<String> aliases, List<String> symbols, List<String> cas,
                        List<Member> members, boolean strategic) {
    }

    public record Member(String name, String symbol, String cas) {
    }

    /**
     * How a material was recognised.
     *
     * @param crm       the list item's name
     * @param matchedBy {@code name}, {@code alias}, {@code symbol}, {@code cas}, {@code member name},
     *                  {@code member symbol} or {@code member cas}
     * @param member    the group member, when matched through one
     */
    public record Match(String crm, String matchedBy, String member) {
    }

    /**
     * Matches a material by CAS first (unambiguous), then by name, alias, element symbol and group member. Symbols
     * compare case-sensitively ("Co" is cobalt, "CO" is not), names case-insensitively.
     */
    public Optional<Match> match(String material, String cas) {
        if (cas != null && !cas.isBlank()) {
            String c = Cas.normalise(cas);
            for (Entry e : entries) {
                if (e.cas().contains(c)) {
                    return Optional.of(new Match(e.name(), "cas", null));
                }
                for (Member m : e.members()) {
                    if (c.equals(m.cas())) {
                        return Optional.of(new Match(e.name(), "member cas", m.name()));
                    }
                }
            }
        }
        if (material == null || material.isBlank()) {
            return Optional.empty();
        }
        String raw = material.trim();
        String name = raw.toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return Optional.of(new Match(e.name(), "name", null));
            }
        }
        for (Entry e : entries) {
            if (e.aliases().contains(name)) {
                return Optional.of(new Match(e.name(), "alias", null));
            }
            if (e.symbols().contains(raw)) {
                return Optional.of(new Match(e.name(), "symbol", null));
            }
            for (Member m : e.members()) {
                if (m.name().equals(name)) {
                    return Optional.of(new Match(e.name(), "member name", m.name()));
                }
                if (m.symbol().equals(raw)) {
                    return Optional.of(new Match(e.name(), "member symbol", m.name()));
                }
            }
        }
        return Optional.empty();
    }

    public Set<String> names() {
        return Set.copyOf(entries.stream().map(Entry::name).toList());
    }
}
