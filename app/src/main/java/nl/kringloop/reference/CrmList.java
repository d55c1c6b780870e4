package nl.kringloop.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the EU critical raw materials list (COM(2017) 490, COM(2020) 474, Regulation (EU) 2024/1252
 * Annexes I and II), with what is needed to recognise a material: names and aliases, element symbols, CAS numbers,
 * group members (PGMs, light and heavy rare earths), and the grade a list item is limited to.
 *
 * @param id      e.g. {@code eu-crm-2023}
 * @param version e.g. {@code 2023}
 */
public record CrmList(String id, String version, List<Entry> entries) {

    /**
     * One list item, e.g. "platinum group metals" with members Pt, Pd, Rh, Ru, Ir, Os.
     *
     * @param grade          the grade the critical list names, e.g. "battery grade" for "nickel — battery grade"
     *                       (Regulation (EU) 2024/1252 Annex II); empty when the item is not limited to a grade
     * @param strategic      on the strategic list (Annex I), as a whole or in a grade
     * @param strategicGrade the grade or form the strategic list names, e.g. "metallurgy grade" (boron), "battery
     *                       grade" (lithium), "metal" (magnesium metal); empty when the whole item is strategic
     */
    public record Entry(String name, List<String> aliases, List<String> symbols, List<String> cas,
                        List<Member> members, boolean strategic, String grade, String strategicGrade) {

        public Entry {
            grade = grade == null ? "" : grade;
            strategicGrade = strategicGrade == null ? "" : strategicGrade;
        }

        public Entry(String name, List<String> aliases, List<String> symbols, List<String> cas,
                     List<Member> members, boolean strategic) {
            this(name, aliases, symbols, cas, members, strategic, "", "");
        }
    }

    /**
     * A member of a group item.
     *
     * @param strategic true when the strategic list names this member itself, e.g. neodymium among the rare earth
     *                  elements for permanent magnets (Regulation (EU) 2024/1252 Annex I)
     */
    public record Member(String name, String symbol, String cas, boolean strategic) {

        public Member(String name, String symbol, String cas) {
            this(name, symbol, cas, false);
        }
    }

    /**
     * How a material was recognised.
     *
     * @param crm       the list item's name
     * @param matchedBy {@code name}, {@code alias}, {@code symbol}, {@code cas}, {@code member name},
     *                  {@code member symbol} or {@code member cas}
     * @param member    the group member, when matched through one
     * @param note      what the match does not settle, e.g. that the list names battery-grade nickel only, so a
     *                  plain "nickel" must be checked for its grade; {@code null} when there is nothing to add
     */
    public record Match(String crm, String matchedBy, String member, String note) {

        public Match(String crm, String matchedBy, String member) {
            this(crm, matchedBy, member, null);
        }
    }

    /**
     * Matches a material by CAS first (unambiguous), then by name, alias, element symbol and group member. Symbols
     * compare case-sensitively ("Co" is cobalt, "CO" is not), names case-insensitively.
     */
    public Optional<Match> match(String material, String cas) {
        return plainMatch(material, cas).map(m -> withNote(m, material));
    }

    /** Adds what the list's grade qualifiers leave open to a match. */
    private Match withNote(Match m, String material) {
        Entry e = entries.stream().filter(x -> x.name().equals(m.crm())).findFirst().orElseThrow();
        String said = material == null ? "" : material.toLowerCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        if (!e.grade().isEmpty() && !said.contains(e.grade())) {
            notes.add("the list names '" + e.name() + "': matched, but check that the material is " + e.grade());
        }
        if (e.strategic() && !e.strategicGrade().isEmpty() && !said.contains(e.strategicGrade())) {
            notes.add("strategic (Annex I) only as " + base(e.name())
                    + (e.strategicGrade().endsWith("grade") ? " — " : " ") + e.strategicGrade());
        }
        if (m.member() != null) {
            e.members().stream().filter(x -> x.name().equals(m.member()) && x.strategic()).findFirst()
                    .ifPresent(x -> notes.add(x.name() + " is strategic (Annex I) as a rare earth element for"
                            + " permanent magnets"));
        }
        return notes.isEmpty() ? m : new Match(m.crm(), m.matchedBy(), m.member(), String.join("; ", notes));
    }

    private static String base(String name) {
        int dash = name.indexOf(" — ");
        return dash < 0 ? name : name.substring(0, dash);
    }

    private Optional<Match> plainMatch(String material, String cas) {
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
