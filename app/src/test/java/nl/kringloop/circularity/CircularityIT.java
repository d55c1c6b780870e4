package nl.kringloop.circularity;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** POST /api/circularity/{method} through the running server, with the cpf and emf-mci jars of its plugins dir. */
class CircularityIT {

    /** The air purifier of docs/methods/cpf.md. */
    static final String APPLIANCE = """
            {"productId": "urn:gtin:08712345678906", "name": "air purifier", "subject": "PRODUCT",
             "components": [
              {"id": "housing", "unitMassGram": 200, "unitsPerProduct": 1, "supplierCpfxShare": 0.75,
               "productionWaste": {"massGram": 20, "recovery": {"recycledShare": 1}}},
              {"id": "pcb", "unitMassGram": 50, "unitsPerProduct": 1,
               "secondaryInput": {"recycled": [{"share": 0.1, "source": "market average", "marketAverage": true}]}},
              {"id": "filter", "unitMassGram": 10, "unitsPerProduct": 3, "maintenancePhase": true,
               "secondaryInput": {"renewable": [{"share": 0.9, "proofDocuments": ["fsc.pdf"]}]}}],
             "disassemblies": [
              {"id": "housing", "unitMassGram": 195, "count": 1, "endOfLife": {"recycledShare": 0.9}},
              {"id": "pcb", "unitMassGram": 50, "count": 1, "endOfLife": {"recycledShare": 0.5, "reusedShare": 0.2}},
              {"id": "filter", "unitMassGram": 10, "count": 1,
               "endOfLife": {"compostedShare": 1, "compostabilityStandard": "EN 13432"}}]}""";

    @BeforeAll
    static void server() {
        MethodsItSupport.configure();
    }

    private static ValidatableResponse post(String method, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/circularity/" + method).then();
    }

    @Test
    void listsTheMethodsLoadedFromThePluginsDirectory() {
        given().when().get("/api/circularity").then().statusCode(200)
                .body("id", hasItems("cpf", "emf-mci"))
                .body("find { it.id == 'cpf' }.plugin", equalTo("cpf"))
                .body("find { it.id == 'cpf' }.state", equalTo("AVAILABLE"));
    }

    @Test
    void productCpfOfTheApplianceIsComputedByThePlugin() {
        // V = 220×0.25 + 50×0.9 + 30×0.1 = 103; W_p = 0; M = 280, D = 255 → undeclared D* − D = 25
        // W_e = 19.5 + 15 + 0 + 25 = 59.5; CPF = 1 − 162.5 / (320 + 280) = 437.5 / 600 = 72.9166667 %
        // CPFx of the inputs = 1 − 103/320 = 67.8125 %; the housing's supplier CPFx names neither a supplier nor a
        // proof document here (the docs' version does): unproven
        post("cpf", APPLIANCE).statusCode(200)
                .body("indicator", equalTo("CPF"))
                .body("scorePercent", closeTo(100.0 * 437.5 / 600, 1e-9))
                .body("terms.find { it.symbol == 'CPFx' }.value", closeTo(67.8125, 1e-9))
                .body("terms.find { it.symbol == 'W_e' }.value", closeTo(59.5, 1e-9))
                .body("indicative", equalTo(true))
                .body("proven", equalTo(false))
                .body("findings.field", hasItems("components[0].supplierCpfxProofDocuments"))
                .body("method.plugin", equalTo("cpf"))
                .body("method.pluginVersion", startsWith("0.1.0"))
                .body("formula", equalTo("Kringloop CPF 1.1"))
                .body("findings.field", hasItems("disassemblies"));
    }

    @Test
    void aProductWithNoInputMassIsRefusedNamingComponents() {
        // 0 g of components with a 100 g disassembly: 1.0 answered 400 invalid-json from a NaN term
        post("cpf", """
                {"components": [{"id": "a", "unitMassGram": 0, "unitsPerProduct": 1}],
                 "disassemblies": [{"id": "d", "unitMassGram": 100, "count": 1}]}""")
                .statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-fields"))
                .body("field", equalTo("components"));
    }

    @Test
    void aShareWithoutSourceOrProofGivesAnUnprovenResult() {
        post("cpf", """
                {"components": [{"id": "a", "unitMassGram": 100, "unitsPerProduct": 1,
                  "secondaryInput": {"recycled": [{"share": 0.5}]}}],
                 "disassemblies": [{"id": "a", "unitMassGram": 100, "count": 1, "endOfLife": {"recycledShare": 1}}]}""")
                .statusCode(200)
                .body("proven", equalTo(false))
                .body("findings.field", hasItems("components[0].secondaryInput.recycled[0]"));
    }

