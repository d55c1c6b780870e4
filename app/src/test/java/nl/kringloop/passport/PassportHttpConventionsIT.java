package nl.kringloop.passport;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP conventions of the register (issue 15 item 5): lists in pages with X-Total-Count and RFC 8288 Link headers,
 * immutable published versions with ETag, Cache-Control and 304, content negotiation on the passport URL, and the
 * Location of an import.
 */
class PassportHttpConventionsIT {

    private static String published(Http.Org org, String name) {
        String id = as(org.token()).body(PassportIT.document(name, "")).post("/api/passports")
                .then().statusCode(201).extract().path("id");
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static List<String> links(Response r) {
        return r.headers().getValues("Link");
    }

    private static String rel(Response r, String rel) {
        return links(r).stream().filter(l -> l.endsWith("rel=\"" + rel + "\"")).findFirst()
                .map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
    }

    @Test
    void theSearchIsPagedWithATotalAndLinks() {
        Http.Org org = Http.newOrganisation();
        String word = Http.unique("Pagina").replace("-", "");
        for (int i = 0; i < 3; i++) {
            published(org, word + i);
        }
        // 3 found, pages of 2: the first page links next (offset 2) and last (offset 2), and no prev
        Response first = anonymous().get("/api/passports?text=" + word + "&limit=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.<Integer>path("total")).isEqualTo(3);
        assertThat(first.<List<?>>path("items")).hasSize(2);
        assertThat(rel(first, "next")).isEqualTo("/api/passports?text=" + word + "&offset=2&limit=2");
        assertThat(rel(first, "last")).isEqualTo("/api/passports?text=" + word + "&offset=2&limit=2");
        assertThat(rel(first, "prev")).isNull();
        // following next: the last page, one item, prev back to 0 and no next
        Response last = anonymous().get(rel(first, "next"));
        assertThat(last.<List<?>>path("items")).hasSize(1);
        assertThat(rel(last, "prev")).isEqualTo("/api/passports?text=" + word + "&offset=0&limit=2");
        assertThat(rel(last, "next")).isNull();
    }

    @Test
    void everyListOfTheRegisterSendsItsTotal() {
        Http.Org org = Http.newOrganisation();
        String id = published(org, "Lijst");
        for (int i = 0; i < 3; i++) {
            anonymous().body("{\"text\": \"remark " + i + "\"}").post("/api/passports/" + id + "/feedback")
                    .then().statusCode(201);
        }
        Response feedback = as(org.token()).get("/api/passports/" + id + "/feedback?limit=2");
        assertThat(feedback.header("X-Total-Count")).isEqualTo("3");
        assertThat(feedback.<List<?>>path("$")).hasSize(2);
        assertThat(rel(feedback, "next")).endsWith("/feedback?offset=2&limit=2");

        // create-draft, publish and three feedback entries: 5
        Response audit = as(org.token()).get("/api/passports/" + id + "/audit?limit=1");
        assertThat(audit.header("X-Total-Count")).isEqualTo("5");
        assertThat(rel(audit, "last")).endsWith("/audit?offset=4&limit=1");

        Response mine = as(org.token()).get("/api/passports/mine");
        assertThat(mine.header("X-Total-Count")).isEqualTo("1");
        Response people = admin().get("/api/organisations/" + org.id() + "/submitters");
        assertThat(people.header("X-Total-Count")).isEqualTo("1");
        Response tokens = as(org.token()).get("/api/organisations/" + org.id() + "/submitters/" + org.submitterId()
                + "/tokens");
        assertThat(tokens.header("X-Total-Count")).isEqualTo("1");
        Response organisations = anonymous().get("/api/organisations?limit=1");
        assertThat(Long.parseLong(organisations.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
        assertThat(rel(organisations, "first")).isEqualTo("/api/organisations?offset=0&limit=1");
        Response projects = anonymous().get("/api/mki/projects?limit=1");
        assertThat(projects.header("X-Total-Count")).isNotNull();
        assertThat(rel(projects, "first")).isEqualTo("/api/mki/projects?offset=0&limit=1");
    }

    @Test
    void aPublishedVersionIsImmutableAndAnswers304() {
        Http.Org org = Http.newOrganisation();
        String id = published(org, "Onveranderlijk");
        Response v1 = anonymous().get("/api/passports/" + id + "/versions/1");
        assertThat(v1.statusCode()).isEqualTo(200);
        String tag = v1.header("ETag");
        assertThat(tag).startsWith("\"pv-").endsWith("\"");
        assertThat(v1.header("Cache-Control")).contains("immutable").contains("max-age=31536000");
        assertThat(v1.<Object>path("latestPublishedVersion")).isNull();

        Response again = anonymous().header("If-None-Match", tag).get("/api/passports/" + id + "/versions/1");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(tag);

        // version 2 is published: version 1's bytes and tag stay what they were, for the submitter too
        as(org.token()).body(PassportIT.document("Onveranderlijk2", "")).put("/api/passports/" + id)
                .then().statusCode(200);
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        Response later = as(org.token()).get("/api/passports/" + id + "/versions/1");
        assertThat(later.header("ETag")).isEqualTo(tag);
        assertThat(later.asString()).isEqualTo(v1.asString());
        assertThat(anonymous().get("/api/passports/" + id).<Integer>path("latestPublishedVersion")).isEqualTo(2);
        assertThat(anonymous().header("If-None-Match", "\"pv-other\"").get("/api/passports/" + id + "/versions/1")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void thePassportUrlNegotiatesJsonLdAndCsv() {
        Http.Org org = Http.newOrganisation();
        String id = published(org, "Onderhandeld");
        Response ld = anonymous().accept("application/ld+json").get("/api/passports/" + id);
        assertThat(ld.statusCode()).isEqualTo(200);
        assertThat(ld.contentType()).startsWith("application/ld+json");
        assertThat(ld.header("Vary")).contains("Accept");
        assertThat(ld.asString()).isEqualTo(anonymous().get("/api/passports/" + id + "/export.jsonld").asString());

        Response csv = anonymous().accept("text/csv").get("/api/passports/" + id);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).startsWith("passportId,").contains(id);

        Response json = anonymous().accept("application/json").get("/api/passports/" + id);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.<String>path("id")).isEqualTo(id);

        Response xml = anonymous().accept("application/xml").get("/api/passports/" + id);
        assertThat(xml.statusCode()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(xml.<String>path("type")).endsWith("/not-acceptable");
    }

    @Test
    void anImportAnswersWithALocationThatAnswersGet() {
        Http.Org org = Http.newOrganisation();
        Response one = as(org.token()).body("[" + PassportIT.document("ImportEen", "") + "]")
                .post("/api/passports/import");
        assertThat(one.statusCode()).as(one.asString()).isEqualTo(201);
        String onlyId = one.<List<String>>path("ids").get(0);
        Response read = as(org.token()).get(one.header("Location"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.<String>path("id")).isEqualTo(onlyId);

        Response two = as(org.token()).body("[" + PassportIT.document("ImportTwee", "") + ","
                + PassportIT.document("ImportDrie", "") + "]").post("/api/passports/import?publish=true");
        assertThat(two.statusCode()).isEqualTo(201);
        Response list = as(org.token()).get(two.header("Location"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.<List<String>>path("id")).containsAll(two.<List<String>>path("ids"));
    }
}
