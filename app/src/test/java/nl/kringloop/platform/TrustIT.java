package nl.kringloop.platform;

import io.restassured.response.Response;
import nl.kringloop.passport.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 12, item by item, against the running server: a refused write stores nothing, a stored write is
 * readable, bad input is a 4xx problem naming the field, concurrency is a 409 or serialised, anonymous input
 * cannot mark a plugin failed, projects belong to an organisation.
 */
class TrustIT {

    record Person(String orgId, String token) {
    }

    static Person calculator() {
        String org = admin().body(Http.json("name", Http.unique("Trust"))).post("/api/organisations")
                .then().statusCode(201).extract().path("id");
        String token = admin().body("{\"name\":\"Trust\",\"roles\":[\"submitter\",\"calculator\"]}")
                .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract().path("token");
        return new Person(org, token);
    }

    static void problem(Response r, int status, String field) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.jsonPath().getString("field")).as(r.asString()).isEqualTo(field);
        }
        assertThat(r.asString()).doesNotContainPattern("nl\\.kringloop\\.|java\\.|Exception|RESTEASY");
    }

    // item 1: the 13-byte number that built a 100 MB document, and a huge number in an unknown member
    @Test
    void importWithAHugeNumberIsRefusedAndStoresNothing() {
        Person p = calculator();
        String name = Http.unique("huge");
        for (String number : List.of("1e1100", "1e100000000", "-1e400", "1e-100000000")) {
            Response r = as(p.token()).body("[{\"product\":{\"name\":\"" + name + "\"},\"values\":{},\"note\":"
                            + number + "}]")
                    .post("/api/passports/import?publish=true");
            problem(r, 400, "[0].note");
        }
        // unknown members are refused by rule, never stored blind
        problem(as(p.token()).body("[{\"product\":{\"name\":\"" + name + "\"},\"values\":{},\"note\":1}]")
                .post("/api/passports/import?publish=true"), 400, "[0].note");
        assertThat(anonymous().get("/api/passports?text=" + name).then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
    }

    // item 1: a derived value that overflows is refused before the draft is stored; publish publishes nothing
    @Test
    void anOverflowingDerivedValueRefusesTheEditAndLeavesTheDraftAsItWas() {
        Person p = calculator();
        String id = as(p.token()).body("{\"product\":{\"name\":\"trust\"},\"values\":{}}").post("/api/passports")
                .then().statusCode(201).extract().path("id");
        Response r = as(p.token()).body("{\"product\":{\"name\":\"changed\"},\"values\":{\"B1\":{\"productionGram\":1e308,"
                + "\"transportGram\":1e308,\"method\":\"m\"}}}").put("/api/passports/" + id);
        problem(r, 400, "values");
        assertThat(r.jsonPath().getString("detail")).contains("ghg.totalGram");
        as(p.token()).get("/api/passports/" + id + "?draft=true").then().statusCode(200)
                .body("document.product.name", equalTo("trust"));
        List<String> actions = as(p.token()).get("/api/passports/" + id + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).doesNotContain("edit-draft");
        // publishing the untouched draft works, and the version is readable by everyone
        as(p.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        anonymous().get("/api/passports/" + id).then().statusCode(200).body("version", equalTo(1));
    }

    // item 2: a null manufacturer is dropped (null = absent), so the JSON-LD export of the published version works
    @Test
    void aNullMemberIsDroppedAndTheExportOfThePublishedPassportWorks() {
        Person p = calculator();
        String id = as(p.token()).body("[{\"product\":{\"name\":\"n\",\"manufacturer\":null},\"values\":{}}]")
                .post("/api/passports/import?publish=true").then().statusCode(201).extract().path("ids[0]");
        anonymous().get("/api/passports/" + id + "/export.jsonld").then().statusCode(200);
        anonymous().get("/api/passports/" + id).then().statusCode(200);
    }

    // item 2: nesting, charset, text over a column, invalid text
    @Test
    void inputLimitsAnswer4xxProblemsNamingTheField() {
        Person p = calculator();
        problem(as(p.token()).body("[".repeat(1000) + "]".repeat(1000)).post("/api/mki/calculate"), 400,
                "[0]".repeat(64));
        problem(as(p.token()).contentType("application/json; charset=ISO-8859-1").body("{}").post("/api/mki/projects"), 415, null);
        problem(as(p.token()).body("{\"name\":\"" + "n".repeat(501) + "\"}").post("/api/mki/projects"), 400, "name");
        problem(as(p.token()).body("{\"name\":\"a\\ud800b\"}").post("/api/mki/projects"), 400, "name");
        problem(as(p.token()).body("{\"name\":\"a\",\"name\":\"b\"}").post("/api/mki/projects"), 400, "name");
    }

    // item 3: query values are read strictly and named
    @Test
    void badQueryValuesAre400NamingTheParameter() {
        problem(anonymous().get("/api/passports?limit=abc"), 400, "limit");
        problem(anonymous().get("/api/passports?limit=%"), 400, null);
        Person p = calculator();
        String id = as(p.token()).body("{\"product\":{\"name\":\"q\"},\"values\":{}}").post("/api/passports")
                .then().statusCode(201).extract().path("id");
        problem(as(p.token()).get("/api/passports/" + id + "?draft=maybe"), 400, "draft");
        problem(anonymous().get("/api/passports/" + id + "/export.csv?version=abc"), 400, "version");
        problem(anonymous().get("/api/passports?text=" + "q".repeat(20_000)), 414, null);
    }

    // item 4: anonymous input that overflows is the caller's 400; the public plugin stays started
    @Test
    void anOverflowingBillOfMaterialsDoesNotMarkTheCpfPluginFailed() {
        Response r = anonymous().body("{\"components\":[{\"id\":\"c\",\"unitMassGram\":1,\"unitsPerProduct\":1e308}]}")
                .post("/api/circularity/cpf");
        problem(r, 400, "components[0]");
        var plugins = anonymous().get("/api/methodologies").then().statusCode(200).extract().jsonPath();
        assertThat(plugins.getString("plugins.find { it.id == 'cpf' }.state")).isEqualTo("STARTED");
        // the extension is not marked FAILED by the caller's input (it was, until a valid call came)
        assertThat(plugins.getList("plugins.find { it.id == 'cpf' }.extensions.state", String.class))
                .containsOnly("AVAILABLE");
        anonymous().body("{\"components\":[{\"id\":\"c\",\"unitMassGram\":100,\"unitsPerProduct\":1}]}")
                .post("/api/circularity/cpf").then().statusCode(200);
    }

    // item 2: a weighted value that overflows names the input instead of "invalid-json … MkiResult"
    @Test
    void anOverflowingWeightedProfileIs400NamingTheInput() {
        problem(anonymous().body("{\"A1-A3\":{\"AP\":1e308}}").post("/api/methodologies/weightings/nmd-set-1/apply"),
                400, "the module values");
    }

    // item 8: a PATCH that would make the result fail is refused now
    @Test
    void patchIsValidatedBeforeItIsStored() {
        Person p = calculator();
        String id = as(p.token()).body("{\"name\":\"patch\"}").post("/api/mki/projects").then().statusCode(201)
                .extract().path("project.id");
        problem(as(p.token()).body("{\"weighting\":\"nope\"}").patch("/api/mki/projects/" + id), 400, "weighting");
        problem(as(p.token()).body("{\"name\":null}").patch("/api/mki/projects/" + id), 400, "name");
        anonymous().get("/api/mki/projects/" + id).then().statusCode(200).body("project.name", equalTo("patch"))
                .body("document.weighting", equalTo("nmd-set-1"));
        anonymous().get("/api/mki/projects/" + id + "/result").then().statusCode(200);
    }

    // item 9: another organisation's calculator cannot rename or delete; the administrator can
    @Test
    void onlyTheOwningOrganisationsCalculatorsAndTheAdministratorChangeAProject() {
        Person owner = calculator();
        Person other = calculator();
        String id = as(owner.token()).body("{\"name\":\"mine\"}").post("/api/mki/projects").then().statusCode(201)
                .extract().path("project.id");
        problem(as(other.token()).body("{\"name\":\"theirs\"}").patch("/api/mki/projects/" + id), 403, null);
        problem(as(other.token()).delete("/api/mki/projects/" + id), 403, null);
        String demo = anonymous().get("/api/mki/projects").then().extract().jsonPath()
                .getString("find { it.illustrative }.id");
        if (demo != null) {
            problem(as(other.token()).body("{\"name\":\"x\"}").patch("/api/mki/projects/" + demo), 403, null);
        }
        as(owner.token()).body("{\"name\":\"renamed\"}").patch("/api/mki/projects/" + id).then().statusCode(200);
        admin().delete("/api/mki/projects/" + id).then().statusCode(204);
    }

    // item 2: concurrent changes of one project never answer 500; every acknowledged line is stored
    @Test
    void concurrentLineAdditionsAreSerialisedAndAllStored() throws Exception {
        Person p = calculator();
        String id = as(p.token()).body("{\"name\":\"race\",\"objects\":[{\"id\":\"o\",\"name\":\"o\"}],\"cards\":"
                        + "[{\"id\":\"c\",\"name\":\"c\",\"dataCategory\":\"1\",\"unit\":\"kg\",\"impacts\":{\"A1-A3\":{\"GWP\":1}}}]}")
                .post("/api/mki/projects").then().statusCode(201).extract().path("project.id");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String line = "{\"id\":\"L" + i + "\",\"object\":\"o\",\"card\":\"c\",\"quantity\":1,\"unit\":\"kg\","
                    + "\"flow\":\"entering\"}";
            answers.add(pool.submit(() -> as(p.token()).body(line).post("/api/mki/projects/" + id + "/lines").statusCode()));
            int n = i;
            answers.add(pool.submit(() -> as(p.token()).body("{\"serviceLifeYears\":" + (40 + n) + "}")
                    .patch("/api/mki/projects/" + id).statusCode()));
        }
        int added = 0;
        for (int i = 0; i < answers.size(); i++) {
            int status = answers.get(i).get();
            assertThat(status).isIn(200, 201, 409);
            if (i % 2 == 0 && status == 201) {
                added++;
            }
        }
        pool.shutdown();
        int stored = anonymous().get("/api/mki/projects/" + id).then().statusCode(200).extract().jsonPath()
                .getList("document.lines").size();
        assertThat(stored).isEqualTo(added);
    }

    // item 2: one unique name created by several at once: one 201, the others 409, never a 500
    @Test
    void concurrentCreationOfTheSameOrganisationIsOneCreatedAndConflicts() throws Exception {
        String body = Http.json("name", Http.unique("Twin"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> admin().body(body).post("/api/organisations").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).as(statuses.toString()).containsOnly(201, 409).containsOnlyOnce(201);
    }
}
