package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kringloop.platform.ApiClient.api;
import static org.assertj.core.api.Assertions.assertThat;

/** What the running server shows — the API document, methods, rules, reference lists — cites no team notes. */
class CitationsIT {

    @Test
    void servedTextsCiteSourcesOrDocsOnly() {
        for (String path : List.of("/openapi", "/api/methodologies", "/api/circularity", "/api/circularity/cpf/steps",
                "/api/reference/lists", "/api/reference/lists/eu-crm-2023")) {
            String body = api().get(path).then().statusCode(200).extract().asString();
            assertThat(CitationsTest.TEAM_NOTES.matcher(body).find()).as(path).isFalse();
        }
        // and the CPF result names its method version and the docs that publish it
        assertThat(api().get("/api/circularity/cpf").then().statusCode(200).extract().asString())
                .contains("Kringloop CPF 1.1 docs/methods/cpf.md");
    }
}
