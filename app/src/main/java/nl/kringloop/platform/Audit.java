package nl.kringloop.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** Records and reads the audit trail; records join the caller's transaction so a failed write leaves no entry. */
@ApplicationScoped
public class Audit {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    public void record(String actorId, String actorName, String action, String subjectType, String subjectId,
                       String detail) {
        em.persist(new AuditEntry(Instant.now(), actorId, actorName, action, subjectType, subjectId, detail));
    }

    public void record(Caller caller, String action, String subjectType, String subjectId, String detail) {
        record(caller.actorId(), caller.actorName(), action, subjectType, subjectId, detail);
    }

    public List<AuditEntry> of(String subjectType, String subjectId) {
        return of(subjectType, subjectId, new Paging(0, Integer.MAX_VALUE));
    }

    public List<AuditEntry> of(String subjectType, String subjectId, Paging page) {
        return page.apply(em.createQuery("select e from AuditEntry e where e.subjectType = :t and e.subjectId = :i"
                + " order by e.id", AuditEntry.class).setParameter("t", subjectType).setParameter("i", subjectId))
                .getResultList();
    }

    /** how many entries the subject's trail holds */
    public long count(String subjectType, String subjectId) {
        return em.createQuery("select count(e) from AuditEntry e where e.subjectType = :t and e.subjectId = :i",
                Long.class).setParameter("t", subjectType).setParameter("i", subjectId).getSingleResult();
    }
}
