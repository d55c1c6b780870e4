package nl.kringloop.passport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Kringloop's JSON-LD context, version 1, at {@code /ns/kringloop/v1} (issue 15): the terms the passport export adds
 * beside UNTP's, each mapped to an IRI under {@code https://kringloop.nl/ns/kringloop/v1#}. Served from the WAR, so
 * a register without internet access serves it too; a published version never changes (a new meaning gets v2).
 */
@WebServlet("/" + PassportExport.KRINGLOOP_CONTEXT_PATH)
public class KringloopContextServlet extends HttpServlet {

    static final String RESOURCE = "/nl/kringloop/passport/kringloop-context-v1.jsonld";
    private static final byte[] CONTEXT = load();
    private static final String ETAG = "\"" + CanonicalJson.sha256(new String(CONTEXT, StandardCharsets.UTF_8)) + "\"";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", ETAG);
        response.setHeader("Cache-Control", "public, max-age=86400");
        // JSON-LD processors in browsers (playgrounds, wallets) load contexts cross-origin
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (ETAG.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/ld+json");
        response.setContentLength(CONTEXT.length);
        response.getOutputStream().write(CONTEXT);
    }

    static byte[] load() {
        try (InputStream in = KringloopContextServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
