package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON limits of {@link InputLimits}, once the request is matched to its resource method: checked here,
 * before authentication, unless the method reads its body through {@link InputLimits#limited} and says so with
 * {@link CheckedWhileRead}. A request that matches no operation is answered 404 or 405 without its body parsed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class JsonBodyLimits implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(InputLimits.UNCHECKED_JSON) instanceof byte[] body) {
            request.removeProperty(InputLimits.UNCHECKED_JSON);
            if (resource.getResourceMethod() == null
                    || !resource.getResourceMethod().isAnnotationPresent(CheckedWhileRead.class)) {
                InputLimits.checkJson(body);
            }
        }
    }
}
