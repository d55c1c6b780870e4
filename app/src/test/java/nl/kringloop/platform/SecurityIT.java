package nl.kringloop.platform;

import nl.kringloop.passport.Http;
import org.junit.jupiter.api.Test;


import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Bearer tokens, the bootstrapped administrator, token life cycle; every refusal as problem+json. */
class SecurityIT {

    @Test
    void bootstrappedAdministratorIsAdmin() {
        admin().get("/api/me").then().statusCode(200).body("roles", hasItem("admin"));
    }

    @Test
    void noTokenOnProtectedEndpointIs401ProblemJson() {
        anonymous().body(Http.json("name", Http.unique("x"))).post("/api/organisations").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void unknownTokenIs401EvenOnPublicReads() {
        as("kl_not-a-real-token").get("/api/organisations").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void submitterIsForbiddenAdminWork() {
        Http.Org org = Http.newOrganisation();
        as(org.token()).get("/api/me").then().statusCode(200).body("roles", hasItem("submitter"))
                .body("organisationId", equalTo(org.id()));
        as(org.token()).body(Http.json("name", Http.unique("x"))).post("/api/organisations").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void tokenIsShownOnceStoredAsHashAndRevocable() {
        Http.Org org = Http.newOrganisation();
        String base = "/api/organisations/" + org.id() + "/submitters/" + org.submitterId() + "/tokens";
        var issued = as(org.token()).body("{\"label\": \"laptop\"}").post(base).then().statusCode(201).extract();
        String second = issued.path("token");
        String secondId = issued.path("info.id");
        as(second).get("/api/me").then().statusCode(200);
        // the listing never repeats a secret
        as(org.token()).get(base).then().statusCode(200).body("token", everyItem(nullValue()));
        as(org.token()).delete(base + "/" + secondId).then().statusCode(204);
        as(second).get("/api/me").then().statusCode(401);
        as(org.token()).get("/api/me").then().statusCode(200);
    }

    @Test
    void adminGrantsCalculatorRole() {
        Http.Org org = Http.newOrganisation();
        admin().body("{\"roles\": [\"submitter\", \"calculator\"]}")
                .put("/api/organisations/" + org.id() + "/submitters/" + org.submitterId() + "/roles")
                .then().statusCode(200).body("roles", hasItem("calculator"));
        as(org.token()).get("/api/me").then().body("roles", hasItem("calculator"));
    }
}
