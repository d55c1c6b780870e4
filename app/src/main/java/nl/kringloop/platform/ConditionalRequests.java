package nl.kringloop.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands a request's {@code If-Match} to {@link Preconditions}, and sends the {@code ETag} of the resource a
 * successful answer shows (a problem carries none).
 */
@Provider
public class ConditionalRequests implements ContainerRequestFilter, ContainerResponseFilter {

    @Inject
    Preconditions preconditions;

    @Override
    public void filter(ContainerRequestContext request) {
        preconditions.ifMatch(request.getHeaderString("If-Match"));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 300 && preconditions.current() != null) {
            response.getHeaders().putSingle("ETag", preconditions.current());
        }
    }
}
