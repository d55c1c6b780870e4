package nl.kringloop.platform;

import io.restassured.response.Response;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Test;

import static nl.kringloop.mki.Calculator.asCalculator;
import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Every create answers 201 with a Location that answers GET (for a caller allowed to read it) with what was created. */
class CreatedLocationIT {

    /** the Location of a 201, read with GET by the same kind of caller; returns the read */
    private static Response follow(Response created, String token) {
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).as("Location").startsWith(ApiClient.BASE_URI + "/api/");
        Response read = (token == null ? anonymous() : as(token)).get(location);
        assertThat(read.statusCode()).as(location + " " + read.asString()).isEqualTo(200);
        return read;
    }

    @Test
    void organisationPersonTokenPassportAndFeedback() {
        String org = follow(admin().body(Http.json("name", Http.unique("Org"))).post("/api/organisations"), null)
                .path("id");
        Response person = admin().body(Http.json("name", Http.unique("Person")))
                .post("/api/organisations/" + org + "/submitters");
        String token = person.path("token");
        assertThat(follow(person, Http.ADMIN_TOKEN).<String>path("id")).isEqualTo(person.path("person.id"));
        Response newToken = as(token).body("{\"label\": \"second\"}")
                .post("/api/organisations/" + org + "/submitters/" + person.path("person.id") + "/tokens");
        assertThat(follow(newToken, token).<String>path("label")).isEqualTo("second");

        Response passport = as(token).body(PassportIT.document("Laptop", "")).post("/api/passports");
        String id = follow(passport, token).path("id");
        as(token).post("/api/passports/" + id + "/publish").then().statusCode(200);
        Response feedback = anonymous().body("{\"text\": \"no copper?\"}").post("/api/passports/" + id + "/feedback");
        assertThat(follow(feedback, token).<String>path("text")).isEqualTo("no copper?");
    }

    @Test
    void projectVariantLineAndObject() {
        Response project = asCalculator().contentType("application/json").body("""
                {"name": "%s", "objects": [{"id": "o1", "name": "Hoofdrijbaan"}]}""".formatted(Http.unique("Weg")))
                .post("/api/mki/projects");
        String id = follow(project, null).path("project.id");
        Response variant = asCalculator().contentType("application/json").body("{\"label\": \"warm\"}")
                .post("/api/mki/projects/" + id + "/variants");
        assertThat(follow(variant, null).<String>path("project.variantOf")).isEqualTo(id);
        Response object = asCalculator().contentType("application/json").body("{\"id\": \"o2\", \"name\": \"Berm\"}")
                .post("/api/mki/projects/" + id + "/objects");
        assertThat(follow(object, null).<String>path("name")).isEqualTo("Berm");
        assertThat(anonymous().get("/api/mki/projects/" + id + "/objects/none").statusCode()).isEqualTo(404);
    }
}
