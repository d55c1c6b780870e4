package nl.kringloop.platform;

import io.restassured.response.Response;
import nl.kringloop.passport.Http;
import nl.kringloop.passport.PassportIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static nl.kringloop.passport.Http.admin;
import static nl.kringloop.passport.Http.anonymous;
import static nl.kringloop.passport.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP conventions for integrators (issue 15 item 5): gzip, the public address instead of the Host header,
 * X-Forwarded-* only from trusted proxies (the IT server trusts 127.0.0.1), CORS (reads from anywhere, writes from
 * {@code https://integrator.example} only; src/test/liberty/config/configDropins/overrides/http.xml).
 */
class HttpConventionsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String INTEGRATOR = "https://integrator.example";

    @Test
    void answersAreGzipWhenTheClientAcceptsItAndTheSameBytesUnpacked() throws Exception {
        HttpResponse<byte[]> packed = get("/api/methodologies", "gzip, deflate");
        HttpResponse<byte[]> plain = get("/api/methodologies", null);
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(packed.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(packed.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8)).contains("nmd-set-1");
        // problems too; and q=0 means "not gzip"
        HttpResponse<byte[]> problem = get("/api/passports/no-such-passport", "gzip");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(gunzip(problem.body())).contains("\"status\":404");
        assertThat(get("/api/methodologies", "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void locationsProblemTypesAndExportedIdsDoNotFollowTheHostHeader() {
        String evil = "evil.example:6666";
        Response created = admin().header("Host", evil).body(Http.json("name", Http.unique("Host org")))
                .post("/api/organisations");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(ApiClient.BASE_URI + "/api/organisations/");
        Response missing = anonymous().header("Host", evil).get("/api/passports/no-such-passport");
        assertThat(missing.jsonPath().getString("type")).isEqualTo(ApiClient.BASE_URI + "/problems/not-found");

        Http.Org org = Http.newOrganisation();
        String id = PassportIT.create(org, PassportIT.document(Http.unique("Hosted"), ""));
        as(org.token()).post("/api/passports/" + id + "/publish").then().statusCode(200);
        String export = anonymous().header("Host", evil).get("/api/passports/" + id + "/export.jsonld").asString();
        assertThat(export).contains(ApiClient.BASE_URI + "/").doesNotContain("evil.example");
    }

    @Test
    void forwardedHeadersOfATrustedProxyNameThePublicAddress() {
        Response r = anonymous().header("X-Forwarded-Host", "register.example.nl").header("X-Forwarded-Proto", "https")
                .get("/api/passports/no-such-passport");
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://register.example.nl/problems/not-found");
        Response port = anonymous().header("X-Forwarded-Host", "register.example.nl")
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Port", "8088")
                .get("/api/passports/no-such-passport");
        assertThat(port.jsonPath().getString("type")).isEqualTo("http://register.example.nl:8088/problems/not-found");
    }

    @Test
    void forwardedHeadersOfAnyoneElseAreIgnored() throws Exception {
        // ::1 is this machine too, but not in kringloop.trustedProxies (127.0.0.1)
        int port = URI.create(ApiClient.BASE_URI).getPort();
        boolean ipv6 = false;
        try (Socket s = new Socket("::1", port)) {
            ipv6 = s.isConnected();
        } catch (IOException e) {
            // no IPv6 loopback here
        }
        Assumptions.assumeTrue(ipv6, "the server is not reachable on ::1");
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://[::1]:" + port
                + "/api/passports/no-such-passport")).header("X-Forwarded-Host", "register.example.nl")
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"type\":\"" + ApiClient.BASE_URI + "/problems/not-found\"");
    }

    @Test
    void aPageOfAnyOriginMayReadButOnlyConfiguredOriginsMayWrite() {
        // preflights
        Response readPreflight = anonymous().header("Origin", "https://other.example")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization")
                .options("/api/passports");
        assertThat(readPreflight.statusCode()).isEqualTo(204);
        assertThat(readPreflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(readPreflight.header("Access-Control-Allow-Headers")).contains("Authorization");
        Response foreignWrite = anonymous().header("Origin", "https://other.example")
                .header("Access-Control-Request-Method", "POST").options("/api/organisations");
        assertThat(foreignWrite.statusCode()).isEqualTo(204);
        assertThat(foreignWrite.header("Access-Control-Allow-Origin")).isNull();
        Response integratorWrite = anonymous().header("Origin", INTEGRATOR)
                .header("Access-Control-Request-Method", "PUT").options("/api/organisations");
        assertThat(integratorWrite.header("Access-Control-Allow-Origin")).isEqualTo(INTEGRATOR);
        assertThat(integratorWrite.header("Access-Control-Allow-Methods")).contains("PUT", "PATCH", "DELETE");
        assertThat(integratorWrite.header("Access-Control-Allow-Headers")).contains("If-Match", "Content-Type");

        // a read from anywhere names no origin, and exposes the headers a client needs
        Response read = anonymous().header("Origin", "https://other.example").get("/api/methodologies");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(read.header("Access-Control-Expose-Headers")).contains("ETag", "Location", "Link");

        // a write from another origin is refused before anything runs, and stores nothing
        String refusedName = Http.unique("0 cross-origin"); // "0" sorts it onto the first page of organisations
        Response refused = admin().header("Origin", "https://other.example").body(Http.json("name", refusedName))
                .post("/api/organisations");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("field")).isEqualTo("Origin");
        assertThat(admin().get("/api/organisations?limit=1000").asString()).doesNotContain(refusedName);

        // from the integrator's origin, and from the register's own pages (same origin), writes go through
        Response allowed = admin().header("Origin", INTEGRATOR).body(Http.json("name", Http.unique("Integrator org")))
                .post("/api/organisations");
        assertThat(allowed.statusCode()).isEqualTo(201);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(INTEGRATOR);
        Response own = admin().header("Origin", ApiClient.BASE_URI).body(Http.json("name", Http.unique("Own org")))
                .post("/api/organisations");
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(own.header("Access-Control-Allow-Origin")).isNull();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ApiClient.BASE_URI + path));
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
