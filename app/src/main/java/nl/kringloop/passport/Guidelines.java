package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Guideline versions; the first, from the seed, requires A1.1–C4.1 as the guideline lists them (Leidraad circulair productpaspoort). */
@ApplicationScoped
public class Guidelines {

    public static final String FIRST = "2025-1";

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    @Transactional
    void onStart(@Observes Startup ignored) {
        if (em.find(GuidelineVersion.class, FIRST) == null) {
            em.persist(new GuidelineVersion(FIRST, "Circular Product Passport guideline, first version (seed)",
                    GuidelineCodes.ORDER, List.of(), List.of(), "All variables A1.1–C4.1 of the guideline are required;"
                    + " A1.3 is derived by the register from A1.1 and the EU CRM list.", Instant.now(), "system"));
            audit.record("system", "start-up", "publish-guideline-version", "guideline", FIRST, "seed");
        }
    }

    public List<GuidelineVersion> all() {
        return em.createQuery("select g from GuidelineVersion g order by g.publishedAt, g.id", GuidelineVersion.class)
                .getResultList();
    }

    public Optional<GuidelineVersion> find(String id) {
        return Optional.ofNullable(em.find(GuidelineVersion.class, id));
    }

    /** the newest version: what a passport follows when it names none */
    public GuidelineVersion latest() {
        return em.createQuery("select g from GuidelineVersion g order by g.publishedAt desc, g.id desc",
                GuidelineVersion.class).setMaxResults(1).getResultList().get(0);
    }

    @Transactional
    public GuidelineVersion publish(Caller caller, String id, String title, List<String> required, List<String> optional,
                                    List<String> added, String notes) {
        if (em.find(GuidelineVersion.class, id) != null) {
            throw DomainException.conflict("Guideline version '" + id + "' exists; a version never changes");
        }
        GuidelineVersion g = new GuidelineVersion(id, title, required, optional, added, notes, Instant.now(),
                caller.actorId());
        em.persist(g);
        audit.record(caller, "publish-guideline-version", "guideline", id, "required " + required + ", optional "
                + optional + ", new " + added);
        return g;
    }
}
