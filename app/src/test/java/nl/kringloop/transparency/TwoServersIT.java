package nl.kringloop.transparency;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers on one PostgreSQL database (PostgreSQL round: kringloop-it-pg and kringloop-it-pg-b, started at once
 * by the build on an empty database). What one writes the other reads at once; a passport published on both at
 * once gets one new version and one 409; a reference list published through one is used by the other; the
 * start-up seeding of both together stored everything once.
 */
class TwoServersIT {

    static RequestSpecification b(String token) {
        RequestSpecification r = RestAssured.given().baseUri(Databases.SECOND_BASE_URI).contentType(ContentType.JSON);
        return token == null ? r : r.header("Authorization", "Bearer " + token);
    }

    @BeforeAll
    static void secondServerReady() throws Exception {
        Assumptions.assumeTrue(Databases.postgresql() && Databases.SECOND_BASE_URI != null, "PostgreSQL round only");
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (b(null).get("/health/ready").statusCode() != 200) {
            assertThat(Instant.now()).as(b(null).get("/health/ready").asString()).isBefore(until);
            Thread.sleep(500);
        }
    }

    @Test
    void bothServersStartedAtOnceSeededTheDatabaseOnce() throws Exception {
        try (Connection c = Databases.connect()) {
            assertThat(count(c, "select count(*) from KL_ACCOUNT where ID = 'governance-admin'")).isEqualTo(1);
            // both were configured with the same token: registered once, not twice, not revoked by the other
            // (other tests add tokens of the administrator's own through /api/me/tokens)
            String configured = nl.kringloop.platform.Tokens.sha256Hex(System.getProperty("kringloop.adminToken"));
            assertThat(count(c, "select count(*) from KL_API_TOKEN where ACCOUNTID = 'governance-admin' and REVOKEDAT is null"
                    + " and SHA256 = '" + configured + "'")).isEqualTo(1);
            assertThat(count(c, "select count(*) from MKI_PROJECT where ILLUSTRATIVE = true and VARIANT_OF is null"))
                    .isEqualTo(1);
            assertThat(count(c, "select count(*) from KL_GUIDELINE_VERSION")).isGreaterThanOrEqualTo(1);
            assertThat(count(c, "select count(*) from KL_AUDIT where ACTION = 'publish-reference-list' and ACTORID = 'system'")).isEqualTo(4);
            assertThat(count(c, "select count(*) from KL_AUDIT where ACTION = 'create-account' and SUBJECTID = 'governance-admin'")).isEqualTo(1);
        }
        // and both serve the same log key (one key file, shared)
        assertThat(b(null).get("/api/log/key").<String>path("keyId"))
                .isEqualTo(Http.anonymous().get("/api/log/key").<String>path("keyId"));
    }

