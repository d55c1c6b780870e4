package nl.kringloop.passport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;

/**
 * What the integration tests share: the server's base URI and admin token (system properties set by failsafe),
 * and helpers that create fresh organisations and submitters with unique names, so no test depends on another's data.
 */
public final class Http {

    public static final String BASE_URI = nl.kringloop.platform.ApiClient.BASE_URI;
    public static final String ADMIN_TOKEN = System.getProperty("kringloop.adminToken", "");

    static {
        // decimals as double, so closeTo and equalTo(62.5) compare without float rounding
        RestAssured.config = RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private Http() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(BASE_URI).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return token == null ? anonymous() : anonymous().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification admin() {
        return as(ADMIN_TOKEN);
    }

    /** A JSON object from alternating names and values (no binding library on the test class path). */
    public static String json(Object... nameValues) {
        var b = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            String k = (String) nameValues[i];
            if (v instanceof Number n) {
                b.add(k, jakarta.json.Json.createValue(n.doubleValue()));
            } else if (v instanceof jakarta.json.JsonValue j) {
                b.add(k, j);
            } else {
                b.add(k, String.valueOf(v));
            }
        }
        return b.build().toString();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An organisation with one submitter. */
    public record Org(String id, String name, String submitterId, String token) {
    }

    public static Org newOrganisation() {
        String name = unique("Org");
        String id = admin().body(json("name", name)).post("/api/organisations")
                .then().statusCode(201).extract().path("id");
        Response r = admin().body(json("name", unique("Person"), "email", "p@example.org"))
                .post("/api/organisations/" + id + "/submitters");
        r.then().statusCode(201);
        return new Org(id, name, r.path("person.id"), r.path("token"));
    }
}
