package nl.kringloop.organisation;

import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Organisations and the people authorised to submit their data (guideline §3.3 condition 5): the only holder of
 * the {@code EntityManager} for them. Each write is one transaction with its audit entry; refusals are
 * {@link DomainException}s.
 */
@ApplicationScoped
public class OrganisationService {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    PersonTokens tokens;

    public List<Organisation> list(Paging page) {
        return page.apply(em.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class))
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    public Organisation organisation(String id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw DomainException.unknown("Organisation", id);
        }
        return o;
    }

    /** the organisation's name, for views of what it owns; empty when it is gone */
    public Optional<String> name(String id) {
        return Optional.ofNullable(em.find(Organisation.class, id)).map(Organisation::name);
    }

    @Transactional
    public Organisation create(Caller caller, String name, String identifier) {
        if (!em.createQuery("select o from Organisation o where o.name = :n", Organisation.class)
                .setParameter("n", name).getResultList().isEmpty()) {
            throw DomainException.conflict("An organisation named '" + name + "' exists already");
        }
        Organisation org = new Organisation(UUID.randomUUID().toString(), name, identifier, Instant.now());
        em.persist(org);
        audit.record(caller, "create-organisation", "organisation", org.id(), name);
        return org;
    }

    /** one page of the organisation's people, by name */
    public List<Person> people(String orgId, Paging page) {
        organisation(orgId);
        return page.apply(em.createQuery("select a from Person a where a.organisationId = :o order by a.name, a.id",
                Person.class).setParameter("o", orgId)).getResultList();
    }

    public long countPeople(String orgId) {
        return em.createQuery("select count(a) from Person a where a.organisationId = :o", Long.class)
                .setParameter("o", orgId).getSingleResult();
    }

    /** a person of the organisation; unknown when the organisation or the person is, or the person is another's */
    public Person person(PersonRef ref) {
        organisation(ref.organisation());
        Person a = em.find(Person.class, ref.person());
        if (a == null || !ref.organisation().equals(a.organisationId())) {
            throw DomainException.unknown("Person", ref.person());
        }
        return a;
    }

    /** creates the person with their roles and issues their first token, whose secret is shown once */
    @Transactional
    public OrganisationResource.IssuedToken authorise(Caller caller, String orgId, String name, String email,
                                                      Set<String> roles) {
        organisation(orgId);
        Person a = new Person(UUID.randomUUID().toString(), name, email, orgId, roles, Instant.now());
        em.persist(a);
        audit.record(caller, "authorise-person", "organisation", orgId, a.id() + " " + name + " roles " + roles);
        return tokens.issue(caller, a, "first token");
    }

    /**
     * Sets the person's roles under a row lock; {@code check} sees the locked, re-read person first (the If-Match
     * check), so no other write of the person comes between it and this one.
     */
    @Transactional
    public Person setRoles(Caller caller, PersonRef person, Set<String> roles, Consumer<Person> check) {
        Person a = person(person);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        check.accept(a);
        a.roles(roles);
        audit.record(caller, "set-roles", "organisation", person.organisation(), a.id() + " roles " + roles);
        return a;
    }

    /** withdraws the person's authorisation and revokes every token of theirs at once */
    @Transactional
    public void withdraw(Caller caller, PersonRef person) {
        Person a = person(person);
        a.deactivate();
        tokens.of(a.id()).forEach(t -> t.revoke(Instant.now()));
        audit.record(caller, "withdraw-person", "organisation", person.organisation(), a.id());
    }

    public List<ApiToken> tokens(Person a) {
        return tokens.of(a.id());
    }

    /** a token of the person */
    public ApiToken token(Person a, String tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null || !t.personId().equals(a.id())) {
            throw DomainException.unknown("Token", tokenId);
        }
        return t;
    }

    @Transactional
    public OrganisationResource.IssuedToken newToken(Caller caller, PersonRef person, String label) {
        Person a = person(person);
        if (!a.active()) {
            throw DomainException.conflict("The person's authorisation was withdrawn");
        }
        return tokens.issue(caller, a, label);
    }

    @Transactional
    public void revoke(Caller caller, PersonRef person, String tokenId) {
        tokens.revoke(caller, person(person), tokenId);
    }
}
