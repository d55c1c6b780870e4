package nl.kringloop.passport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role (anonymous, submitter of organisation A, submitter of organisation B, administrator),
 * asserting the status each time. Each cell gets fresh data: organisation A with a published passport P (version 1),
 * a draft version 2, a feedback F and a spare token, so no cell depends on another.
 */
class AuthorizationMatrixIT {

    enum Role { ANONYMOUS, SUBMITTER_A, SUBMITTER_B, ADMIN }

    /** What a cell needs: A's ids and tokens. */
    record Fixture(Http.Org a, Http.Org b, String passport, String feedback, String spareToken) {
    }

    record Endpoint(String name, Function<Fixture, String> path, String method, Function<Fixture, String> body,
                    String contentType, int[] expected) {
    }

    static final Http.Org ORG_B = Http.newOrganisation();

    static Fixture fixture() {
        Http.Org a = Http.newOrganisation();
        String p = as(a.token()).body(PassportIT.document(Http.unique("Matrix"), "")).post("/api/passports")
                .then().statusCode(201).extract().path("id");
        as(a.token()).post("/api/passports/" + p + "/publish").then().statusCode(200);
        as(a.token()).body(PassportIT.document(Http.unique("Matrix"), "")).put("/api/passports/" + p).then().statusCode(200);
        String f = anonymous().body("{\"text\": \"check A1.1\"}").post("/api/passports/" + p + "/feedback")
                .then().statusCode(201).extract().path("id");
        String t = as(a.token()).post(tokens(a)).then().statusCode(201).extract().path("info.id");
        return new Fixture(a, ORG_B, p, f, t);
    }

    private static Fixture shared;

    static synchronized Fixture shared() {
        if (shared == null) {
            shared = fixture();
        }
        return shared;
    }

    static String tokens(Http.Org a) {
        return "/api/organisations/" + a.id() + "/submitters/" + a.submitterId() + "/tokens";
    }

    static int[] s(int anonymous, int submitterA, int submitterB, int admin) {
        return new int[]{anonymous, submitterA, submitterB, admin};
    }

    static Endpoint get(String name, Function<Fixture, String> path, int[] expected) {
        return new Endpoint(name, path, "GET", f -> null, "application/json", expected);
    }

