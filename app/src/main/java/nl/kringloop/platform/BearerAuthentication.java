package nl.kringloop.platform;

import nl.kringloop.organisation.ApiToken;
import nl.kringloop.organisation.Person;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * {@code Authorization: Bearer <token>}: the SHA-256 of the presented token must belong to a token that is not
 * revoked, of an active person (the token itself is never stored). That person becomes the request's caller
 * ({@link Caller}, and the JAX-RS {@link SecurityContext} with the person's roles). No header means an anonymous
 * caller, so public reads work without login. A header with an unknown, revoked or malformed token is remembered
 * on the request and answered 401 by {@link RoleGuard}, as problem+json.
 * <p>
 * A JAX-RS filter rather than Jakarta Security's HttpAuthenticationMechanism: the same contract without Liberty's
 * appSecurity feature and its SSL, LTPA and JASPIC services, which lengthened every start (issue 3,
 * docs/benchmarks.md).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class BearerAuthentication implements ContainerRequestFilter {

    /** request property set when a presented token was rejected; the value says why */
    static final String REJECTED = "nl.kringloop.auth.rejected";

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Authorization");
        if (header == null || header.isBlank()) {
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            request.setProperty(REJECTED, "The Authorization header must be 'Bearer <token>'");
            return;
        }
        List<Person> found = em.createQuery("select a from Person a, ApiToken t where t.sha256 = :h"
                        + " and t.revokedAt is null and t.personId = a.id and a.active = true", Person.class)
                .setParameter("h", Tokens.sha256Hex(header.substring(7).trim()))
                .getResultList();
        if (found.isEmpty()) {
            request.setProperty(REJECTED, "The API token is unknown or revoked");
            return;
        }
        Person person = found.get(0);
        caller.authenticated(person.id());
        request.setSecurityContext(new PersonSecurityContext(person.id(), Set.copyOf(person.roles()),
                request.getSecurityContext().isSecure()));
    }

    /** The caller as JAX-RS sees it: principal name = person id, roles = the person's role names. */
    record PersonSecurityContext(String personId, Set<String> roles, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return () -> personId;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
