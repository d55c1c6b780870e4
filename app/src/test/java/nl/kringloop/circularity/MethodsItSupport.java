package nl.kringloop.circularity;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** Points RestAssured at the running integration-test server; numbers as doubles so 1e-10 comparisons hold. */
public final class MethodsItSupport {

    private MethodsItSupport() {
    }

    public static void configure() {
        RestAssured.baseURI = nl.kringloop.platform.ApiClient.BASE_URI;
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
