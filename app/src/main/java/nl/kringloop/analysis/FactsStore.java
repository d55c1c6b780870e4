package nl.kringloop.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.kringloop.platform.Ready;
import nl.kringloop.transparency.LogEntry;
import nl.kringloop.transparency.TransparencyLog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The facts of every published version in memory, so a portfolio analysis over the whole register is arithmetic
 * over arrays and never re-reads passport documents. Loaded from {@code KL_ANALYSIS_FACTS} once the server is ready,
 * in the background, or by the first analysis if that comes first (after filling in versions published before the
 * analyses existed); kept current by {@link FactsRecorder} after each
 * publication commits. Published versions are immutable, so an entry never changes once loaded. Versions published
 * through another server on the same database are found through the transparency log, which has one entry per
 * published version in sequence order (its head row lock makes commit order sequence order): every read first takes
 * the entries after the last one seen, a primary-key range that is empty nearly always.
 */
@ApplicationScoped
public class FactsStore {

    private static final Logger LOG = Logger.getLogger(FactsStore.class.getName());
    static final int PAGE = 5000;
    /** log entries per catch-up query, and so ids per IN list */
    static final int CATCH_UP = 500;

    @Inject
    FactsRecorder recorder;

    @Inject
    TransparencyLog log;

    private final Map<String, ProductFacts> byKey = new ConcurrentHashMap<>();
    private final Map<String, ProductFacts> latest = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    /** the log's sequence up to which every published version's facts are in memory */
    private long seenSequence;

    void put(ProductFacts f) {
        byKey.put(f.key(), f);
        latest.merge(f.passportId(), f, (a, b) -> a.version() >= b.version() ? a : b);
    }

    private void ensureLoaded() {
        if (loaded) {
            catchUp();
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            long t0 = System.nanoTime();
            // read before loading: what is logged later is caught up, what is loaded twice is put twice, harmlessly
            long head = log.headSequence();
            int filled = 0;
            for (List<String> ids = recorder.withoutFacts(500); !ids.isEmpty(); ids = recorder.withoutFacts(500)) {
                filled += recorder.backfill(ids);
            }
            int n = 0;
            String after = "";
            while (true) {
                List<Object[]> page = recorder.page(after, PAGE);
                for (Object[] row : page) {
                    put(FactsCodec.read((String) row[1]));
                }
                n += page.size();
                if (page.size() < PAGE) {
                    break;
                }
                after = (String) page.get(page.size() - 1)[0];
            }
            for (String j : recorder.overflow()) {
                put(FactsCodec.read(j));
                n++;
            }
            seenSequence = head;
            loaded = true;
            int count = n, backfilled = filled;
            LOG.info(() -> String.format("Analysis facts loaded: %d versions (%d derived now for versions published"
                    + " earlier) in %d ms", count, backfilled, (System.nanoTime() - t0) / 1_000_000));
        }
    }

    /** Loads the facts once the server is ready, so that the first analysis does not wait for them. */
    void warm(@Observes Ready ignored) {
        ensureLoaded();
    }

    /** Puts the facts of versions logged since the last look (published through any server). */
    private synchronized void catchUp() {
        for (List<LogEntry> page = log.entries(seenSequence + 1, CATCH_UP); !page.isEmpty();
             page = log.entries(seenSequence + 1, CATCH_UP)) {
            List<String> missing = new ArrayList<>();
            for (LogEntry e : page) {
                String key = e.subjectId() + "/" + e.version();
                if (TransparencyLog.PASSPORT_VERSION.equals(e.kind()) && !byKey.containsKey(key)) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                recorder.facts(missing).forEach(j -> put(FactsCodec.read(j)));
            }
            seenSequence = page.get(page.size() - 1).sequence();
        }
    }

    public Optional<ProductFacts> version(String passportId, int version) {
        ProductFacts known = byKey.get(passportId + "/" + version);
        if (known != null && loaded) {
            return Optional.of(known); // a published version never changes
        }
        ensureLoaded();
        return Optional.ofNullable(byKey.get(passportId + "/" + version));
    }

    public Optional<ProductFacts> latest(String passportId) {
        ensureLoaded();
        return Optional.ofNullable(latest.get(passportId));
    }

    /** the latest published version of every passport */
    public Collection<ProductFacts> allLatest() {
        ensureLoaded();
        return latest.values();
    }

    public List<ProductFacts> latestOf(Predicate<ProductFacts> which) {
        List<ProductFacts> out = new ArrayList<>();
        for (ProductFacts f : allLatest()) {
            if (which.test(f)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparing(ProductFacts::passportId));
        return out;
    }
}
