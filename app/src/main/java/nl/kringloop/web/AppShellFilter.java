package nl.kringloop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Deep links of the web pages ({@code /passports/{id}/versions/{n}}, {@code /projects/{id}} …) opened directly in a
 * browser get the app shell ({@code index.html}), whose router draws the page from the API. Only a browser's page
 * request is forwarded (GET with {@code text/html} in Accept, a first path segment the pages own): {@code /api},
 * static files and a client asking for JSON keep their own answers, including the problem+json 404 of
 * {@code ErrorPageServlet} for a path outside the API.
 */
@WebFilter(urlPatterns = "/*")
public class AppShellFilter extends HttpFilter {

    /** first path segments of the pages (see app/router.js); reports and portfolios come with their APIs */
    static final Set<String> PAGES = Set.of("passports", "submit", "admin", "projects", "cards", "calculate",
            "methodologies", "portfolios", "reports", "signin");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPageRequest(request.getMethod(), request.getHeader("Accept"),
                request.getRequestURI().substring(request.getContextPath().length()))) {
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isPageRequest(String method, String accept, String path) {
        if (!"GET".equals(method) || accept == null || !accept.contains("text/html")) {
            return false;
        }
        String[] segments = path.split("/");
        return segments.length > 1 && PAGES.contains(segments[1]) && !segments[segments.length - 1].contains(".");
    }
}