    @Test
    void aCompostabilityStandardThatNamesNoStandardIsRefused() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1}],
                 "disassemblies": [{"id": "d", "unitMassGram": 10, "count": 1,
                   "endOfLife": {"compostedShare": 1, "compostabilityStandard": "trust me"}}]}""",
                "disassemblies[0].endOfLife.compostabilityStandard");
    }

    @Test
    void componentCpfxOfThePaintedSteelBracket() {
        // V = 1100×0.5 + 60×1 = 610; W_p = 100×0.2 + 10 = 30; CPFx = 1 − 640/1270 = 49.6062992… %
        post("cpf", """
                {"subject": "COMPONENT", "components": [
                  {"id": "steel", "unitMassGram": 500, "unitsPerProduct": 2,
                   "secondaryInput": {"recycled": [{"share": 0.6, "source": "mill"}, {"share": 0.5, "source": "EPD"}]},
                   "productionWaste": {"massGram": 100, "recovery": {"recycledShare": 0.8}}},
                  {"id": "paint", "unitMassGram": 50, "unitsPerProduct": 1, "productionWaste": {"massGram": 10}}]}""")
                .statusCode(200)
                .body("indicator", equalTo("CPFx"))
                .body("scorePercent", closeTo(100.0 * 630 / 1270, 1e-9))
                .body("indicative", equalTo(false));
    }

    @Test
    void mciOfAFullyLinearProductIsTenPercent() {
        // EMF Circularity Indicators methodology 2015 golden case: M 100, nothing recycled or reused, X = 1 → LFI 1, MCI 0.1
        post("emf-mci", """
                {"components": [{"id": "m", "unitMassGram": 100, "unitsPerProduct": 1}],
                 "disassemblies": [{"id": "m", "unitMassGram": 100, "count": 1}]}""")
                .statusCode(200)
                .body("indicator", equalTo("MCI"))
                .body("scorePercent", closeTo(10.0, 1e-9))
                .body("terms.find { it.symbol == 'LFI' && it.subject == null }.value", closeTo(1.0, 1e-12))
                .body("method.plugin", equalTo("emf-mci"));
    }

    @Test
    void theEightStepsOfTheCpfGuideAreAResource() {
        given().when().get("/api/circularity/cpf/steps").then().statusCode(200)
                .body("$", hasSize(8))
                .body("find { it.step == 2 }.fields", hasItems("components[].supplierCpfxShare"))
                .body("find { it.step == 7 }.fields", hasItems("disassemblies[].endOfLife.compostabilityStandard"));
    }

    @Test
    void anUnknownMethodIsA404Problem() {
        post("no-such-method", APPLIANCE).statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private static void refused(String method, String body, String field) {
        post(method, body).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("field", equalTo(field));
    }

    @Test
    void sharesOverHundredPercentAreRefusedNamingTheField() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1,
                  "secondaryInput": {"recycled": [{"share": 0.7}], "reused": [{"share": 0.4}]}}]}""",
                "components[0].secondaryInput");
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1,
                  "secondaryInput": {"recycled": [{"share": 30}]}}]}""",
                "components[0].secondaryInput.recycled[0].share");
    }

    @Test
    void aSupplierCpfxBesideSecondarySharesIsRefused() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1, "supplierCpfxShare": 0.5,
                  "secondaryInput": {"recycled": [{"share": 0.2}]}}]}""", "components[0].secondaryInput");
    }

    @Test
    void negativeMassesAreRefused() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": -10, "unitsPerProduct": 1}]}""",
                "components[0].unitMassGram");
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1,
                  "productionWaste": {"massGram": -1}}]}""", "components[0].productionWaste.massGram");
    }

    @Test
    void compostingWithoutAStandardIsRefused() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1}],
                 "disassemblies": [{"id": "d", "unitMassGram": 10, "count": 1, "endOfLife": {"compostedShare": 1}}]}""",
                "disassemblies[0].endOfLife.compostabilityStandard");
    }

    @Test
    void zeroFeedstockEfficiencyWithRecycledInputIsRefused() {
        refused("emf-mci", """
                {"components": [{"id": "a", "unitMassGram": 10, "unitsPerProduct": 1,
                  "feedstockRecyclingEfficiency": 0, "secondaryInput": {"recycled": [{"share": 0.5}]}}]}""",
                "components[0].feedstockRecyclingEfficiency");
    }

    @Test
    void aWrongTypeIsRefusedNamingItsPath() {
        refused("cpf", """
                {"components": [{"id": "a", "unitMassGram": "ten", "unitsPerProduct": 1}]}""",
                "components[0].unitMassGram");
    }
}
