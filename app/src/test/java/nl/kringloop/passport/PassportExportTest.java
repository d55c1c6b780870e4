package nl.kringloop.passport;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The passport export as a UNTP DPP 0.6.1 credential (issue 15 items 6, 7): valid against the 0.6.1 JSON Schema,
 * expanded by a JSON-LD processor without losing a value, and saying the right thing. Kringloop's context comes from
 * the WAR's resource here; {@link PassportExchangeIT} takes it from the running server.
 */
class PassportExportTest {

    static final String ROOT = "https://register.example.nl/";

    /** every kind of value, evidence with a hash, an attached EMF MCI and CPF */
    static final String FULL = """
            {"product": {"id": "urn:gtin:08712345678906", "name": "Laptop 14", "model": "L14-2025",
                         "manufacturer": "Voorbeeld Computers B.V.", "productGroup": "ICT hardware"},
             "massGram": 2000,
             "values": {
               "A1.1": [{"material": "aluminium", "cas": "7429-90-5", "massGram": 420, "method": "scale",
                         "evidence": ["doc:bom-2025-03.pdf", {"ref": "https://example.nl/weighing report.pdf",
                                      "sha256": "4f9a1c0e7b2d5a8f3e6c9b1d4a7f0e2c5b8d1a4f7e0c3b6d9a2f5e8c1b4d7a0e"}],
                         "dataQuality": "measured"},
                        {"material": "cobalt", "cas": "7440-48-4", "massGram": 12, "method": "scale"},
                        {"material": "palladium", "massGram": 0.2, "method": "scale"},
                        {"material": "solder", "cas": "7439-92-1", "massGram": 0.5, "method": "scale"}],
               "A1.2": [{"material": "aluminium", "massGram": 200, "percent": 10}],
               "A1.3": [{"material": "cobalt", "massGram": 12}],
               "A1.4": [{"substance": "lead", "cas": "7439-92-1", "massGram": 0.5, "method": "scale"}],
               "A2.1": [{"material": "aluminium", "massGram": 380, "method": "scale"}],
               "A2.2": [{"material": "cobalt", "massGram": 6, "method": "scale"}],
               "A3.1": [{"material": "process water", "massGram": 12000, "method": "meter"}],
               "B1": {"productionGram": 250000, "transportGram": 10000, "useGram": 120000, "recyclingGram": 20000,
                      "productionPercent": 62.5, "serviceLifeYears": 5, "method": "PEF EF 3.1",
                      "explanation": "cradle to grave, EU grid mix", "dataQuality": "calculated"},
               "B2.1": {"value": 1.2e-7, "unit": "species.yr", "method": "ReCiPe 2016 H"},
               "C1.1": {"years": 8}, "C1.2": {"years": 2}, "C1.3": {"years": 7}, "C1.4": {"years": 5},
               "C2.1": {"text": "battery and SSD reusable", "percent": 30}, "C3.1": {"text": "same grade"},
               "C4.1": {"text": "none yet", "dataQuality": "indicative"}},
             "calculatedMethods": {
               "emf-mci": {"indicator": "MCI", "scorePercent": 62.0, "formula": "EMF MCI 2015", "plugin": "emf-mci",
                           "pluginVersion": "0.1.0", "dataQuality": "calculated", "calculatedAt": "2026-12-01T10:00:00Z",
                           "label": "a separate, labelled method"},
               "cpf": {"indicator": "CPF", "scorePercent": 70.0, "formula": "Kringloop CPF 1.0", "plugin": "cpf",
                       "pluginVersion": "0.1.0", "dataQuality": "indicative", "calculatedAt": "2026-12-01T10:00:00Z",
                       "label": "a separate, labelled method"}}}""";

    static final String MINIMAL = """
            {"product": {"name": "Stoel"}, "values": {}}""";

    /** optional members sent as null, a product id that is no URI */
    static final String WITH_NULLS = """
            {"product": {"id": "ART-4711", "name": "Bureau", "model": null, "manufacturer": null, "productGroup": null},
             "massGram": null,
             "values": {"A1.1": [{"material": "steel", "cas": null, "massGram": 9000, "method": null, "evidence": null,
                                  "dataQuality": null}],
                        "B1": {"productionGram": 30000, "useGram": null, "recyclingGram": null, "method": null},
                        "C1.1": {"years": 15, "method": null}}}""";

