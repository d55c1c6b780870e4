package nl.kringloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer <token>}. No header means an anonymous caller, so public reads work without
 * login. A header with an unknown, revoked or malformed token is remembered on the request and answered 401 by
 * {@link RoleGuard}, which can write problem+json (the container's own 401 page cannot).
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** request attribute set when a presented token was rejected; the value says why */
    public static final String REJECTED = "nl.kringloop.auth.rejected";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            request.setAttribute(REJECTED, "The Authorization header must be 'Bearer <token>'");
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(new BearerTokenCredential(header.substring(7).trim()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(REJECTED, "The API token is unknown or revoked");
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(result);
    }
}
