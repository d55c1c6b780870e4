package nl.kringloop.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The documentation of every problem type at its type URI, {@code /problems/<slug>} (RFC 9457 §3.1.1: the type
 * URI, when dereferenced, should give human-readable documentation), and the list of all at {@code /problems}.
 * Served by the register itself, so a register without internet access documents its own answers.
 */
@WebServlet(urlPatterns = {"/problems", "/problems/*"})
public class ProblemTypeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String slug = info == null ? "" : info.replaceFirst("^/", "");
        StringBuilder body = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (slug.isEmpty()) {
            body.append("<title>Kringloop problem types</title></head><body><h1>Problem types</h1>")
                    .append("<p>Every error of the Kringloop API is an RFC 9457 problem (application/problem+json)")
                    .append(" whose <code>type</code> is one of these pages.</p><dl>");
            ProblemTypes.all().values().forEach(t -> body.append("<dt><a href=\"problems/").append(t.slug())
                    .append("\">").append(t.slug()).append("</a> (").append(t.status()).append(")</dt><dd>")
                    .append(html(t.title())).append("</dd>"));
            body.append("</dl></body></html>");
        } else {
            ProblemTypes.Type t = ProblemTypes.find(slug).orElse(null);
            if (t == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body.append("<title>").append(html(t.title())).append(" — Kringloop problem type</title></head><body>")
                    .append("<h1>").append(html(t.title())).append("</h1><p>Type <code>").append(html(slug))
                    .append("</code>, HTTP status ").append(t.status()).append(".</p><p>").append(html(t.when()))
                    .append("</p><p>Members of the problem: <code>type</code>, <code>title</code>, <code>status</code>,")
                    .append(" <code>detail</code>, <code>instance</code> (the request's path) always; <code>field</code>,")
                    .append(" <code>rule</code>, <code>errors</code>, <code>incidentId</code> when they apply.</p>")
                    .append("<p><a href=\"../problems\">All problem types</a></p></body></html>");
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** the catalogue's text, with its `code` marks, as HTML */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("`([^`]*)`", "<code>$1</code>");
    }
}
