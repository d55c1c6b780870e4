package nl.kringloop.platform;

import io.restassured.response.Response;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Test;

import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.as;
import static nl.kringloop.platform.ApiClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic concurrency (docs/api-errors.md): two clients read one resource, both write; the second write names
 * the ETag it read, which is stale, and is refused with 412 — the first edit is not lost.
 */
class LostUpdateIT {

    @Test
    void twoSubmittersEditOneDraftAndTheSecondWithAStaleETagGets412() {
        Http.Org org = Http.newOrganisation();
        Response second = admin().body(Http.json("name", Http.unique("Second"), "email", "s@example.org"))
                .post("/api/organisations/" + org.id() + "/submitters");
        second.then().statusCode(201);
        String anna = org.token();
        String bram = second.path("token");

        Response created = as(anna).body(PassportIT.document("Laptop", "")).post("/api/passports");
        created.then().statusCode(201);
        String id = created.path("id");
        String atCreation = created.header("ETag");
        assertThat(atCreation).matches("\"passport-\\d+\"");

        // both read the same draft, with the same ETag
        String annaRead = as(anna).get("/api/passports/" + id).then().statusCode(200).extract().header("ETag");
        String bramRead = as(bram).get("/api/passports/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(annaRead).isEqualTo(bramRead).isEqualTo(atCreation);

        Response annaWrites = as(anna).header("If-Match", annaRead).body(PassportIT.document("Laptop by Anna", ""))
                .put("/api/passports/" + id);
        annaWrites.then().statusCode(200);
        String afterAnna = annaWrites.header("ETag");
        assertThat(afterAnna).isNotEqualTo(annaRead);

        Response bramWrites = as(bram).header("If-Match", bramRead).body(PassportIT.document("Laptop by Bram", ""))
                .put("/api/passports/" + id);
        assertProblem(bramWrites, 412, "precondition-failed");
        assertThat(bramWrites.jsonPath().getString("detail")).contains(bramRead).contains(afterAnna);
        assertThat(bramWrites.jsonPath().getString("instance")).isEqualTo("/api/passports/" + id);

        // Anna's edit is there, Bram's is not; the ETag did not move
        Response now = as(bram).get("/api/passports/" + id);
        assertThat(now.jsonPath().getString("document.product.name")).isEqualTo("Laptop by Anna");
        assertThat(now.header("ETag")).isEqualTo(afterAnna);

        // read again, merge, repeat: accepted
        as(bram).header("If-Match", afterAnna).body(PassportIT.document("Laptop by Anna and Bram", ""))
                .put("/api/passports/" + id).then().statusCode(200);
        // publishing with a stale ETag is refused too, and nothing is published
        assertProblem(as(anna).header("If-Match", afterAnna).post("/api/passports/" + id + "/publish"), 412,
                "precondition-failed");
        assertThat(as(anna).get("/api/passports/" + id).jsonPath().getString("status")).isEqualTo("draft");
        // without If-Match a write is accepted (documented: last writer wins)
        as(anna).body(PassportIT.document("Laptop, unconditional", "")).put("/api/passports/" + id)
                .then().statusCode(200);
    }

    @Test
    void twoCalculatorsChangeOneProjectAndTheSecondWithAStaleETagGets412() {
        Response created = asCalculator().contentType("application/json").body("""
                {"name": "%s", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
                 "objects": [{"id": "o1", "name": "Hoofdrijbaan"}], "lines": []}""".formatted(Http.unique("Weg")))
                .post("/api/mki/projects");
        created.then().statusCode(201);
        String id = created.path("project.id");
        String read = asCalculator().get("/api/mki/projects/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(read).matches("\"mki-project-\\d+\"");

        Response first = asCalculator().contentType("application/json").header("If-Match", read)
                .body("{\"name\": \"first\"}").patch("/api/mki/projects/" + id);
        first.then().statusCode(200);
        assertThat(first.header("ETag")).isNotEqualTo(read);

        assertProblem(asCalculator().contentType("application/json").header("If-Match", read)
                .body("{\"name\": \"second\"}").patch("/api/mki/projects/" + id), 412, "precondition-failed");
        // an object is part of the project's row: the same ETag guards it
        assertProblem(asCalculator().contentType("application/json").header("If-Match", read)
                .body("{\"id\": \"o2\", \"name\": \"Berm\"}").post("/api/mki/projects/" + id + "/objects"), 412,
                "precondition-failed");
        assertProblem(asCalculator().header("If-Match", read).delete("/api/mki/projects/" + id), 412,
                "precondition-failed");
        Response now = asCalculator().get("/api/mki/projects/" + id);
        assertThat(now.jsonPath().getString("project.name")).isEqualTo("first");
        assertThat(now.jsonPath().getList("document.objects.id")).containsExactly("o1");
        assertThat(now.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aFeedbackStatusAndAPersonsRolesAreGuardedTheSameWay() {
        Http.Org org = Http.newOrganisation();
        String id = PassportIT.create(org, PassportIT.document("Laptop", ""));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        String fid = Http.anonymous().body("{\"text\": \"no copper?\"}").post("/api/passports/" + id + "/feedback")
                .then().statusCode(201).extract().path("id");
        String read = as(org.token()).get("/api/passports/" + id + "/feedback/" + fid).then().statusCode(200)
                .extract().header("ETag");
        as(org.token()).header("If-Match", read).body("{\"status\": \"acknowledged\"}")
                .put("/api/passports/" + id + "/feedback/" + fid).then().statusCode(200);
        assertProblem(as(org.token()).header("If-Match", read).body("{\"status\": \"rejected\"}")
                .put("/api/passports/" + id + "/feedback/" + fid), 412, "precondition-failed");
        assertThat(as(org.token()).get("/api/passports/" + id + "/feedback/" + fid).jsonPath().getString("status"))
                .isEqualTo("acknowledged");

        String person = "/api/organisations/" + org.id() + "/submitters/" + org.submitterId();
        String before = admin().get(person).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", before).body("{\"roles\": [\"submitter\", \"calculator\"]}").put(person + "/roles")
                .then().statusCode(200);
        assertProblem(admin().header("If-Match", before).body("{\"roles\": [\"submitter\"]}").put(person + "/roles"),
                412, "precondition-failed");
        assertThat(admin().get(person).jsonPath().getList("roles")).containsExactlyInAnyOrder("submitter", "calculator");
    }
}
