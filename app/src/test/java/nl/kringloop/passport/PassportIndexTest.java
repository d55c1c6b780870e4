package nl.kringloop.passport;

import nl.kringloop.passport.PassportIndex.Condition;
import nl.kringloop.passport.PassportIndex.Field;
import nl.kringloop.passport.PassportIndex.Row;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PassportIndexTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static Row row(String id, int second, String name, String manufacturer, String group, String materials,
                           String crm) {
        return new Row(id, T.plusSeconds(second), name + " | " + manufacturer + " | " + group,
                manufacturer.toLowerCase(), group.toLowerCase(), materials, crm, "||");
    }

    private static Condition word(Field f, String w) {
        return new Condition(f, w, true);
    }

    @Test
    void wordsAreLowerCaseWithAccentsFoldedAndSplitAtAnythingButLettersAndDigits() {
        assertThat(PassportIndex.words("Café-Stoel B-12 | urn:gtin:0871 Café")).containsExactly("cafe", "stoel", "b",
                "12", "urn", "gtin", "0871");
        assertThat(PassportIndex.whole("  ICT   Hardware ")).isEqualTo("ict hardware");
        assertThat(PassportIndex.words(" - | ")).isEmpty();
    }

    @Test
    void listEntriesAreWholeAndAnEntryCutOffAtTheColumnLengthIsNone() {
        assertThat(PassportIndex.entries("|copper|7440-50-8|")).containsExactly("copper", "7440-50-8");
        assertThat(PassportIndex.entries("|copper|7440-5")).containsExactly("copper");
        assertThat(PassportIndex.entries("||")).isEmpty();
    }

    @Test
    void everyWordMustStartAWordAndFiltersCombineWithAnd() {
        PassportIndex index = new PassportIndex();
        index.putAll(List.of(
                row("a", 1, "Bureaustoel Ergo", "Möbel Werk BV", "Furniture", "|steel|", "||"),
                row("b", 2, "Laptop 14", "Voorbeeld Computers", "ICT hardware", "|cobalt|7440-48-4|", "|cobalt|"),
                row("c", 3, "Laptop 16", "Voorbeeld Computers", "ICT hardware", "|copper|", "||")));
        assertThat(index.page(List.of(word(Field.TEXT, "lap")), 0, 10)).containsExactly("c", "b");
        assertThat(index.count(List.of(word(Field.TEXT, "lap"), word(Field.TEXT, "14")))).isEqualTo(1);
        // a word inside another word is not its start
        assertThat(index.count(List.of(word(Field.TEXT, "stoel")))).isZero();
        assertThat(index.page(List.of(word(Field.MANUFACTURER, "mobel")), 0, 10)).containsExactly("a");
        assertThat(index.count(List.of(new Condition(Field.GROUP, "ict hardware", false),
                new Condition(Field.MATERIAL, "7440-48-4", false)))).isEqualTo(1);
        // a group is whole: "ict" alone is no group
        assertThat(index.count(List.of(new Condition(Field.GROUP, "ict", false)))).isZero();
        assertThat(index.page(List.of(new Condition(Field.CRM, PassportIndex.ANY, false)), 0, 10)).containsExactly("b");
        // no condition: every passport, newest first
        assertThat(index.page(List.of(), 0, 10)).containsExactly("c", "b", "a");
    }

    @Test
    void aRareWordIsTestedAgainstTheTermsOfItsPassportsOnly() {
        PassportIndex index = new PassportIndex();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(row("p" + i, i, "Bench product " + i, "Bench " + (i % 5) + " BV", "Lighting",
                    i % 2 == 0 ? "|copper|" : "|steel|", "||"));
        }
        index.putAll(rows);
        // 199 alone, and 19, 190–199 by prefix; each also has "bench" and "product" (200 postings each)
        assertThat(index.page(List.of(word(Field.TEXT, "bench"), word(Field.TEXT, "product"), word(Field.TEXT, "199")),
                0, 10)).containsExactly("p199");
        assertThat(index.count(List.of(word(Field.TEXT, "product"), word(Field.TEXT, "19")))).isEqualTo(11);
        // p190–p199 by prefix, of which the even ones have copper: 190, 192, …, 198
        assertThat(index.page(List.of(new Condition(Field.MATERIAL, "copper", false), word(Field.TEXT, "19")), 0, 3))
                .containsExactly("p198", "p196", "p194");
        assertThat(index.count(List.of(word(Field.TEXT, "19"), word(Field.MANUFACTURER, "3")))).isEqualTo(2);
        assertThat(index.count(List.of(word(Field.TEXT, "19"), word(Field.TEXT, "nothing")))).isZero();
    }

    @Test
    void pagesAreNewestFirstThenById() {
        PassportIndex index = new PassportIndex();
        index.putAll(List.of(row("p2", 5, "Lamp", "X", "Lighting", "||", "||"),
                row("p1", 5, "Lamp", "X", "Lighting", "||", "||"),
                row("p0", 1, "Lamp", "X", "Lighting", "||", "||"),
                row("p3", 9, "Lamp", "X", "Lighting", "||", "||")));
        List<Condition> lamp = List.of(word(Field.TEXT, "lamp"));
        assertThat(index.page(lamp, 0, 2)).containsExactly("p3", "p1");
        assertThat(index.page(lamp, 2, 2)).containsExactly("p2", "p0");
        assertThat(index.page(lamp, 3, 5)).containsExactly("p0");
        assertThat(index.page(lamp, 4, 5)).isEmpty();
        assertThat(index.count(lamp)).isEqualTo(4);
    }

    @Test
    void aNewVersionReplacesWhatWasIndexed() {
        PassportIndex index = new PassportIndex();
        index.putAll(List.of(row("a", 1, "Lamp", "X", "Lighting", "|copper|", "||"),
                row("b", 2, "Lamp", "X", "Lighting", "|copper|", "||")));
        index.putAll(List.of(row("a", 3, "Tafel", "X", "Furniture", "|steel|", "||")));
        assertThat(index.page(List.of(word(Field.TEXT, "lamp")), 0, 10)).containsExactly("b");
        assertThat(index.page(List.of(word(Field.TEXT, "tafel")), 0, 10)).containsExactly("a");
        assertThat(index.count(List.of(new Condition(Field.MATERIAL, "copper", false)))).isEqualTo(1);
        // now the newest publication
        assertThat(index.page(List.of(), 0, 10)).containsExactly("a", "b");
    }
}
