package nl.kringloop.reference;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching A1.1 materials against the shipped EU CRM lists, each entry checked against its named source. */
class CrmListTest {

    static CrmList shipped(String id) {
        JsonObject doc = ReferenceLists.shipped(id);
        return ReferenceListFormat.crm(id, doc.getString("version"), doc.getJsonArray("entries"));
    }

    @Test
    void shippedListsHaveTheirPublishedSizes() {
        assertThat(shipped("eu-crm-2017").entries()).hasSize(27);
        assertThat(shipped("eu-crm-2020").entries()).hasSize(30);
        assertThat(shipped("eu-crm-2023").entries()).hasSize(34);
    }

    @Test
    void heliumLeftTheListIn2020AndCameBackIn2023() {
        assertThat(shipped("eu-crm-2017").match("helium", null)).isPresent();
        assertThat(shipped("eu-crm-2020").match("helium", null)).isEmpty();
        assertThat(shipped("eu-crm-2023").match("helium", null)).isPresent();
    }

    @Test
    void aluminiumIsCriticalOnlyFrom2023() {
        assertThat(shipped("eu-crm-2020").match("aluminium", "7429-90-5")).isEmpty();
        assertThat(shipped("eu-crm-2023").match("aluminium", null).orElseThrow().crm())
                .isEqualTo("bauxite/alumina/aluminium");
    }

    @Test
    void palladiumMatchesPlatinumGroupMetalsByMemberNameSymbolAndCas() {
        CrmList l = shipped("eu-crm-2023");
        assertThat(l.match("Palladium", null).orElseThrow())
                .isEqualTo(new CrmList.Match("platinum group metals", "member name", "palladium"));
        assertThat(l.match("Pd", null).orElseThrow().matchedBy()).isEqualTo("member symbol");
        assertThat(l.match("contact plating", "7440-05-3").orElseThrow())
                .isEqualTo(new CrmList.Match("platinum group metals", "member cas", "palladium"));
    }

    @Test
    void neodymiumIsALightAndDysprosiumAHeavyRareEarth() {
        CrmList l = shipped("eu-crm-2017");
        assertThat(l.match("neodymium", null).orElseThrow().crm()).isEqualTo("light rare earth elements");
        assertThat(l.match("Dy", null).orElseThrow().crm()).isEqualTo("heavy rare earth elements");
    }

    @Test
    void symbolsAreCaseSensitiveSoCarbonMonoxideIsNotCobalt() {
        CrmList l = shipped("eu-crm-2023");
        assertThat(l.match("Co", null).orElseThrow().crm()).isEqualTo("cobalt");
        assertThat(l.match("CO", null)).isEmpty();
    }

    @Test
    void casWinsOverAMisleadingName() {
        // a trade name with cobalt's CAS number is still cobalt
        assertThat(shipped("eu-crm-2023").match("Alloy X", "7440-48-4").orElseThrow())
                .isEqualTo(new CrmList.Match("cobalt", "cas", null));
    }

    @Test
    void ordinaryMaterialsDoNotMatch() {
        CrmList l = shipped("eu-crm-2023");
        assertThat(l.match("polycarbonate", null)).isEmpty();
        assertThat(l.match("steel", "12597-69-2")).isEmpty();
    }

