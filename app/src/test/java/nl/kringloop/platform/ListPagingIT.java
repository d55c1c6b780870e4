package nl.kringloop.platform;

import io.restassured.response.Response;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list that can grow is answered one page at a time, with its total in {@code X-Total-Count} and RFC 8288
 * {@code Link} headers (issue 12 item 5, issue 15 item 5): read from the served OpenAPI document, so a list added
 * later without paging fails here.
 */
class ListPagingIT {

    /**
     * Arrays answered whole, each bounded by what it lists: the loaded plugins' methods and shadow-price sets, the
     * CPF method's fixed steps, and a project's realisation table (one row per line, written back whole by PUT).
     */
    private static final Set<String> WHOLE = Set.of("/api/circularity", "/api/circularity/cpf/steps",
            "/api/methods", "/api/methodologies/weightings", "/api/mki/projects/{id}/realisation");

    @SuppressWarnings("unchecked")
    private static List<String> arrayLists(boolean paged) {
        Map<String, Map<String, Object>> paths = anonymous().accept("application/json").get("/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> out = new ArrayList<>();
        paths.forEach((path, ops) -> {
            Map<String, Object> get = (Map<String, Object>) ops.get("get");
            if (get == null) {
                return;
            }
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) get.get("responses")).get("200");
            Map<String, Object> json = ok == null || ok.get("content") == null ? null
                    : (Map<String, Object>) ((Map<String, Object>) ok.get("content")).get("application/json");
            if (json == null || !"array".equals(((Map<String, Object>) json.get("schema")).get("type"))) {
                return;
            }
            List<Map<String, Object>> params = (List<Map<String, Object>>) get.getOrDefault("parameters", List.of());
            boolean takesLimit = params.stream().anyMatch(p -> "limit".equals(p.get("name")));
            if (takesLimit == paged) {
                out.add(path);
            }
        });
        return out;
    }

    private static String rel(Response r, String rel) {
        return r.headers().getValues("Link").stream().filter(l -> l.endsWith("rel=\"" + rel + "\"")).findFirst()
                .map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
    }

    /** a page of one: the total is a number, the body holds min(1, total) items, first and last are linked */
    private static long pageOfOne(Response r, String path) {
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.header("X-Total-Count")).as(path + " X-Total-Count").isNotNull();
        long total = Long.parseLong(r.header("X-Total-Count"));
        assertThat(r.<List<?>>path("$")).as(path + " items").hasSize((int) Math.min(1, total));
        assertThat(rel(r, "first")).as(path + " first").endsWith("offset=0&limit=1");
        assertThat(rel(r, "last")).as(path + " last").endsWith("offset=" + Math.max(0, total - 1) + "&limit=1");
        assertThat(rel(r, "next") != null).as(path + " next").isEqualTo(total > 1);
        return total;
    }

    @Test
    void everyListOfTheDocumentIsPagedButTheBoundedOnes() {
        assertThat(arrayLists(false)).containsExactlyInAnyOrderElementsOf(WHOLE);
        // the lists without a path parameter: an organisation's own passports as its submitter, the others as the
        // administrator (who may read each of them)
        Http.Org org = Http.newOrganisation();
        List<String> plain = arrayLists(true).stream().filter(p -> !p.contains("{")).toList();
        assertThat(plain).contains("/api/portfolios", "/api/analyses/supply-risk-lists", "/api/reference/lists",
                "/api/guideline/versions", "/api/mki/cards", "/api/mki/cards/versions", "/api/mki/reference/annex-d");
        for (String path : plain) {
            pageOfOne((path.equals("/api/passports/mine") ? as(org.token()) : admin()).get(path + "?limit=1"), path);
        }
    }

    @Test
    void thePagedListsOfOneResourceFollowTheirLinks() {
        Http.Org org = Http.newOrganisation();
        String id = as(org.token()).body(PassportIT.document(Http.unique("Versies"), "")).post("/api/passports")
                .then().statusCode(201).extract().path("id");
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        as(org.token()).body(PassportIT.document(Http.unique("Versies"), "")).put("/api/passports/" + id)
                .then().statusCode(200);
        // version 1 published and the draft 2: two entries, the supplier sees both, one page each
        Response first = as(org.token()).get("/api/passports/" + id + "/versions?limit=1");
        assertThat(pageOfOne(first, "versions")).isEqualTo(2);
        assertThat(first.<Integer>path("[0].version")).isEqualTo(1);
        Response second = as(org.token()).get(rel(first, "next"));
        assertThat(second.<Integer>path("[0].version")).isEqualTo(2);
        assertThat(second.<String>path("[0].status")).isEqualTo("draft");
        // anyone sees the published one only
        assertThat(pageOfOne(anonymous().get("/api/passports/" + id + "/versions?limit=1"), "versions")).isEqualTo(1);

        // the illustrative demo project: its variants, issued reports and a register
        String demo = anonymous().get("/api/mki/projects?limit=1000").then().statusCode(200).extract()
                .path("find { it.illustrative == true }.id");
        String base = "/api/mki/projects/" + demo;
        pageOfOne(anonymous().get(base + "/variants?limit=1"), "variants");
        pageOfOne(anonymous().get(base + "/reports?limit=1"), "reports");
        pageOfOne(anonymous().get(base + "/registers/scope-changes?limit=1"), "register");
        assertThat(anonymous().get(base + "/variants?limit=0").statusCode()).isEqualTo(400);
    }
}
