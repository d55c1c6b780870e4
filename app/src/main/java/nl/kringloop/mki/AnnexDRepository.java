package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and reads Annex D reference sets (persistence unit {@code kringloop}). */
@ApplicationScoped
public class AnnexDRepository {

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    /** Stores the rows as the next version, in one transaction: all rows or none. */
    @Transactional
    public AnnexDSet store(List<AnnexDImporter.Row> rows, String fileName, String contentSha256) {
        Integer max = em.createQuery("select max(s.version) from AnnexDSet s", Integer.class).getSingleResult();
        AnnexDSet set = new AnnexDSet(max == null ? 1 : max + 1, Instant.now(), fileName, contentSha256, rows);
        em.persist(set);
        return set;
    }

    public List<AnnexDSet> versions() {
        return em.createQuery("select s from AnnexDSet s order by s.version", AnnexDSet.class).getResultList();
    }

    public Optional<AnnexDSet> version(int version) {
        return em.createQuery("select s from AnnexDSet s where s.version = :v", AnnexDSet.class)
                .setParameter("v", version).getResultStream().findFirst();
    }
}
