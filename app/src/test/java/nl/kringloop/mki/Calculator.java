package nl.kringloop.mki;

import io.restassured.specification.RequestSpecification;
import nl.kringloop.passport.Http;

import static nl.kringloop.platform.ApiClient.api;

/**
 * A person with role {@code calculator} (may write MKI projects), authorised through the API by the
 * integration-test server's governance administrator; created once per test run.
 */
public final class Calculator {

    private static volatile String token;

    private Calculator() {
    }

    public static RequestSpecification asCalculator() {
        return api().header("Authorization", "Bearer " + token());
    }

    public static synchronized String token() {
        if (token == null) {
            String org = Http.admin().body(Http.json("name", Http.unique("MKI contractor")))
                    .post("/api/organisations").then().statusCode(201).extract().path("id");
            token = Http.admin().body("{\"name\": \"Calculator\", \"email\": \"mki@example.org\", \"roles\": [\"calculator\"]}")
                    .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract().path("token");
        }
        return token;
    }

    /** A submitter of another organisation, without the calculator role: may not write MKI projects. */
    public static String submitterToken() {
        return Http.newOrganisation().token();
    }
}
