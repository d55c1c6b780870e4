package nl.kringloop.mki;

import io.restassured.specification.RequestSpecification;

import java.util.UUID;

import static nl.kringloop.platform.ApiClient.api;

/**
 * A person with role {@code calculator}, created through the API by the integration-test server's governance
 * administrator (token from failsafe's system property {@code kringloop.adminToken}).
 */
final class Calculator {

    static final String ADMIN_TOKEN = System.getProperty("kringloop.adminToken", "");
    private static volatile String token;

    private Calculator() {
    }

    static RequestSpecification asCalculator() {
        return api().header("Authorization", "Bearer " + token());
    }

    static RequestSpecification asAdmin() {
        return api().header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    static synchronized String token() {
        if (token == null) {
            String org = asAdmin().contentType("application/json")
                    .body("{\"name\": \"MKI contractor " + UUID.randomUUID() + "\"}")
                    .post("/api/organisations").then().statusCode(201).extract().path("id");
            token = asAdmin().contentType("application/json")
                    .body("{\"name\": \"Calculator\", \"email\": \"mki@example.org\", \"roles\": [\"calculator\"]}")
                    .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract().path("token");
        }
        return token;
    }

    /** A submitter without the calculator role: may not write MKI projects. */
    static String submitterToken() {
        String org = asAdmin().contentType("application/json")
                .body("{\"name\": \"Passport org " + UUID.randomUUID() + "\"}")
                .post("/api/organisations").then().statusCode(201).extract().path("id");
        return asAdmin().contentType("application/json")
                .body("{\"name\": \"Submitter\", \"roles\": [\"submitter\"]}")
                .post("/api/organisations/" + org + "/submitters").then().statusCode(201).extract().path("token");
    }
}