    /** ZZS: cadmium in A1.4 only, lead as an A1.1 material the list names */
    static final String WITH_ZZS = """
            {"product": {"name": "Soldeerstation", "manufacturer": "Elders B.V."},
             "massGram": 1500,
             "values": {"A1.1": [{"material": "lead", "cas": "7439-92-1", "massGram": 3, "method": "scale"},
                                 {"material": "tin", "cas": "7440-31-5", "massGram": 40, "method": "scale"},
                                 {"material": "copper", "cas": "7440-50-8", "massGram": 300, "method": "scale"}],
                        "A1.4": [{"substance": "lead", "cas": "7439-92-1", "massGram": 3, "method": "scale"},
                                 {"substance": "cadmium", "cas": "7440-43-9", "massGram": 0.01, "method": "lab"}]}}""";

    static final Map<String, String> PASSPORTS = Map.of("full", FULL, "minimal", MINIMAL, "nulls", WITH_NULLS,
            "zzs", WITH_ZZS);

    static PassportViews.PassportView view(String json) {
        JsonObject submitted = Json.createReader(new StringReader(json)).readObject();
        JsonObject stored = Json.createObjectBuilder(submitted).add("guidelineVersion", "2025-1")
                .add("referenceLists", Json.createObjectBuilder().add("crm", "eu-crm-2023").add("zzs", "zzs-demo-2025-01"))
                .build();
        PassportDocument doc = PassportDocumentReader.read(stored, java.util.Set.of());
        PassportDerivation.Result d = PassportDerivation.derive(doc, PassportDerivationTest.crm2023(),
                PassportDerivationTest.zzsDemo());
        String canonical = CanonicalJson.write(stored);
        return new PassportViews.PassportView("9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96",
                "3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13", "Voorbeeld Computers B.V.", 2, "published", 2, null,
                Instant.parse("2026-12-02T14:20:00.123456Z"), "Anna", null, CanonicalJson.sha256(canonical), stored, d,
                d.findings());
    }

    static JsonObject export(String json) {
        return PassportExport.jsonLd(view(json), ROOT + "api/passports/9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96/versions/2",
                ROOT);
    }

    static byte[] kringloopContext(java.net.URI url) {
        assertThat(url.toString()).isEqualTo(ROOT + "ns/kringloop/v1");
        return KringloopContextServlet.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void validatesAgainstTheUntpDpp061Schema(String name) {
        String ld = export(PASSPORTS.get(name)).toString();
        assertThat(UntpConformance.schemaErrors(ld)).as(ld).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "minimal", "nulls", "zzs"})
    void jsonLdExpansionKeepsEveryValueUnderUntpOrKringloopIris(String name) throws JsonLdError {
        JsonObject ld = export(PASSPORTS.get(name));
        JsonArray expanded = UntpConformance.expand(ld.toString(), PassportExportTest::kringloopContext);
        assertThat(UntpConformance.expandedLeaves(expanded)).isEqualTo(UntpConformance.leaves(ld));
        assertThat(UntpConformance.properties(expanded)).isNotEmpty()
                .allSatisfy(p -> assertThat(UntpConformance.KNOWN_NAMESPACES).anyMatch(p::startsWith));
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        // the schema: UNTP 0.6.1 requires primarySourcedRatio, and the context list holds URLs only
        JsonObject ld = export(FULL);
        JsonObject subject = ld.getJsonObject("credentialSubject");
        JsonObject noRatio = Json.createObjectBuilder(ld).add("credentialSubject", Json.createObjectBuilder(subject)
                .add("emissionsScorecard", Json.createObjectBuilder(subject.getJsonObject("emissionsScorecard"))
                        .remove("primarySourcedRatio"))).build();
        assertThat(UntpConformance.schemaErrors(noRatio.toString())).anyMatch(e -> e.contains("primarySourcedRatio"));
        JsonObject inlineContext = Json.createObjectBuilder(ld).add("@context", Json.createArrayBuilder(
                ld.getJsonArray("@context")).add(Json.createObjectBuilder().add("kl", "https://kringloop.nl/vocab#"))).build();
        assertThat(UntpConformance.schemaErrors(inlineContext.toString())).isNotEmpty();
        // the expansion: a term no context defines is an error, not a silent drop
        JsonObject undefined = Json.createObjectBuilder(ld).add("credentialSubject",
                Json.createObjectBuilder(subject).add("kringloopOnly", 1)).build();
        assertThatThrownBy(() -> UntpConformance.expand(undefined.toString(), PassportExportTest::kringloopContext))
                .isInstanceOf(JsonLdError.class);
    }

