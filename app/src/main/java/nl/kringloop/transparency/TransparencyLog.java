package nl.kringloop.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Observes;
import nl.kringloop.passport.CanonicalJson;
import nl.kringloop.platform.Startup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The public, append-only, hash-chained log of everything the register publishes (docs/transparency-log.md). Other
 * domains call {@link #append} inside the transaction that publishes, so an entry exists exactly when the published
 * thing does. Kinds: {@value #PASSPORT_VERSION} (id: the passport, version: its number), {@value #MKI_REPORT} (id: the
 * MKI project, version: the report's number in it) and {@value #CDD_REPORT} (id: the issued due-diligence report,
 * version: its number for its portfolio or organisation).
 */
@ApplicationScoped
public class TransparencyLog {

    private static final Logger LOG = Logger.getLogger(TransparencyLog.class.getName());

    public static final String PASSPORT_VERSION = "passport-version";
    public static final String MKI_REPORT = "mki-report";
    public static final String CDD_REPORT = "cdd-report";

    /** previousHash of entry 1 */
    public static final String GENESIS = "0".repeat(64);

    /** a checkpoint is signed with the entry whose sequence is a multiple of this, and on request for the head */
    static final int CHECKPOINT_EVERY = 100;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    LogKey key;

    /**
     * Appends an entry for a published thing, in the caller's transaction (which must exist: an entry never
     * outlives a rolled-back publication). Serialised over all servers by the head row's lock.
     *
     * @param contentHash hex SHA-256 of the canonical JSON of the published document, as it is served
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LogEntry append(String kind, String id, int version, String contentHash) {
        LogHead head = em.find(LogHead.class, LogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long n = head.sequence() + 1;
        String time = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String hash = CanonicalJson.sha256(entryJson(n, time, kind, id, version, contentHash, head.entryHash()));
        LogEntry e = new LogEntry(n, time, kind, id, version, contentHash, head.entryHash(), hash);
        em.persist(e);
        head.advance(n, hash);
        if (n % CHECKPOINT_EVERY == 0) {
            em.persist(sign(n, hash));
        }
        return e;
    }

    /** The canonical JSON the entry hash is taken over: every field of the entry but entryHash. */
    public static String entryJson(long sequence, String time, String kind, String id, int version, String contentHash,
                                   String previousHash) {
        JsonObject o = Json.createObjectBuilder().add("sequence", sequence).add("time", time).add("kind", kind)
                .add("id", id).add("version", version).add("contentHash", contentHash)
                .add("previousHash", previousHash).build();
        return CanonicalJson.write(o);
    }

    /** The canonical JSON a checkpoint's signature is taken over. */
    public static String checkpointJson(long sequence, String entryHash, String time, String keyId) {
        return CanonicalJson.write(Json.createObjectBuilder().add("sequence", sequence).add("entryHash", entryHash)
                .add("time", time).add("keyId", keyId).build());
    }

    public List<LogEntry> entries(long from, int limit) {
        return em.createQuery("select e from LogEntry e where e.sequence >= :f order by e.sequence", LogEntry.class)
                .setParameter("f", from).setMaxResults(limit).getResultList();
    }

    /** the sequence of the last entry (0 while the log is empty), as committed now */
    public long headSequence() {
        return em.find(LogHead.class, LogHead.ID).sequence();
    }

    public List<LogEntry> entriesOf(String kind, String id) {
        return em.createQuery("select e from LogEntry e where e.kind = :k and e.subjectId = :i order by e.sequence",
                LogEntry.class).setParameter("k", kind).setParameter("i", id).getResultList();
    }

    /**
     * The newest checkpoint; when entries were appended after it, one is signed for the head first, so the answer
     * always covers the whole log. Empty while the log is.
     */
    @Transactional
    public Optional<LogCheckpoint> checkpoint() {
        Optional<LogCheckpoint> latest = latestCheckpoint();
        long headSequence = em.find(LogHead.class, LogHead.ID).sequence();
        if (headSequence == 0 || latest.map(c -> c.sequence() == headSequence).orElse(false)) {
            return latest;
        }
        LogHead head = em.find(LogHead.class, LogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Optional<LogCheckpoint> again = latestCheckpoint();
        if (again.isPresent() && again.get().sequence() == head.sequence()) {
            return again; // another request or server signed it meanwhile
        }
        LogCheckpoint c = sign(head.sequence(), head.entryHash());
        em.persist(c);
        return Optional.of(c);
    }

    private Optional<LogCheckpoint> latestCheckpoint() {
        return em.createQuery("select c from LogCheckpoint c order by c.sequence desc", LogCheckpoint.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private LogCheckpoint sign(long sequence, String entryHash) {
        String time = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String keyId = key.keyId();
        return new LogCheckpoint(sequence, entryHash, time, keyId, key.sign(checkpointJson(sequence, entryHash, time, keyId)));
    }

    /**
     * Logs the passport versions published before the log existed (an upgraded database), oldest first, so that
     * the log covers every published version. Runs under the start-up lock (Migrations#exclusively).
     */
    @Transactional
    void onStart(@Observes Startup ignored) {
        List<Object[]> unlogged = em.createQuery("select v.passportId, v.number, v.sha256 from PassportVersion v"
                + " where not exists (select e from LogEntry e where e.kind = :k and e.subjectId = v.passportId"
                + " and e.version = v.number) order by v.publishedAt, v.id", Object[].class)
                .setParameter("k", PASSPORT_VERSION).getResultList();
        for (Object[] v : unlogged) {
            append(PASSPORT_VERSION, (String) v[0], (Integer) v[1], (String) v[2]);
        }
        if (!unlogged.isEmpty()) {
            LOG.info("Logged " + unlogged.size() + " passport version(s) published before the transparency log existed");
        }
    }

    public LogKey key() {
        return key;
    }
}
