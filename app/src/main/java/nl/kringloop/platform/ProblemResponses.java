package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

/**
 * Every problem of {@code /api} as it leaves the server (RFC 9457 in full): its {@code type} resolved to the page
 * that documents it on this server ({@link ProblemTypeServlet}) and the request's path as its {@code instance}.
 * Covers the answers of resources, of {@link ProblemMapper} and of the request filters that refuse a request.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class ProblemResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p) {
            // the base is the public address already ({@link PublicAddress} rewrote the request before matching)
            response.setEntity(p.answering(request.getUriInfo().getBaseUri().resolve("../"), path(request.getUriInfo())),
                    response.getEntityAnnotations(), response.getMediaType());
        }
    }

    /**
     * The request's path as sent (percent-encoded), from the base and the path alone: the request URI as a whole
     * is not read, as its query may be malformed ({@code ?q=%}), which is exactly when a problem answers it.
     */
    static String path(UriInfo uri) {
        String base = uri.getBaseUri().getRawPath();
        String relative = uri.getPath(false);
        if (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        return (base.endsWith("/") ? base : base + "/") + relative;
    }

    /**
     * The server's base URL for type URIs of answers outside JAX-RS ({@link ErrorPageServlet}):
     * {@code kringloop.publicBaseUrl} when configured, otherwise the web module's root in the request's URI (the
     * API's base is its {@code api/}).
     */
    static URI base(URI requestBase) {
        String configured = ConfigProvider.getConfig().getOptionalValue("kringloop.publicBaseUrl", String.class)
                .filter(s -> !s.isBlank()).orElse(null);
        if (configured != null) {
            return URI.create(configured.endsWith("/") ? configured : configured + "/");
        }
        return requestBase == null ? null : requestBase.resolve("../");
    }
}
