package nl.kringloop.platform;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of this web module (WEB-INF/web.xml): a mistyped base path or a missing file is answered as
 * problem+json like the API's errors, not with the servlet container's page, which named a Java exception. The
 * API's errors normally never come here ({@link ProblemMapper} answers them with a body); one that escapes
 * JAX-RS does, and a fault is logged under an incident id as the mapper does. {@code /health} and
 * {@code /openapi} are Liberty's own web modules and keep their own answers.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Jsonb JSON = JsonbSettings.JSONB;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        Problem problem = problem(status, path).answering(ProblemResponses.base(URI.create(
                request.getRequestURL().toString()).resolve(request.getContextPath() + "/api/")), path);
        if (problem.incidentId() != null) {
            LOG.log(Level.SEVERE, "Unexpected fault at " + path + ", incident " + problem.incidentId(),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        // bytes, not the writer: the failed resource may already have taken the writer or the stream
        byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerTaken) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }

    static Problem problem(int status, String path) {
        if (status == 404) {
            return Problem.notFound("Nothing at " + path + "; the API is under /api and described at /openapi/ui");
        }
        if (status == 405) {
            return Problem.methodNotAllowed("This method is not allowed on " + path);
        }
        if (status == 400) {
            // the web container's refusal of a path it cannot decode (%00, %0d%0a, %ZZ): not echoed back
            return Problem.of(400, "bad-request", "Bad request", "The request URI holds a character that is not"
                    + " allowed or not properly percent-encoded (RFC 3986 §2.1)");
        }
        if (status >= 500) {
            return Problem.internalError(UUID.randomUUID().toString());
        }
        return Problem.of(status, "http-" + status, "HTTP " + status, "The request for " + path
                + " could not be processed");
    }
}
