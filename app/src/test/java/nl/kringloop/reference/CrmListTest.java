package nl.kringloop.reference;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching A1.1 materials against the shipped EU CRM lists (REFERENCE.md §4). */
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
}