    static CrmList.Entry entry(String list, String name) {
        return shipped(list).entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void annexIiNamesNickelBatteryGradeAndAPlainNickelMatchesWithAFinding() {
        // Regulation (EU) 2024/1252 Annex II: "nickel — battery grade", not nickel
        CrmList.Entry nickel = entry("eu-crm-2023", "nickel — battery grade");
        assertThat(nickel.grade()).isEqualTo("battery grade");
        assertThat(nickel.strategicGrade()).isEqualTo("battery grade");
        assertThat(shipped("eu-crm-2023").names()).doesNotContain("nickel");
        CrmList.Match plain = shipped("eu-crm-2023").match("nickel", null).orElseThrow();
        assertThat(plain.crm()).isEqualTo("nickel — battery grade");
        assertThat(plain.note()).contains("check that the material is battery grade");
        // a passport that says the grade gets no note about it
        assertThat(shipped("eu-crm-2023").match("nickel — battery grade", null).orElseThrow().note()).isNull();
        // nickel was not on the 2017 or 2020 lists
        assertThat(shipped("eu-crm-2020").match("nickel", "7440-02-0")).isEmpty();
    }

    @Test
    void annexINamesTheGradesOfItsStrategicMaterials() {
        assertThat(entry("eu-crm-2023", "boron").strategicGrade()).isEqualTo("metallurgy grade");
        assertThat(entry("eu-crm-2023", "lithium").strategicGrade()).isEqualTo("battery grade");
        assertThat(entry("eu-crm-2023", "manganese").strategicGrade()).isEqualTo("battery grade");
        assertThat(entry("eu-crm-2023", "natural graphite").strategicGrade()).isEqualTo("battery grade");
        assertThat(entry("eu-crm-2023", "magnesium").strategicGrade()).isEqualTo("metal");
        assertThat(shipped("eu-crm-2023").match("magnesium", null).orElseThrow().note())
                .isEqualTo("strategic (Annex I) only as magnesium metal");
        assertThat(shipped("eu-crm-2023").match("boron", null).orElseThrow().note())
                .isEqualTo("strategic (Annex I) only as boron — metallurgy grade");
        assertThat(shipped("eu-crm-2023").match("graphite", null).orElseThrow().crm()).isEqualTo("natural graphite");
        // cobalt is strategic as a whole: nothing to add
        assertThat(shipped("eu-crm-2023").match("cobalt", null).orElseThrow().note()).isNull();
    }

    @Test
    void theMagnetRareEarthsAreStrategicAtMemberLevel() {
        // Annex I: rare earth elements for magnets Nd, Pr, Tb, Dy, Gd, Sm, Ce — not La, Eu, Y …
        CrmList l = shipped("eu-crm-2023");
        java.util.List<String> strategic = l.entries().stream().flatMap(e -> e.members().stream())
                .filter(CrmList.Member::strategic).map(CrmList.Member::symbol).sorted().toList();
        assertThat(strategic).containsExactly("Ce", "Dy", "Gd", "Nd", "Pr", "Sm", "Tb");
        assertThat(l.match("neodymium", null).orElseThrow().note()).contains("permanent magnets");
        assertThat(l.match("lanthanum", null).orElseThrow().note()).isNull();
        assertThat(shipped("eu-crm-2020").entries().stream().flatMap(e -> e.members().stream())
                .noneMatch(CrmList.Member::strategic)).isTrue();
    }

    @Test
    void the2017ListKeepsItsTwentySevenAndNotesTheGuidelinesTwentySix() {
        JsonObject doc = ReferenceLists.shipped("eu-crm-2017");
        assertThat(doc.getJsonArray("entries")).hasSize(27);
        assertThat(doc.getString("note")).contains("speaks of 26").contains("keeps the communication's 27");
    }

    @Test
    void everyListSaysThePlatinumGroupMembersAreKringloopsAndOsmiumIsUnconfirmed() {
        for (String id : java.util.List.of("eu-crm-2017", "eu-crm-2020", "eu-crm-2023")) {
            JsonObject pgm = ReferenceLists.shipped(id).getJsonArray("entries").stream().map(v -> v.asJsonObject())
                    .filter(e -> e.getString("name").equals("platinum group metals")).findFirst().orElseThrow();
            assertThat(pgm.getString("note")).contains("without listing its members").contains("osmium");
            assertThat(shipped(id).match("Os", null).orElseThrow().crm()).isEqualTo("platinum group metals");
        }
    }

    @Test
    void noShippedListCitesTheTeamsNotes() {
        for (String id : java.util.List.of("eu-crm-2017", "eu-crm-2020", "eu-crm-2023")) {
            assertThat(ReferenceLists.shipped(id).toString()).doesNotContain("REFERENCE").doesNotContain("SPEC");
        }
    }
}
