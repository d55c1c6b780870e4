package nl.kringloop.platform;

import nl.kringloop.organisation.Person;
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
    private Optional<Person> person;

    /** Set by {@link BearerAuthentication} for a valid token. */
    void authenticated(String personId) {
        this.authenticatedId = personId;
        this.person = null;
    }

    /** The authenticated person, or empty for an anonymous caller. */
    public Optional<Person> person() {
        if (person == null) {
            person = authenticatedId == null ? Optional.empty()
                    : Optional.ofNullable(em.find(Person.class, authenticatedId));
        }
        return person;
    }

    public boolean anonymous() {
        return person().isEmpty();
    }

    public boolean isAdmin() {
        return person().map(a -> a.roles().contains(Roles.ADMIN)).orElse(false);
    }

    /** true for the administrator and for people of the organisation */
    public boolean mayActFor(String organisationId) {
        return isAdmin() || person().map(a -> organisationId.equals(a.organisationId())).orElse(false);
    }

    /** true only for people of the organisation with the given role (the administrator does not count) */
    public boolean isMemberWithRole(String organisationId, String role) {
        return person().map(a -> organisationId.equals(a.organisationId()) && a.roles().contains(role)).orElse(false);
    }

    /** 401 when anonymous; used where a method is open to all roles but not to anonymous callers */
    public Person require() {
        return person().orElseThrow(() -> DomainException.unauthenticated(
                "Send a valid API token: Authorization: Bearer <token>"));
    }

    public String actorId() {
        return person().map(Person::id).orElse("anonymous");
    }

    public String actorName() {
        return person().map(Person::name).orElse("anonymous");
    }
}
