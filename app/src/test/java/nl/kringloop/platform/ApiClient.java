package nl.kringloop.platform;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Entry point of the HTTP integration tests: the server the build started (profile "it"). */
public final class ApiClient {

    public static final String BASE_URI = System.getProperty("kringloop.baseUri", "http://localhost:9181");

    private ApiClient() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().baseUri(BASE_URI).urlEncodingEnabled(false);
    }
}
