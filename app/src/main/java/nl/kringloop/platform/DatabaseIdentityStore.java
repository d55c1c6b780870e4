package nl.kringloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates API tokens against the database: the SHA-256 of the presented token must belong to a token that
 * is not revoked, of an active account. The caller's name is the account id; its groups are its role names.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof BearerTokenCredential bearer)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        List<Account> found = em.createQuery("select a from Account a, ApiToken t where t.sha256 = :h"
                        + " and t.revokedAt is null and t.accountId = a.id and a.active = true", Account.class)
                .setParameter("h", Tokens.sha256Hex(bearer.token()))
                .getResultList();
        if (found.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = found.get(0);
        return new CredentialValidationResult(a.id(), Set.copyOf(a.roles()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        Account a = em.find(Account.class, validationResult.getCallerPrincipal().getName());
        return a == null ? Set.of() : Set.copyOf(a.roles());
    }
}