    static Endpoint write(String method, String name, Function<Fixture, String> path, Function<Fixture, String> body,
                          int[] expected) {
        return new Endpoint(name, path, method, body, "application/json", expected);
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            get("list organisations", f -> "/api/organisations", s(200, 200, 200, 200)),
            write("POST", "create organisation", f -> "/api/organisations", f -> Http.json("name", Http.unique("O")), s(401, 403, 403, 201)),
            get("show organisation", f -> "/api/organisations/" + f.a().id(), s(200, 200, 200, 200)),
            get("list people", f -> "/api/organisations/" + f.a().id() + "/submitters", s(401, 200, 403, 200)),
            write("POST", "authorise person", f -> "/api/organisations/" + f.a().id() + "/submitters",
                    f -> Http.json("name", Http.unique("P")), s(401, 403, 403, 201)),
            write("PUT", "set roles", f -> "/api/organisations/" + f.a().id() + "/submitters/" + f.a().submitterId() + "/roles",
                    f -> "{\"roles\": [\"submitter\", \"calculator\"]}", s(401, 403, 403, 200)),
            write("DELETE", "withdraw person", f -> "/api/organisations/" + f.a().id() + "/submitters/" + f.a().submitterId(),
                    f -> null, s(401, 403, 403, 204)),
            get("list tokens", f -> tokens(f.a()), s(401, 200, 403, 200)),
            write("POST", "new token", f -> tokens(f.a()), f -> null, s(401, 201, 403, 201)),
            write("DELETE", "revoke token", f -> tokens(f.a()) + "/" + f.spareToken(), f -> null, s(401, 204, 403, 204)),
            get("me", f -> "/api/me", s(401, 200, 200, 200)),
            get("own tokens", f -> "/api/me/tokens", s(401, 200, 200, 200)),
            write("POST", "new own token", f -> "/api/me/tokens", f -> null, s(401, 201, 201, 201)),
            // through /api/me only the caller's own: another's token is not found
            write("DELETE", "revoke own token", f -> "/api/me/tokens/" + f.spareToken(), f -> null, s(401, 204, 404, 404)),
            get("search passports", f -> "/api/passports?crm=cobalt", s(200, 200, 200, 200)),
            write("POST", "create passport", f -> "/api/passports", f -> PassportIT.document(Http.unique("M"), ""),
                    s(401, 201, 201, 403)),
            write("POST", "import passports", f -> "/api/passports/import?publish=true",
                    f -> "[" + PassportIT.document(Http.unique("I"), "") + "]", s(401, 201, 201, 403)),
            get("read passport", f -> "/api/passports/" + f.passport(), s(200, 200, 200, 200)),
            get("read draft", f -> "/api/passports/" + f.passport() + "?draft=true", s(401, 200, 403, 200)),
            // the submitter's own worklist: every role that submits; the administrator does not submit
            get("own passports", f -> "/api/passports/mine", s(401, 200, 200, 403)),
            write("PUT", "edit passport", f -> "/api/passports/" + f.passport(), f -> PassportIT.document(Http.unique("M"), ""),
                    s(401, 200, 403, 403)),
            write("DELETE", "discard draft", f -> "/api/passports/" + f.passport() + "/draft", f -> null, s(401, 204, 403, 403)),
            write("POST", "publish", f -> "/api/passports/" + f.passport() + "/publish", f -> null, s(401, 200, 403, 403)),
            get("list versions", f -> "/api/passports/" + f.passport() + "/versions", s(200, 200, 200, 200)),
            get("read version 1", f -> "/api/passports/" + f.passport() + "/versions/1", s(200, 200, 200, 200)),
            get("read draft version 2", f -> "/api/passports/" + f.passport() + "/versions/2", s(401, 200, 403, 200)),
            write("PUT", "edit published version 1", f -> "/api/passports/" + f.passport() + "/versions/1",
                    f -> PassportIT.document(Http.unique("M"), ""), s(401, 409, 403, 403)),
            write("PUT", "edit draft version 2", f -> "/api/passports/" + f.passport() + "/versions/2",
                    f -> PassportIT.document(Http.unique("M"), ""), s(401, 200, 403, 403)),
            get("completeness", f -> "/api/passports/" + f.passport() + "/completeness", s(200, 200, 200, 200)),
            get("audit trail", f -> "/api/passports/" + f.passport() + "/audit", s(401, 200, 403, 200)),
            get("export JSON-LD", f -> "/api/passports/" + f.passport() + "/export.jsonld", s(200, 200, 200, 200)),
            get("export CSV", f -> "/api/passports/" + f.passport() + "/export.csv", s(200, 200, 200, 200)),
            get("export XLSX", f -> "/api/passports/" + f.passport() + "/export.xlsx", s(200, 200, 200, 200)),
            new Endpoint("import passports from CSV", f -> "/api/passports/import", "POST",
                    f -> "productName,code\n" + Http.unique("Csv") + ",\n", "text/csv", s(401, 201, 201, 403)),
            get("read feedback", f -> "/api/passports/" + f.passport() + "/feedback", s(401, 200, 403, 200)),
            write("POST", "give feedback", f -> "/api/passports/" + f.passport() + "/feedback",
                    f -> "{\"text\": \"hello\"}", s(201, 201, 201, 201)),
            write("PUT", "set feedback status", f -> "/api/passports/" + f.passport() + "/feedback/" + f.feedback(),
                    f -> "{\"status\": \"acknowledged\"}", s(401, 200, 403, 403)),
            get("guideline versions", f -> "/api/guideline/versions", s(200, 200, 200, 200)),
            get("guideline version", f -> "/api/guideline/versions/2025-1", s(200, 200, 200, 200)),
            write("POST", "define guideline version", f -> "/api/guideline/versions",
                    f -> "{\"id\": \"" + Http.unique("g") + "\", \"required\": [\"A1.1\"]}", s(401, 403, 403, 201)),
            get("reference lists", f -> "/api/reference/lists", s(200, 200, 200, 200)),
            get("reference list", f -> "/api/reference/lists/eu-crm-2023", s(200, 200, 200, 200)),
            write("POST", "publish reference list", f -> "/api/reference/lists",
                    f -> "{\"kind\": \"eu-crm\", \"version\": \"" + Http.unique("1999") + "\", \"source\": \"matrix\","
                            + " \"entries\": [{\"name\": \"cobalt\"}]}", s(401, 403, 403, 201)),
            new Endpoint("import ZZS", f -> "/api/reference/lists/zzs/import?version=" + Http.unique("m"), "POST",
                    f -> "CAS;name\n7439-92-1;lead\n", "text/csv", s(401, 403, 403, 201)));

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (Role role : Role.values()) {
                int expected = e.expected()[role.ordinal()];
                tests.add(DynamicTest.dynamicTest(e.method() + " " + e.name() + " as " + role + " ⇒ " + expected, () -> {
                    // reads change nothing, so they share one fixture; every write gets its own
                    Fixture f = "GET".equals(e.method()) ? shared() : fixture();
                    RequestSpecification req = switch (role) {
                        case ANONYMOUS -> anonymous();
                        case SUBMITTER_A -> as(f.a().token());
                        case SUBMITTER_B -> as(f.b().token());
                        case ADMIN -> admin();
                    };
                    req.contentType(e.contentType());
                    String body = e.body().apply(f);
                    if (body != null) {
                        req.body(body);
                    }
                    Response r = req.request(e.method(), e.path().apply(f));
                    assertThat(r.statusCode()).as(e.method() + " " + e.path().apply(f) + " as " + role + ": "
                            + r.asString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }
}
