package nl.kringloop.mki;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.kringloop.mki.engine.MkiEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled stored projects, so that a what-if edit and a result need not parse and compile the whole document
 * again (issue 20 item 3). Keyed on the project's id and the revision of its stored row: every request reads the
 * revision from the database first, so any write — through this server or another on the same database, a line
 * edit, any other change, a variant copy (a new id), a delete — makes the entry unused; an entry is put only once
 * the transaction that stored its revision has committed (a rolled-back write's revision is given again to another
 * content). One entry per project, the least recently used dropped first, within a memory budget
 * ({@code kringloop.mki.compiledCacheMegabytes}, default a quarter of the heap) estimated from the project's size.
 */
@ApplicationScoped
public class CompiledProjects {

    /**
     * estimated heap of a compiled line (document line, views, arrays, findings): the generated 100,000-line benchmark
     * project (MkiRecalculationBench) held 106 MB besides its document, which is read into records beforehand
     */
    static final long BYTES_PER_LINE = 1536;
    /** estimated heap of a compiled card (its weighted rows, view and document card with impacts) */
    static final long BYTES_PER_CARD = 8192;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "kringloop.mki.compiledCacheMegabytes", defaultValue = "0")
    long budgetMegabytes;

    private record Entry(long revision, MkiEngine.Compilation compiled, long bytes) {
    }

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** @return the compilation of the project at this stored revision, or null */
    public synchronized MkiEngine.Compilation get(String id, long revision) {
        Entry e = entries.get(id);
        return e != null && e.revision == revision ? e.compiled : null;
    }

    /** Keeps the compilation of the project at this revision once the current transaction commits (now if none). */
    public void putOnCommit(String id, long revision, MkiEngine.Compilation compiled) {
        afterTransaction(true, () -> put(id, revision, compiled));
    }

    /** Runs {@code action} after the current transaction (only if it committed, when asked), or now if none. */
    private void afterTransaction(boolean onlyCommitted, Runnable action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (!onlyCommitted || status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    synchronized void put(String id, long revision, MkiEngine.Compilation compiled) {
        Entry old = entries.get(id);
        if (old != null && old.revision > revision) {
            return; // a later revision got here first
        }
        remove(id);
        long size = size(compiled);
        long budget = budget();
        if (size > budget) {
            return;
        }
        entries.put(id, new Entry(revision, compiled, size));
        bytes += size;
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
            Entry e = it.next().getValue();
            it.remove();
            bytes -= e.bytes;
        }
    }

    /** Forgets a project (deleted): only memory, as a later request would not find its revision anyway. */
    public void evictOnCommit(String id) {
        afterTransaction(false, () -> evict(id));
    }

    synchronized void evict(String id) {
        remove(id);
    }

    private void remove(String id) {
        Entry e = entries.remove(id);
        if (e != null) {
            bytes -= e.bytes;
        }
    }

    private long budget() {
        return budgetMegabytes > 0 ? budgetMegabytes << 20 : Runtime.getRuntime().maxMemory() / 4;
    }

    /** @return the estimated heap a compiled project holds */
    static long size(MkiEngine.Compilation c) {
        ProjectDocument d = c.document();
        return d.lines().size() * BYTES_PER_LINE + d.cards().size() * BYTES_PER_CARD + 64 * 1024;
    }
}
