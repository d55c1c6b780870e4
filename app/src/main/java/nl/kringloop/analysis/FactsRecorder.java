package nl.kringloop.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nl.kringloop.passport.Passport;
import nl.kringloop.passport.PassportDerivation;
import nl.kringloop.passport.PassportPublished;
import nl.kringloop.passport.PassportService;
import nl.kringloop.passport.PassportVersion;

import java.util.List;

/**
 * Derives a version's {@link ProductFacts} once, when it is published: inside the publishing transaction (a
 * failure refuses the publication, so no published version lacks its facts), then into the in-memory store once
 * the transaction has committed. Versions published before this existed are filled in by {@link #backfill}.
 */
@ApplicationScoped
public class FactsRecorder {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    PassportService passports;

    @Inject
    FactsStore store;

    void onPublish(@Observes PassportPublished e) {
        em.persist(new FactsEntity(facts(e)));
    }

    void afterPublish(@Observes(during = TransactionPhase.AFTER_SUCCESS) PassportPublished e) {
        store.put(facts(e));
    }

    private static ProductFacts facts(PassportPublished e) {
        return ProductFacts.of(e.passportId(), e.version(), e.organisationId(), e.sha256(), e.prepared(), e.derived());
    }

    /** ids ("passport/n") of published versions without facts, at most {@code max} */
    List<String> withoutFacts(int max) {
        return em.createQuery("select v.passportId, v.number from PassportVersion v where not exists"
                + " (select f.id from FactsEntity f where f.passportId = v.passportId and f.version = v.number)",
                Object[].class).setMaxResults(max).getResultList().stream().map(r -> r[0] + "/" + r[1]).toList();
    }

    /** Derives and stores the facts of these versions, one transaction for the batch. */
    @Transactional
    public int backfill(List<String> versionIds) {
        for (String id : versionIds) {
            PassportVersion v = em.find(PassportVersion.class, id);
            var p = em.find(Passport.class, v.passportId());
            PassportService.Prepared prepared = passports.reread(v.documentJson());
            PassportDerivation.Result d = PassportDerivation.derive(prepared.document(), prepared.crm(), prepared.zzs());
            em.persist(new FactsEntity(ProductFacts.of(v.passportId(), v.number(), p.organisationId(), v.sha256(),
                    prepared, d)));
        }
        return versionIds.size();
    }

    /** the stored facts after id {@code after}, in id order: keyset pages, so each page is an index range scan */
    List<Object[]> page(String after, int size) {
        return em.createQuery("select f.id, f.factsJson from FactsEntity f where f.id > :after and f.factsJson is not null"
                + " order by f.id", Object[].class).setParameter("after", after).setMaxResults(size).getResultList();
    }

    /** the stored facts of these version ids ("passport/n"); ids without facts are left out */
    List<String> facts(List<String> ids) {
        return em.createQuery("select f from FactsEntity f where f.id in :ids", FactsEntity.class)
                .setParameter("ids", ids).getResultList().stream().map(FactsEntity::json).toList();
    }

    List<String> overflow() {
        return em.createQuery("select f.factsOverflow from FactsEntity f where f.factsJson is null", String.class)
                .getResultList();
    }
}
