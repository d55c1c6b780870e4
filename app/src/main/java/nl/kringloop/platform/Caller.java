package nl.kringloop.platform;

import nl.kringloop.organisation.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Who is calling, for checks that roles alone cannot express (own organisation only, condition 5). Resources
 * say which roles may call them with {@code @RolesAllowed}; this bean adds the per-organisation rule.
 */
@RequestScoped
public class Caller {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    private String authenticatedId;
    private Optional<Account> account;

    /** Set by {@link BearerAuthentication} for a valid token. */
    void authenticated(String accountId) {
        this.authenticatedId = accountId;
        this.account = null;
    }

    /** The authenticated account, or empty for an anonymous caller. */
    public Optional<Account> account() {
        if (account == null) {
            account = authenticatedId == null ? Optional.empty()
                    : Optional.ofNullable(em.find(Account.class, authenticatedId));
        }
        return account;
    }

    public boolean anonymous() {
        return account().isEmpty();
    }

    public boolean isAdmin() {
        return account().map(a -> a.roles().contains(Roles.ADMIN)).orElse(false);
    }

    /** true for the administrator and for people of the organisation */
    public boolean mayActFor(String organisationId) {
        return isAdmin() || account().map(a -> organisationId.equals(a.organisationId())).orElse(false);
    }

    /** true only for people of the organisation with the given role (the administrator does not count) */
    public boolean isMemberWithRole(String organisationId, String role) {
        return account().map(a -> organisationId.equals(a.organisationId()) && a.roles().contains(role)).orElse(false);
    }

    /** 401 when anonymous; used where a method is open to all roles but not to anonymous callers */
    public Account require() {
        return account().orElseThrow(() -> DomainException.unauthenticated(
                "Send a valid API token: Authorization: Bearer <token>"));
    }

    public String actorId() {
        return account().map(Account::id).orElse("anonymous");
    }

    public String actorName() {
        return account().map(Account::name).orElse("anonymous");
    }
}
