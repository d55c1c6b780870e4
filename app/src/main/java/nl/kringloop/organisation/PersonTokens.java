package nl.kringloop.organisation;

import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Roles;
import nl.kringloop.platform.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's API tokens: listed without secrets, issued (the secret shown once), revoked at once. Used for the
 * people of organisations ({@link OrganisationResource}) and for every caller's own tokens, the administrator's
 * included ({@link MeResource}). Runs in the caller's transaction.
 */
@ApplicationScoped
public class PersonTokens {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    /** every token of the person, revoked ones too, oldest first */
    public List<ApiToken> of(String personId) {
        return em.createQuery("select t from ApiToken t where t.personId = :a order by t.createdAt", ApiToken.class)
                .setParameter("a", personId).getResultList();
    }

    public OrganisationResource.IssuedToken issue(Caller caller, Person a, String label) {
        String token = Tokens.newToken();
        ApiToken t = new ApiToken(UUID.randomUUID().toString(), a.id(), Tokens.sha256Hex(token), label,
                Tokens.displayPrefix(token), Instant.now());
        em.persist(t);
        audit.record(caller, "issue-token", subjectType(a), subjectId(a), a.id() + " token " + t.id());
        return new OrganisationResource.IssuedToken(OrganisationResource.PersonView.of(a),
                OrganisationResource.TokenView.of(t), token);
    }

    /**
     * Revokes one of the person's tokens; from then on it answers 401. The administrator's last valid token is
     * kept (409): without it governance could only come back by restarting with a new {@code kringloop.admin.token}.
     *
     * @throws DomainException (unknown) when the person has no such token
     */
    public void revoke(Caller caller, Person a, String tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || !t.personId().equals(a.id())) {
            throw DomainException.unknown("Token", tokenId);
        }
        if (!t.revoked() && a.roles().contains(Roles.ADMIN) && valid(a.id()) <= 1) {
            throw DomainException.conflict("This is the administrator's last valid token; create a new one first"
                    + " (POST /api/me/tokens), then revoke this one");
        }
        t.revoke(Instant.now());
        audit.record(caller, "revoke-token", subjectType(a), subjectId(a), a.id() + " token " + t.id());
    }

    private long valid(String personId) {
        return em.createQuery("select count(t) from ApiToken t where t.personId = :a and t.revokedAt is null",
                Long.class).setParameter("a", personId).getSingleResult();
    }

    /** people's token changes go to their organisation's trail (as before), the administrator's to subject type account */
    private static String subjectType(Person a) {
        return a.organisationId() == null ? "account" : "organisation";
    }

    private static String subjectId(Person a) {
        return a.organisationId() == null ? a.id() : a.organisationId();
    }
}