    @Test
    void saysItsUntpVersionAndServesItsContextFromTheRegister() {
        JsonObject ld = export(MINIMAL);
        assertThat(ld.getJsonArray("@context").getValuesAs(jakarta.json.JsonString::getString)).containsExactly(
                "https://www.w3.org/ns/credentials/v2", "https://test.uncefact.org/vocabulary/untp/dpp/0.6.1/",
                ROOT + "ns/kringloop/v1");
        assertThat(ld.getString("kl:untpDppVersion")).isEqualTo("0.6.1");
        // the credential and its subject are different nodes
        assertThat(ld.getJsonObject("credentialSubject").getString("id")).isNotEqualTo(ld.getString("id"));
    }

    @Test
    void carbonFootprintIsPerDeclaredUnit() {
        JsonObject e = export(FULL).getJsonObject("credentialSubject").getJsonObject("emissionsScorecard");
        // 250 000 + 10 000 + 120 000 + 20 000 = 400 000 g = 400 kg CO2e for a 2 kg product ⇒ 200 kg CO2e per kg
        assertThat(e.getString("declaredUnit")).isEqualTo("KGM");
        assertThat(e.getJsonNumber("carbonFootprint").doubleValue()).isCloseTo(200.0, within(1e-9));
        assertThat(e.getJsonNumber("kl:carbonFootprintPerProductKg").doubleValue()).isCloseTo(400.0, within(1e-9));
        // 400 kg over C1.1 = 8 years ⇒ 50 kg per year of use
        assertThat(e.getJsonNumber("kl:carbonFootprintPerYearOfUseKg").doubleValue()).isCloseTo(50.0, within(1e-9));
        assertThat(e.getString("operationalScope")).isEqualTo("CradleToGrave");
        // B1 is "calculated" (product-specific) ⇒ primary data
        assertThat(e.getJsonNumber("primarySourcedRatio").doubleValue()).isEqualTo(1.0);

        // no product mass and no A1.1 mass to fall back on would be per product; here A1.1 (9 000 g) is the mass:
        // 30 000 g = 30 kg over 9 kg ⇒ 3.333 kg CO2e per kg, production only ⇒ cradle to gate, no quality ⇒ not primary
        JsonObject n = export(WITH_NULLS).getJsonObject("credentialSubject").getJsonObject("emissionsScorecard");
        assertThat(n.getJsonNumber("carbonFootprint").doubleValue()).isCloseTo(30.0 / 9.0, within(1e-9));
        assertThat(n.getString("operationalScope")).isEqualTo("CradleToGate");
        assertThat(n.getJsonNumber("primarySourcedRatio").doubleValue()).isEqualTo(0.0);
    }

    @Test
    void casNumbersAreMaterialTypesAndHazardousMaterialsCarrySafetyInformation() {
        JsonArray materials = export(WITH_ZZS).getJsonObject("credentialSubject").getJsonArray("materialsProvenance");
        // lead, tin, copper from A1.1; cadmium from A1.4 (not an A1.1 material); lead of A1.4 is the A1.1 lead
        assertThat(materials.getValuesAs(JsonObject.class)).extracting(m -> m.getString("name"))
                .containsExactly("lead", "tin", "copper", "cadmium");
        JsonObject lead = materials.getJsonObject(0);
        assertThat(lead.getBoolean("hazardous")).isTrue();
        assertThat(lead.getJsonObject("materialType").getString("code")).isEqualTo("7439-92-1");
        assertThat(lead.getJsonObject("materialType").getString("schemeName")).isEqualTo("CAS Registry Number");
        assertThat(lead.getJsonObject("materialSafetyInformation").getString("linkURL"))
                .isEqualTo(ROOT + "api/reference/lists/zzs-demo-2025-01");
        assertThat(lead.getJsonObject("materialSafetyInformation").getString("linkName")).contains("REACH SVHC");
        // 3 g of 1 500 g = 0.002
        assertThat(lead.getJsonNumber("massFraction").doubleValue()).isCloseTo(0.002, within(1e-12));
        JsonObject tin = materials.getJsonObject(1);
        assertThat(tin.getBoolean("hazardous")).isFalse();
        assertThat(tin.containsKey("materialSafetyInformation")).isFalse();
        JsonObject cadmium = materials.getJsonObject(3);
        assertThat(cadmium.getBoolean("hazardous")).isTrue();
        assertThat(cadmium.getString("kl:guidelineCode")).isEqualTo("A1.4");
        assertThat(cadmium.containsKey("massFraction")).as("part of an A1.1 material, not beside it").isFalse();
        assertThat(cadmium.getJsonObject("mass").getJsonNumber("value").doubleValue()).isEqualTo(0.01);
    }

