package nl.kringloop.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.organisation.Organisation;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Roles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Portfolios: owned by an organisation, written by its submitters and the administrator, read by anyone when
 * public and by the owner and the administrator otherwise. Every item must name a published version (or a passport
 * with one) when the portfolio is saved; a refused save stores nothing.
 */
@ApplicationScoped
public class PortfolioService {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    AnalysisService analyses;

    @Inject
    Audit audit;

    /** the validated body of POST/PUT */
    record Body(String name, boolean publicVisible, List<PortfolioItem> items, String organisationId) {
    }

    Body read(String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String name = JsonInput.string(JsonInput.required(o, "name", ""), "name").trim();
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("name", "name: 1 to 200 characters");
        }
        boolean pub = JsonInput.optional(o, "public").map(v -> JsonInput.bool(v, "public")).orElse(false);
        List<PortfolioItem> items = PortfolioItem.read(JsonInput.required(o, "items", ""), "items");
        String org = JsonInput.optional(o, "organisationId").map(v -> JsonInput.string(v, "organisationId")).orElse(null);
        analyses.resolve(items, "items"); // 404 naming the item before anything is written
        return new Body(name, pub, items, org);
    }

    @Transactional
    public Portfolio create(Caller caller, String body) {
        Body b = read(body);
        String org;
        if (caller.isAdmin()) {
            if (b.organisationId() == null) {
                throw DomainException.invalid("organisationId", "organisationId: the administrator names the"
                        + " organisation that owns the portfolio");
            }
            if (em.find(Organisation.class, b.organisationId()) == null) {
                throw DomainException.invalid("organisationId", "organisationId: organisation '" + b.organisationId()
                        + "' does not exist");
            }
            org = b.organisationId();
        } else {
            org = caller.require().organisationId();
            if (b.organisationId() != null && !b.organisationId().equals(org)) {
                throw DomainException.forbidden("A submitter creates portfolios for their own organisation only");
            }
        }
        Instant now = Instant.now();
        Portfolio p = new Portfolio(UUID.randomUUID().toString(), org, now);
        p.set(b.name(), b.publicVisible(), PortfolioItem.write(b.items()), b.items().size(), caller.actorId(), now);
        em.persist(p);
        audit.record(caller, "create-portfolio", "portfolio", p.id(), "'" + b.name() + "', " + b.items().size() + " items");
        return p;
    }

    @Transactional
    public Portfolio update(Caller caller, String id, String body) {
        Portfolio p = em.find(Portfolio.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw DomainException.unknown("Portfolio", id);
        }
        requireEditor(caller, p);
        Body b = read(body);
        if (b.organisationId() != null && !b.organisationId().equals(p.organisationId())) {
            throw DomainException.invalid("organisationId", "organisationId: a portfolio keeps its owner");
        }
        p.set(b.name(), b.publicVisible(), PortfolioItem.write(b.items()), b.items().size(), caller.actorId(), Instant.now());
        audit.record(caller, "edit-portfolio", "portfolio", id, "'" + b.name() + "', " + b.items().size() + " items");
        return p;
    }

    @Transactional
    public void delete(Caller caller, String id) {
        Portfolio p = em.find(Portfolio.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw DomainException.unknown("Portfolio", id);
        }
        requireEditor(caller, p);
        em.remove(p);
        audit.record(caller, "delete-portfolio", "portfolio", id, "'" + p.name() + "'");
    }

    /** the portfolio if the caller may read it: 404 unknown, 401 private and anonymous, 403 private and another's */
    Portfolio readable(Caller caller, String id) {
        Portfolio p = em.find(Portfolio.class, id);
        if (p == null) {
            throw DomainException.unknown("Portfolio", id);
        }
        if (!p.publicVisible()) {
            caller.require();
            if (!caller.mayActFor(p.organisationId())) {
                throw DomainException.forbidden("Portfolio " + id + " is private to its organisation");
            }
        }
        return p;
    }

    static void requireEditor(Caller caller, Portfolio p) {
        if (!caller.isAdmin() && !caller.isMemberWithRole(p.organisationId(), Roles.SUBMITTER)) {
            throw DomainException.forbidden("Only the owning organisation's submitters and the administrator edit portfolio " + p.id());
        }
    }

    List<Portfolio> visible(Caller caller) {
        if (caller.isAdmin()) {
            return em.createQuery("select p from Portfolio p order by p.name, p.id", Portfolio.class).getResultList();
        }
        String org = caller.person().map(a -> a.organisationId()).orElse("");
        return em.createQuery("select p from Portfolio p where p.publicVisible = true or p.organisationId = :o"
                + " order by p.name, p.id", Portfolio.class).setParameter("o", org == null ? "" : org).getResultList();
    }

}
