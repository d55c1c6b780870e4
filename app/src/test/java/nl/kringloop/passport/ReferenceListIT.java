package nl.kringloop.passport;

import org.junit.jupiter.api.Test;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Versioned reference lists: the shipped ones, publishing, the ZZS importer, and a passport checked against a new version. */
class ReferenceListIT {

    @Test
    void shippedListsArePublicWithTheirSources() {
        anonymous().get("/api/reference/lists").then().statusCode(200)
                .body("id", hasItems("eu-crm-2017", "eu-crm-2020", "eu-crm-2023", "zzs-demo-2025-01"))
                .body("find { it.id == 'eu-crm-2023' }.entryCount", equalTo(34))
                .body("find { it.id == 'zzs-demo-2025-01' }.demo", equalTo(true));
        anonymous().get("/api/reference/lists/eu-crm-2023").then().statusCode(200)
                .body("source", org.hamcrest.Matchers.containsString("2024/1252"))
                .body("entries.find { it.name == 'platinum group metals' }.members.symbol",
                        hasItems("Pt", "Pd", "Rh", "Ru", "Ir", "Os"));
        anonymous().get("/api/reference/lists/nope").then().statusCode(404);
    }

    @Test
    void importedZzsVersionIsUsedWhenAPassportNamesIt() {
        String version = Http.unique("2026-01");
        String csv = "CAS-nummer;Stofnaam;Engelse naam;REACH SVHC\n7440-47-3;chroom;chromium;x\n";
        admin().contentType("text/csv").body(csv).queryParam("version", version)
                .post("/api/reference/lists/zzs/import").then().statusCode(201)
                .body("id", equalTo("zzs-" + version)).body("entryCount", equalTo(1));
        // versions never change
        admin().contentType("text/csv").body(csv).queryParam("version", version)
                .post("/api/reference/lists/zzs/import").then().statusCode(409);
        admin().contentType("text/csv").body("CAS;name\n7440-47-4;bad\n").queryParam("version", version + "b")
                .post("/api/reference/lists/zzs/import").then().statusCode(400);

        Http.Org org = Http.newOrganisation();
        String id = Http.anonymous().header("Authorization", "Bearer " + org.token()).body("""
                {"product": {"name": "%s"}, "referenceLists": {"zzs": "zzs-%s"},
                 "values": {"A1.1": [{"material": "chrome plating", "cas": "7440-47-3", "massGram": 2}],
                            "A1.4": [{"substance": "chromium", "cas": "7440-47-3", "massGram": 2}]}}"""
                .formatted(Http.unique("Chrome"), version)).post("/api/passports").then().statusCode(201)
                .extract().path("id");
        Http.as(org.token()).get("/api/passports/" + id).then()
                .body("derived.zzsList", equalTo("zzs-" + version))
                .body("derived.substancesOfVeryHighConcern[0].listed", equalTo(true));
    }

    @Test
    void adminPublishesACrmListVersionWithCheckedCas() {
        // sorts below 2023 so the default CRM list of other tests stays eu-crm-2023
        String v = Http.unique("1999");
        admin().body("{\"kind\": \"eu-crm\", \"version\": \"" + v + "\", \"source\": \"test\", \"entries\": "
                + "[{\"name\": \"cobalt\", \"cas\": [\"7440-48-5\"]}]}").post("/api/reference/lists").then()
                .statusCode(400).body("field", equalTo("entries[0].cas[0]"));
        admin().body("{\"kind\": \"eu-crm\", \"version\": \"" + v + "\", \"source\": \"test\", \"entries\": "
                + "[{\"name\": \"cobalt\", \"symbols\": [\"Co\"], \"cas\": [\"7440-48-4\"]}]}")
                .post("/api/reference/lists").then().statusCode(201).body("id", equalTo("eu-crm-" + v));
    }
}