    @Test
    void circularityScorecardCarriesTheEmfMciWithItsMethodAndTheCpfAsKringloops() {
        JsonObject c = export(FULL).getJsonObject("credentialSubject").getJsonObject("circularityScorecard");
        // MCI 62 % ⇒ 0.62; the CPF (70 %) is another method and is not UNTP's indicator
        assertThat(c.getJsonNumber("materialCircularityIndicator").doubleValue()).isCloseTo(0.62, within(1e-12));
        assertThat(c.getJsonArray("kl:calculatedMethods").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("indicator") + " " + m.getJsonNumber("scorePercent") + " " + m.getString("formula"))
                .containsExactly("CPF 70.0 Kringloop CPF 1.0", "MCI 62.0 EMF MCI 2015"); // by method id: cpf, emf-mci
        // recycled 200 g of 2 000 g = 0.1; recovered 380 g of 2 000 g = 0.19
        assertThat(c.getJsonNumber("recycledContent").doubleValue()).isCloseTo(0.1, within(1e-12));
        assertThat(c.getJsonNumber("recyclableContent").doubleValue()).isCloseTo(0.19, within(1e-12));
        assertThat(export(MINIMAL).getJsonObject("credentialSubject").getJsonObject("circularityScorecard")
                .containsKey("materialCircularityIndicator")).isFalse();
    }

    @Test
    void productIdentifiersThatAreNoUriStayAsTheRegisteredId() {
        JsonObject p = export(WITH_NULLS).getJsonObject("credentialSubject").getJsonObject("product");
        assertThat(p.getString("id")).isEqualTo("urn:kringloop:passport:9c2f7e14-3a6b-4d80-b5e1-7f0a2c8d4e96:product");
        assertThat(p.getString("registeredId")).isEqualTo("ART-4711");
        assertThat(p.containsKey("producedByParty")).isFalse();
        JsonObject full = export(FULL).getJsonObject("credentialSubject").getJsonObject("product");
        assertThat(full.getString("id")).isEqualTo("urn:gtin:08712345678906");
        // the manufacturer is the issuing organisation: one party, one id
        assertThat(full.getJsonObject("producedByParty").getString("id"))
                .isEqualTo("urn:kringloop:organisation:3b9d6c1e-7f2a-4d8b-9c41-0e5a2f7b6d13");
        assertThat(full.getJsonObject("dimensions").getJsonObject("weight").toString())
                .isEqualTo("{\"value\":2000.0,\"unit\":\"GRM\"}");
    }

    @Test
    void guidelineValuesAreAllThere() {
        JsonObject values = export(FULL).getJsonObject("credentialSubject").getJsonObject("kl:guidelineValues");
        assertThat(values.keySet()).containsExactlyInAnyOrder("A1.1", "A1.2", "A1.3", "A1.4", "A2.1", "A2.2", "A3.1",
                "B1", "B2.1", "C1.1", "C1.2", "C1.3", "C1.4", "C2.1", "C3.1", "C4.1");
        JsonValue evidence = values.getJsonArray("A1.1").getJsonObject(0).getJsonArray("evidence").get(1);
        assertThat(evidence.asJsonObject().getString("sha256")).startsWith("4f9a1c0e");
    }
}