    @Test
    void aWriteOnOneServerIsReadOnTheOtherAtOnce() {
        Http.Org org = Http.newOrganisation();
        String id = PassportIT.create(org, PassportIT.document(Http.unique("Both"), ""));
        assertThat(b(org.token()).get("/api/passports/" + id).<String>path("status")).isEqualTo("draft");
        b(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        as(null).get("/api/passports/" + id).then().statusCode(200);
        assertThat(as(null).get("/api/passports/" + id).<Integer>path("version")).isEqualTo(1);
        // an edit on A, seen by B right away: no stale entity cache on B
        as(org.token()).body(PassportIT.document(Http.unique("Both"), ", \"C1.2\": {\"years\": 3}"))
                .put("/api/passports/" + id).then().statusCode(200);
        assertThat(b(org.token()).get("/api/passports/" + id).<Integer>path("draftVersion")).isEqualTo(2);
    }

    @Test
    void aVersionPublishedThroughOneServerIsInTheOthersAnalysesAtOnce() {
        Http.Org org = Http.newOrganisation();
        // B's analysis facts are loaded (this or an earlier test), before A publishes anything of this organisation
        assertThat(b(null).get("/api/analyses/organisations/" + org.id()).then().statusCode(200).extract()
                .<Integer>path("scope.products")).isZero();
        String first = PassportIT.create(org, PassportIT.document(Http.unique("Facts"), ""));
        as(org.token()).post("/api/passports/" + first + "/publish").then().statusCode(200);
        assertThat(b(null).get("/api/analyses/organisations/" + org.id()).<Integer>path("scope.products")).isEqualTo(1);
        b(null).get("/api/passports/" + first + "/analysis").then().statusCode(200);
        String second = PassportIT.create(org, PassportIT.document(Http.unique("Facts"), ""));
        as(org.token()).post("/api/passports/" + second + "/publish").then().statusCode(200);
        assertThat(b(null).get("/api/analyses/organisations/" + org.id()).<Integer>path("scope.products")).isEqualTo(2);
    }

    @Test
    void anEditThroughOneServerMakesTheOthersETagStaleAnd412() {
        Http.Org org = Http.newOrganisation();
        String id = PassportIT.create(org, PassportIT.document(Http.unique("Tagged"), ""));
        // one client reads through A, another through B: the same draft, the same tag (the row's version)
        String readOnA = as(org.token()).get("/api/passports/" + id).then().statusCode(200).extract().header("ETag");
        String readOnB = b(org.token()).get("/api/passports/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(readOnB).isEqualTo(readOnA);
        as(org.token()).header("If-Match", readOnA).body(PassportIT.document("Written on A", ""))
                .put("/api/passports/" + id).then().statusCode(200);
        // B has no cache to go stale: the write through B with the tag read before is refused, nothing is stored
        Response stale = b(org.token()).header("If-Match", readOnB).body(PassportIT.document("Written on B", ""))
                .put("/api/passports/" + id);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(b(org.token()).get("/api/passports/" + id).<String>path("document.product.name")).isEqualTo("Written on A");
    }

    @Test
    void publishingOnePassportOnBothServersAtOnceGivesOneVersionAndOne409() throws Exception {
        for (int round = 0; round < 3; round++) {
            Http.Org org = Http.newOrganisation();
            String id = PassportIT.create(org, PassportIT.document(Http.unique("Race"), ""));
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (RequestSpecification server : List.of(as(org.token()), b(org.token()))) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return server.post("/api/passports/" + id + "/publish");
                }));
            }
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Response::statusCode).sorted().toList();
            assertThat(statuses).isEqualTo(List.of(200, 409));
            assertThat(as(null).get("/api/passports/" + id + "/versions").jsonPath().getList("version")).containsExactly(1);
            assertThat(TransparencyLogIT.entryOf(id, 1)).isNotNull();
        }
    }

    @Test
    void aReferenceListPublishedThroughOneServerIsUsedByTheOther() {
        String version = Http.unique("2099");
        // asked for on B before it exists: refused, and B must not remember that
        Http.Org org = Http.newOrganisation();
        String body = PassportIT.document(Http.unique("Lists"), "").replace("\"crm\": \"eu-crm-2023\"",
                "\"crm\": \"eu-crm-" + version + "\"");
        assertThat(b(org.token()).body(body).post("/api/passports").statusCode()).isEqualTo(400);
        Http.admin().body("{\"kind\": \"eu-crm\", \"version\": \"" + version + "\", \"source\": \"test\", \"entries\": "
                + "[{\"name\": \"cobalt\", \"symbols\": [\"Co\"], \"cas\": [\"7440-48-4\"]}]}")
                .post("/api/reference/lists").then().statusCode(201);
        String id = b(org.token()).body(body).post("/api/passports").then().statusCode(201).extract().path("id");
        assertThat(b(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200).extract()
                .<List<String>>path("derived.criticalRawMaterials.crm")).containsExactly("cobalt");
    }

    /**
     * Each server keeps compiled projects (nl.kringloop.mki.CompiledProjects) keyed on the stored row's revision: a
     * what-if edit through one is in the other's summary at once, however the other had the project compiled.
     */
    @Test
    void aWhatIfEditThroughOneServerIsInTheOthersSummaryAtOnce() {
        String token = nl.kringloop.mki.Calculator.token();
        String id = as(token).body(nl.kringloop.mki.MkiWhatIfIT.SMALL).post("/api/mki/projects").then().statusCode(201)
                .extract().path("project.id");
        String summary = "/api/mki/projects/" + id + "/result/summary";
        // B compiles and keeps the project at its first revision: 86.5 euro (MkiWhatIfIT's hand figures)
        assertThat(b(null).get(summary).jsonPath().getDouble("totalMkiEuro")).isEqualTo(86.5);
        String tag = as(token).get("/api/mki/projects/" + id).then().extract().header("ETag");
        as(token).header("If-Match", tag).header("Prefer", "return=minimal").body("{\"quantity\": 300}")
                .patch("/api/mki/projects/" + id + "/lines/L1").then().statusCode(204);
        // L1 100 → 300 t: 211.5 euro, on B too
        assertThat(b(null).get(summary).jsonPath().getDouble("totalMkiEuro")).isEqualTo(211.5);
        // and the other way round, with B's tag refused on A once A has written again
        String tagOnB = b(token).get("/api/mki/projects/" + id).then().extract().header("ETag");
        b(token).header("If-Match", tagOnB).header("Prefer", "return=minimal").body("{\"quantity\": 0}")
                .patch("/api/mki/projects/" + id + "/lines/L2").then().statusCode(204);
        assertThat(as(null).get(summary).jsonPath().getDouble("totalMkiEuro")).isEqualTo(187.5);
        assertThat(as(token).header("If-Match", tagOnB).body("{\"quantity\": 5}")
                .patch("/api/mki/projects/" + id + "/lines/L2").statusCode()).isEqualTo(412);
        assertThat(b(null).get("/api/mki/projects/" + id + "/result").jsonPath().getDouble("totalMkiEuro")).isEqualTo(187.5);
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
