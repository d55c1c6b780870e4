package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.kringloop.api.Finding;
import nl.kringloop.api.Severity;
import nl.kringloop.reference.CrmList;
import nl.kringloop.reference.ReferenceListFormat;
import nl.kringloop.reference.ZzsList;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** docs/passport-register.md derivations, hand-computed. */
class PassportDerivationTest {

    static final String DOC = """
            {"product": {"name": "Laptop 14", "manufacturer": "Voorbeeld", "productGroup": "ICT hardware"},
             "massGram": 1850,
             "values": {
               "A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale"},
                        {"material": "cobalt", "cas": "7440-48-4", "massGram": 12},
                        {"material": "palladium", "massGram": 0.2},
                        {"material": "polycarbonate", "massGram": 600},
                        {"material": "solder", "cas": "7439-92-1", "massGram": 0.5}],
               "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10.8}],
               "A1.3": [{"material": "cobalt", "massGram": 12}, {"material": "copper", "massGram": 5}],
               "A1.4": [{"substance": "lead", "cas": "7439-92-1", "massGram": 0.5}],
               "A2.1": [{"material": "aluminium", "massGram": 380}],
               "A2.2": [{"material": "cobalt", "massGram": 6}],
               "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                      "productionPercent": 60, "serviceLifeYears": 5, "method": "PEF EF 3.1"},
               "C1.1": {"years": 8}}}""";

    static CrmList crm2023() {
        return ReferenceListFormat.crm("eu-crm-2023", "2023", shipped("eu-crm-2023").getJsonArray("entries"));
    }

    static ZzsList zzsDemo() {
        return ReferenceListFormat.zzs("zzs-demo-2025-01", "demo", true, shipped("zzs-demo-2025-01").getJsonArray("entries"));
    }

    static JsonObject shipped(String id) {
        InputStream in = PassportDerivationTest.class.getResourceAsStream("/reference/" + id + ".json");
        return Json.createReader(in).readObject();
    }

    static PassportDocument doc(String json) {
        return PassportDocumentReader.read(Json.createReader(new StringReader(json)).readValue(), Set.of());
    }

    final PassportDerivation.Result r = PassportDerivation.derive(doc(DOC), crm2023(), zzsDemo());

    @Test
    void a12RecycledPercentOfTotalProductWeight() {
        // 200 g / 1850 g × 100 = 10.8108 %; the submitted 10.8 is within 0.1 point: no finding
        assertThat(r.recycled().get(0).percent()).isCloseTo(10.8108, within(1e-4));
        assertThat(r.recycledPercentOfProduct()).isCloseTo(10.8108, within(1e-4));
        assertThat(r.findings()).noneMatch(f -> "CPP guideline A1.2".equals(f.rule()));
    }

    @Test
    void a13MatchesA11AgainstCrm2023ByCasAndGroupMember() {
        // aluminium (CAS 7429-90-5 → bauxite/alumina/aluminium), cobalt (CAS), palladium (PGM member)
        assertThat(r.criticalRawMaterials()).extracting(PassportDerivation.CrmItem::crm)
                .containsExactly("bauxite/alumina/aluminium", "cobalt", "platinum group metals");
        // 420 + 12 + 0.2 = 432.2 g
        assertThat(r.criticalMassGram()).isCloseTo(432.2, within(1e-9));
        // cobalt per year of use: 12 g / 8 years = 1.5 g/year
        assertThat(r.criticalRawMaterials().get(1).gramPerYearOfUse()).isEqualTo(1.5);
    }

    @Test
    void submittedA13ThatDisagreesIsAFinding() {
        // submitted: cobalt, copper; derived: aluminium, cobalt, palladium ⇒ aluminium and palladium missing,
        // copper is on the list but not in A1.1
        assertThat(r.findings()).filteredOn(f -> "CPP guideline A1.3".equals(f.rule()))
                .extracting(Finding::subject).containsExactlyInAnyOrder("copper", "aluminium", "palladium");
    }

    @Test
    void a14CheckedByCasAgainstZzs() {
        assertThat(r.substancesOfVeryHighConcern()).singleElement()
                .satisfies(z -> assertThat(z.listed()).isTrue())
                .satisfies(z -> assertThat(z.regimes()).contains("REACH SVHC"));
        // checking against the demo excerpt is said out loud
        assertThat(r.findings()).anyMatch(f -> f.severity() == Severity.INFO && f.message().contains("demo excerpt"));
    }

    @Test
    void a21AndA22PercentOfTheOriginalGram() {
        // 380 / 420 × 100 = 90.476 %;  6 / 12 × 100 = 50 %
        assertThat(r.recovered().get(0).percent()).isCloseTo(90.476, within(1e-3));
        assertThat(r.recoveredCritical().get(0).percent()).isEqualTo(50.0);
    }

    @Test
    void b1SharesOfTheLifeCycleTotalAndPerYearOfUse() {
        // total = 250 000 + 10 000 + 120 000 + 20 000 = 400 000 g CO2-eq
        // production 62.5 %, transport 2.5 %, use 30 %, recycling 5 %; per year of use 400 000 / 8 = 50 000 g
        PassportDerivation.Ghg g = r.ghg();
        assertThat(g.totalGram()).isEqualTo(400_000);
        assertThat(g.productionPercent()).isEqualTo(62.5);
        assertThat(g.transportPercent()).isEqualTo(2.5);
        assertThat(g.usePercent()).isEqualTo(30.0);
        assertThat(g.recyclingPercent()).isEqualTo(5.0);
        assertThat(g.gramPerYearOfUse()).isEqualTo(50_000);
    }

    @Test
    void submittedB1PercentThatDisagreesIsAFinding() {
        // submitted productionPercent 60, derived 62.5 ⇒ finding on values.B1.productionPercent
        assertThat(r.findings()).anyMatch(f -> "values.B1.productionPercent".equals(f.field())
                && f.severity() == Severity.WARNING);
        // LCA service life 5 years vs C1.1 8 years ⇒ info
        assertThat(r.findings()).anyMatch(f -> "values.B1.serviceLifeYears".equals(f.field()));
    }

    @Test
    void a11MaterialOnZzsButMissingFromA14IsAFinding() {
        PassportDerivation.Result r2 = PassportDerivation.derive(doc("""
                {"product": {"name": "x"}, "values": {"A1.1": [{"material": "bisphenol A", "cas": "80-05-7", "massGram": 3}]}}"""),
                crm2023(), zzsDemo());
        assertThat(r2.substancesOfVeryHighConcern()).singleElement().satisfies(z -> assertThat(z.source()).isEqualTo("A1.1"));
        assertThat(r2.findings()).anyMatch(f -> "CPP guideline A1.4".equals(f.rule()) && f.message().contains("missing from A1.4"));
        // no product mass: the A1.1 sum (3 g) is the total
        assertThat(r2.productMassGram()).isEqualTo(3);
    }

    @Test
    void valuesWithoutMethodAreAFindingOfCondition7() {
        // A1.1: only aluminium gives a method, cobalt, palladium, polycarbonate and solder do not ⇒ "4 of 5";
        // A1.2, A1.4, A2.1, A2.2 give none at all
        assertThat(r.findings()).filteredOn(f -> "CPP guideline §3.3 condition 7".equals(f.rule()))
                .extracting(Finding::subject).containsExactly("A1.1", "A1.2", "A1.4", "A2.1", "A2.2");
        assertThat(r.findings()).anyMatch(f -> f.message().startsWith("4 of 5 values of A1.1"));
    }
}
