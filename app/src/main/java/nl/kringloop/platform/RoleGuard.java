package nl.kringloop.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method before the
 * container's own check, so that the answers are problem+json: no or a rejected token on a protected method ⇒
 * 401, an authenticated caller without the role ⇒ 403. A rejected token is 401 on public methods too: a client
 * that sends bad credentials should learn so instead of silently reading as anonymous.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RoleGuard implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Object rejected = request.getProperty(BearerAuthentication.REJECTED);
        if (rejected != null) {
            throw DomainException.unauthenticated(rejected.toString());
        }
        Method m = resource.getResourceMethod();
        if (m == null) {
            return;
        }
        if (m.isAnnotationPresent(DenyAll.class)) {
            throw DomainException.forbidden("Nobody may call this method");
        }
        RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
        if (allowed == null && !m.isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext sc = request.getSecurityContext();
        if (sc.getUserPrincipal() == null) {
            throw DomainException.unauthenticated("This request needs an API token with role "
                    + String.join(" or ", allowed.value()) + ": Authorization: Bearer <token>");
        }
        for (String role : allowed.value()) {
            if (sc.isUserInRole(role)) {
                return;
            }
        }
        throw DomainException.forbidden("This request needs role " + String.join(" or ", allowed.value()));
    }

}
