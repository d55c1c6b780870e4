package nl.kringloop.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of everything outside {@code /api} (WEB-INF/web.xml): a mistyped base path or a missing file
 * is answered as problem+json like the API's errors, not with the servlet container's page, which named a Java
 * exception. The API's own errors never come here: {@link ProblemMapper} answers them with a body.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = problem(status, uri != null ? uri.toString() : request.getRequestURI());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    static Problem problem(int status, String path) {
        return switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "Nothing at " + path
                    + "; the API is under /api and described at /openapi/ui");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "This method is not allowed on " + path);
            default -> status >= 500
                    ? Problem.of(status, "internal-error", "Internal error", "The server could not answer " + path)
                    : Problem.of(status, "http-" + status, "HTTP " + status, "The request for " + path
                            + " could not be processed");
        };
    }
}
