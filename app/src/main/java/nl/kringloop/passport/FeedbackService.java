package nl.kringloop.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Preconditions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Feedback on passports (guideline §3.3 condition 14): given by anyone on a published version, read and answered
 * by the supplying organisation. Each write is one transaction with its audit entry.
 */
@ApplicationScoped
public class FeedbackService {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    /** What a reader sends: the text, and optionally the version and guideline code it is about, and who wrote it. */
    public record Remark(String text, int version, String code, String authorName, String authorContact) {
    }

    /** one page of the feedback on a passport, oldest first */
    public List<Feedback> of(String passportId, Paging page) {
        return page.apply(em.createQuery("select f from Feedback f where f.passportId = :p order by f.createdAt, f.id",
                Feedback.class).setParameter("p", passportId)).getResultList();
    }

    public long count(String passportId) {
        return em.createQuery("select count(f) from Feedback f where f.passportId = :p", Long.class)
                .setParameter("p", passportId).getSingleResult();
    }

    public Feedback find(String passportId, String feedbackId) {
        return mine(em.find(Feedback.class, feedbackId), passportId, feedbackId);
    }

    @Transactional
    public Feedback give(Caller caller, Passport p, Remark r) {
        if (r.version() < 0 || r.version() > p.latestVersion()) {
            throw DomainException.invalid("version", "version: " + r.version() + " is not a published version");
        }
        if (r.code() != null && !GuidelineCodes.FORM.matcher(r.code()).matches()) {
            throw DomainException.invalid("code", "code: '" + r.code() + "' is not a guideline code such as A1.1");
        }
        Feedback f = new Feedback(UUID.randomUUID().toString(), p.id(), p.organisationId(), r.version(), r.code(),
                r.text(), r.authorName(), r.authorContact(), Instant.now());
        em.persist(f);
        audit.record(caller, "feedback", "passport", p.id(), "feedback " + f.id());
        return f;
    }

    /**
     * Sets the status under a row lock; {@code check} sees the locked feedback first (the If-Match check), so no other
     * write comes between it and this one.
     */
    @Transactional
    public Feedback setStatus(Caller caller, String passportId, String feedbackId, String status, String note,
                              Consumer<Feedback> check) {
        Feedback f = mine(em.find(Feedback.class, feedbackId, LockModeType.PESSIMISTIC_WRITE), passportId, feedbackId);
        check.accept(f);
        if (!Feedback.STATUSES.contains(status)) {
            throw DomainException.invalid("status", "status: one of " + Feedback.STATUSES);
        }
        f.status(status, note, caller.actorId(), Instant.now());
        audit.record(caller, "feedback-status", "passport", passportId, "feedback " + feedbackId + " → " + status);
        return f;
    }

    /** feedback has no version column: its tag is a digest of the status a write can change */
    public static String tag(Feedback f) {
        return Preconditions.tagOfState("feedback", f.status() + "|" + f.statusNote() + "|" + f.statusSetAt());
    }

    private static Feedback mine(Feedback f, String passportId, String feedbackId) {
        if (f == null || !f.passportId().equals(passportId)) {
            throw DomainException.unknown("Feedback", feedbackId);
        }
        return f;
    }
}
